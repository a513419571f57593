import { describe, expect, test } from 'vitest';
import { parseAllowList } from './allow-patterns.js';
import { type ImageRules, planChecks } from './image-checks.js';
import type { ImageRecord } from './image-record.js';

const D = `sha256:${'a'.repeat(64)}`;
const E = `sha256:${'e'.repeat(64)}`;

function record(fields: Partial<ImageRecord>): ImageRecord {
  return {
    file: 'f.yaml',
    line: 3,
    tagLine: 4,
    digestLine: 5,
    origin: 'helm-map',
    keyPath: 'api.image',
    ...fields,
  };
}

const RULES: ImageRules = {
  requireDigest: true,
  allow: parseAllowList(['busybox']),
  checkRegistry: true,
  platforms: [],
  checkTags: false,
};

describe('planCheck via planChecks', () => {
  test.each([
    {
      name: 'pinned: digest lookup, no violation',
      record: { repository: 'ghcr.io/acme/api', tag: '1.0', digest: D },
      rules: {},
      checks: ['require-digest', 'digest'],
      violations: [],
    },
    {
      name: 'tag only: require-digest at the tag line',
      record: { repository: 'ghcr.io/acme/api', tag: '1.0' },
      rules: {},
      checks: ['require-digest'],
      violations: [
        {
          file: 'f.yaml',
          line: 4,
          image: 'ghcr.io/acme/api:1.0',
          rule: 'require-digest',
          message:
            "ghcr.io/acme/api:1.0 is pinned by tag only, and a tag can move: pin it by digest (ghcr.io/acme/api:1.0@sha256:…) or list the repository in 'allow'",
        },
      ],
    },
    {
      name: 'neither tag nor digest',
      record: { repository: 'nginx', origin: 'image-string' as const },
      rules: {},
      checks: ['require-digest'],
      violations: [
        expect.objectContaining({ message: expect.stringContaining('runs whatever "latest" is') }),
      ],
    },
    {
      name: 'allowed (docker.io/library/busybox = busybox)',
      record: { repository: 'docker.io/library/busybox', tag: '1.36' },
      rules: {},
      checks: ['tag-exists'],
      violations: [],
    },
    {
      name: 'require-digest off: the tag is looked up',
      record: { repository: 'ghcr.io/acme/api', tag: '1.0' },
      rules: { requireDigest: false },
      checks: ['tag-exists'],
      violations: [],
    },
    {
      name: 'require-digest and check-registry off: nothing checked',
      record: { repository: 'ghcr.io/acme/api', tag: '1.0' },
      rules: { requireDigest: false, checkRegistry: false },
      checks: [],
      violations: [],
    },
    {
      name: 'platforms and tags',
      record: { repository: 'ghcr.io/acme/api', tag: '1.0', digest: D },
      rules: { platforms: ['linux/amd64'], checkTags: true },
      checks: ['require-digest', 'digest', 'platforms', 'tag'],
      violations: [],
    },
    {
      name: 'component-tags entries are not held to require-digest',
      record: {
        repository: 'ghcr.io/acme/api',
        tag: '1.0',
        digest: D,
        origin: 'component-tags' as const,
      },
      rules: {},
      checks: ['digest'],
      violations: [],
    },
  ])('$name', ({ record: fields, rules, checks, violations }) => {
    const plan = planChecks([record(fields)], { ...RULES, ...rules });
    expect(plan.checks[0]?.checks).toEqual(checks);
    expect(plan.checks[0]?.violations).toEqual(violations);
  });

  test('a digest without a repository cannot go to a registry: a warning says so', () => {
    const plan = planChecks([record({ tag: '1.0', digest: D })], RULES);
    expect(plan.digestTargets).toEqual([]);
    expect(plan.checks[0]?.warnings).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('names no repository (here or in the chart'),
      }),
    ]);
  });

  test('each manifest is looked up once; references are counted normalised', () => {
    const plan = planChecks(
      [
        record({ repository: 'ghcr.io/acme/api', tag: '1.0', digest: D }),
        record({ file: 'g.yaml', repository: 'ghcr.io/acme/api', tag: '1.0', digest: D }),
        record({ repository: 'ghcr.io/acme/api', tag: '1.1', digest: D }),
        record({ repository: 'nginx', tag: '1.27', digest: E }),
        record({ repository: 'docker.io/library/nginx', tag: '1.27', digest: E }),
      ],
      { ...RULES, checkTags: true },
    );
    expect(plan.references).toEqual([
      `docker.io/library/nginx:1.27@${E}`,
      `ghcr.io/acme/api:1.0@${D}`,
      `ghcr.io/acme/api:1.1@${D}`,
    ]);
    expect(plan.digestTargets).toEqual([
      { registry: 'ghcr.io', repository: 'acme/api', reference: D },
      { registry: 'docker.io', repository: 'library/nginx', reference: E },
    ]);
    expect(plan.tagTargets.map((t) => `${t.repository}:${t.reference}`)).toEqual([
      'acme/api:1.0',
      'acme/api:1.1',
      'library/nginx:1.27',
    ]);
  });
});
