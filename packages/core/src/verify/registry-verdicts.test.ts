import { describe, expect, test } from 'vitest';
import { describeTarget, type ManifestLookup } from '../registry/registry-lookup.js';
import { parseAllowList } from './allow-patterns.js';
import {
  missing,
  present,
  unreachable,
  type FakeManifest,
} from '../../../../test/support/fake-registry.js';
import { planCheck } from './image-checks.js';
import { registryVerdicts } from './registry-verdicts.js';

const PINNED = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const CHILD = `sha256:${'c'.repeat(64)}`;
const REPO = { registry: 'ghcr.io', repository: 'acme/api' };
const BY_DIGEST = { ...REPO, reference: PINNED };
const BY_TAG = { ...REPO, reference: '1.0' };

type Answer = (target: typeof BY_DIGEST) => ManifestLookup;
const has =
  (m: Partial<FakeManifest>): Answer =>
  (t) =>
    present(t, {
      digest: t.reference.startsWith('sha256:') ? t.reference : PINNED,
      kind: 'index',
      platforms: ['linux/amd64', 'linux/arm64'],
      ...m,
    });

function verdicts(digest: Answer, tag: Answer | undefined, platforms: string[] = []) {
  const check = planCheck(
    {
      file: 'values.yaml',
      line: 2,
      tagLine: 3,
      digestLine: 4,
      origin: 'helm-map',
      keyPath: 'image',
      repository: 'ghcr.io/acme/api',
      tag: '1.0',
      digest: PINNED,
    },
    {
      requireDigest: true,
      allow: parseAllowList([]),
      checkRegistry: true,
      platforms,
      checkTags: tag !== undefined,
    },
  );
  const results = new Map([[describeTarget(BY_DIGEST), digest(BY_DIGEST)]]);
  if (tag) results.set(describeTarget(BY_TAG), tag(BY_TAG));
  return registryVerdicts(check, results, platforms).map((v) => [v.line, v.rule, v.message]);
}

describe('registryVerdicts', () => {
  test.each([
    { name: 'present passes', digest: has({}), tag: undefined, platforms: [], found: [] },
    {
      name: 'missing is digest-missing at the digest line',
      digest: missing,
      tag: undefined,
      platforms: [],
      found: [
        [
          4,
          'digest-missing',
          `digest not found: ghcr.io/acme/api@${PINNED}: registry ghcr.io does not have it: HTTP 404`,
        ],
      ],
    },
    {
      name: 'missing, with the digest the tag resolves to as the hint (no second violation)',
      digest: missing,
      tag: has({ digest: OTHER }),
      platforms: [],
      found: [
        [
          4,
          'digest-missing',
          `digest not found: ghcr.io/acme/api@${PINNED}: registry ghcr.io does not have it: HTTP 404 (ghcr.io/acme/api:1.0 resolves to ${OTHER})`,
        ],
      ],
    },
    {
      name: 'an unreachable registry is registry-error, not missing',
      digest: unreachable,
      tag: undefined,
      platforms: [],
      found: [
        [
          4,
          'registry-error',
          `could not verify ghcr.io/acme/api@${PINNED}: registry ghcr.io is unreachable: connect ECONNREFUSED (after 5 attempts)`,
        ],
      ],
    },
    {
      name: 'an index with every platform passes',
      digest: has({}),
      tag: undefined,
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      found: [],
    },
    {
      name: 'an index without one is platform-missing',
      digest: has({}),
      tag: undefined,
      platforms: ['linux/amd64', 'linux/s390x', 'linux/arm/v7'],
      found: [
        [
          4,
          'platform-missing',
          `ghcr.io/acme/api@${PINNED} has no image for linux/s390x, linux/arm/v7: its index holds linux/amd64, linux/arm64`,
        ],
      ],
    },
    {
      name: 'a single-platform image must be that platform',
      digest: has({ kind: 'manifest', platforms: ['linux/amd64'] }),
      tag: undefined,
      platforms: ['linux/arm64'],
      found: [
        [
          4,
          'platform-missing',
          `ghcr.io/acme/api@${PINNED} is a single-platform image for linux/amd64, not linux/arm64`,
        ],
      ],
    },
    {
      name: 'a platform that cannot be read is registry-error',
      digest: has({ kind: 'manifest', platforms: [] }),
      tag: undefined,
      platforms: ['linux/arm64'],
      found: [
        [
          4,
          'registry-error',
          `could not verify the platform of ghcr.io/acme/api@${PINNED}: its config names none`,
        ],
      ],
    },
    {
      name: 'the tag still resolves to the pin',
      digest: has({}),
      tag: has({ digest: PINNED }),
      platforms: [],
      found: [],
    },
    {
      name: 'the pin is a child of the index the tag names',
      digest: has({ kind: 'manifest', platforms: ['linux/amd64'] }),
      tag: has({ digest: OTHER, children: [CHILD, PINNED] }),
      platforms: [],
      found: [],
    },
    {
      name: 'the tag moved: tag-moved at the tag line',
      digest: has({}),
      tag: has({ digest: OTHER }),
      platforms: [],
      found: [
        [
          3,
          'tag-moved',
          `ghcr.io/acme/api:1.0 now resolves to ${OTHER}, not the pinned ${PINNED}: the tag moved after the pin`,
        ],
      ],
    },
    {
      name: 'the tag is gone: tag-moved',
      digest: has({}),
      tag: missing,
      platforms: [],
      found: [[3, 'tag-moved', expect.stringContaining('ghcr.io/acme/api:1.0 no longer exists')]],
    },
    {
      name: 'the tag cannot be looked up: registry-error',
      digest: has({}),
      tag: unreachable,
      platforms: [],
      found: [
        [
          3,
          'registry-error',
          expect.stringContaining(
            'could not verify the tag: ghcr.io/acme/api:1.0: registry ghcr.io is unreachable',
          ),
        ],
      ],
    },
  ])('$name', ({ digest, tag, platforms, found }) => {
    expect(verdicts(digest, tag, platforms)).toEqual(found);
  });
});
