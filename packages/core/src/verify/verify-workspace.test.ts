import { describe, expect, test } from 'vitest';
import { ComponentTagsError } from '../errors.js';
import { parseAllowList } from './allow-patterns.js';
import { fakeRegistry } from '../../../../test/support/fake-registry.js';
import { memoryTree } from '../../../../test/support/memory-tree.js';
import { type VerifyRules, verifyWorkspace } from './verify-workspace.js';

const API = `sha256:${'a'.repeat(64)}`;
const WORKER = `sha256:${'b'.repeat(64)}`;
const ABSENT = `sha256:${'0'.repeat(64)}`;

const RULES: VerifyRules = {
  requireDigest: true,
  allow: parseAllowList([]),
  checkRegistry: true,
  platforms: [],
  checkTags: false,
  schema: 'auto',
};

const REPO = {
  'helm/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
  'helm/api/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag: ""\n',
  'helm/api/values.schema.json':
    '{"type":"object","properties":{"replicaCount":{"type":"integer"}}}',
  'helm/api/values-prod.yaml': `replicaCount: 2\nimage:\n  tag: "1.7.3"\n  digest: ${API}\n`,
  'apps/worker/kustomization.yaml': `images:\n  - name: worker\n    newName: ghcr.io/acme/worker\n    newTag: "2.0"\n    digest: ${WORKER}\n`,
};

const REGISTRY = {
  [`ghcr.io/acme/api@${API}`]: { digest: API, kind: 'index' as const, platforms: ['linux/amd64'] },
  ['ghcr.io/acme/api:1.7.3']: { digest: API, kind: 'index' as const, platforms: ['linux/amd64'] },
  [`ghcr.io/acme/worker@${WORKER}`]: {
    digest: WORKER,
    kind: 'manifest' as const,
    platforms: ['linux/amd64'],
  },
  ['ghcr.io/acme/worker:2.0']: {
    digest: WORKER,
    kind: 'manifest' as const,
    platforms: ['linux/amd64'],
  },
};

const FILES = ['apps/worker/kustomization.yaml', 'helm/api/values-prod.yaml'];

describe('verifyWorkspace', () => {
  test('a pinned repository passes; each file is read and each manifest asked once', async () => {
    const registry = fakeRegistry(REGISTRY);
    const files = [...FILES, 'apps/worker/kustomization.yaml'];
    const result = await verifyWorkspace({
      tree: memoryTree(REPO),
      files,
      rules: { ...RULES, checkTags: true },
      registry,
    });
    expect(result.violations).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.references).toEqual([
      `ghcr.io/acme/api:1.7.3@${API}`,
      `ghcr.io/acme/worker:2.0@${WORKER}`,
    ]);
    expect(result.lookups).toEqual({ digests: 2, tags: 2 });
    expect(registry.asked.sort()).toEqual(Object.keys(REGISTRY).sort());
    expect(result.images.map((i) => [i.file, i.status, i.checks])).toEqual([
      ['apps/worker/kustomization.yaml', 'passed', ['require-digest', 'digest', 'tag']],
      ['helm/api/values-prod.yaml', 'passed', ['require-digest', 'digest', 'tag']],
    ]);
  });

  test('every problem of the run, sorted by file and line', async () => {
    const tree = memoryTree({
      ...REPO,
      'helm/api/values-prod.yaml': `replicaCount: two\nimage:\n  tag: "1.7.3"\n  digest: ${ABSENT}\n`,
      'clusters/prod/web.yaml': 'spec:\n  containers:\n    - image: ghcr.io/acme/web:1.0\n',
      'clusters/prod/broken.yaml': 'a: [\n',
      'clusters/down/db.yaml': `image: db.internal:5000/db@${API}\n`,
    });
    const result = await verifyWorkspace({
      tree,
      files: [
        ...FILES,
        'clusters/down/db.yaml',
        'clusters/prod/broken.yaml',
        'clusters/prod/web.yaml',
      ],
      rules: RULES,
      registry: fakeRegistry(REGISTRY, ['db.internal:5000']),
    });
    expect(result.violations.map((v) => [v.file, v.line, v.rule])).toEqual([
      ['clusters/down/db.yaml', 1, 'registry-error'],
      ['clusters/prod/broken.yaml', 2, 'invalid-yaml'],
      ['clusters/prod/web.yaml', 3, 'require-digest'],
      ['helm/api/values-prod.yaml', 1, 'values-schema'],
      ['helm/api/values-prod.yaml', 4, 'digest-missing'],
    ]);
    expect(result.images.map((i) => i.status)).toEqual(['passed', 'failed', 'failed', 'failed']);
  });

  test('a values file that is not YAML is one violation, from the scan and the schema alike', async () => {
    const tree = memoryTree({ ...REPO, 'helm/api/values-prod.yaml': 'image:\n  tag: [1\n' });
    const result = await verifyWorkspace({
      tree,
      files: ['helm/api/values-prod.yaml'],
      rules: { ...RULES, checkRegistry: false },
    });
    expect(result.violations.map((v) => [v.file, v.rule])).toEqual([
      ['helm/api/values-prod.yaml', 'invalid-yaml'],
    ]);
  });

  test('check-registry off: no registry needed, digests not looked up', async () => {
    const result = await verifyWorkspace({
      tree: memoryTree(REPO),
      files: FILES,
      rules: { ...RULES, checkRegistry: false },
    });
    expect(result.violations).toEqual([]);
    expect(result.lookups).toEqual({ digests: 0, tags: 0 });
    expect(result.images.map((i) => i.checks)).toEqual([['require-digest'], ['require-digest']]);
  });

  test('component tags: digests checked, entries that cannot be are warnings', async () => {
    const text = JSON.stringify(
      {
        api: { tag: '1.7.3', digest: API, image: 'ghcr.io/acme/api' },
        worker: { tag: '2.0', digest: ABSENT, image: 'ghcr.io/acme/worker' },
        legacy: { tag: 'v1', digest: API },
        web: { tag: 'v3' },
      },
      null,
      2,
    );
    const result = await verifyWorkspace({
      tree: memoryTree(REPO),
      files: [],
      componentTags: { path: 'component-tags.json', text },
      rules: RULES,
      registry: fakeRegistry(REGISTRY),
    });
    expect(result.violations.map((v) => [v.file, v.line, v.rule, v.image])).toEqual([
      ['component-tags.json', 9, 'digest-missing', `ghcr.io/acme/worker:2.0@${ABSENT}`],
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [12, expect.stringContaining("service 'legacy' records no image")],
      [16, "service 'web' records no digest: there is nothing to verify"],
    ]);
  });

  test('a component-tags file that breaks its schema throws, naming the service', async () => {
    await expect(
      verifyWorkspace({
        tree: memoryTree({}),
        files: [],
        componentTags: { path: 'ct.json', text: '{"api": {"digest": "sha256:1"}}' },
        rules: RULES,
        registry: fakeRegistry({}),
      }),
    ).rejects.toThrow(ComponentTagsError);
  });
});
