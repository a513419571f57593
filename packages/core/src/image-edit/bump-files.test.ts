import { describe, expect, test } from 'vitest';
import type { ComponentTags } from '../component-tags.js';
import { bumpFiles } from './bump-files.js';
import { planEdits } from './plan-edits.js';

const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

describe('bumpFiles', () => {
  const files = [
    { path: 'values.yaml', text: 'api:\n  image:\n    repository: r/api\n    tag: "1"\n' },
    { path: 'other.yaml', text: 'db:\n  image: postgres:16\n' },
  ];

  test('returns only the changed files, with their text before and after', () => {
    const result = bumpFiles({
      files,
      componentTags: { api: { tag: '2', digest: digest(1) } },
      write: 'tag+digest',
    });
    expect(result.files).toEqual([
      {
        path: 'values.yaml',
        before: files[0]?.text,
        after: `api:\n  image:\n    repository: r/api\n    tag: "2"\n    digest: ${digest(1)}\n`,
      },
    ]);
    expect(result.changes).toEqual([
      { file: 'values.yaml', line: 4, service: 'api', field: 'tag', from: '1', to: '2' },
      { file: 'values.yaml', line: 5, service: 'api', field: 'digest', from: '', to: digest(1) },
    ]);
    expect(result.unmatchedServices).toEqual([]);
  });

  test('a failure in one file means no file is returned', () => {
    const broken = { path: 'broken.yaml', text: `api:\n  image: r/api:1@${digest(9)}\n` };
    expect(() =>
      bumpFiles({
        files: [...files, broken],
        componentTags: { api: { tag: '2' } },
        write: 'tag+digest',
      }),
    ).toThrow(/broken\.yaml:2: .*pins digest/);
  });
});

/** A config repo with `n` services: a values file, a kustomization and a manifest per service. */
function configRepo(n: number) {
  const tags: ComponentTags = {};
  const values: string[] = ['# values'];
  const kustomize: string[] = ['kind: Kustomization', 'images:'];
  const manifests: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = `svc-${i}`;
    tags[s] = { tag: `1.1.${i}`, digest: digest(i), image: `ghcr.io/acme/${s}` };
    values.push(`${s}:`, '  image:', `    repository: ghcr.io/acme/${s}`, `    tag: "1.0.${i}"`);
    kustomize.push(`  - name: ghcr.io/acme/${s}`, `    newTag: 1.0.${i}`);
    manifests.push('---', 'kind: Deployment', 'spec:', '  containers:', `    - name: ${s}`);
    manifests.push(`      image: ghcr.io/acme/${s}:1.0.${i}`);
  }
  const files = [
    { path: 'values.yaml', text: `${values.join('\n')}\n` },
    { path: 'kustomization.yaml', text: `${kustomize.join('\n')}\n` },
    { path: 'all.yaml', text: `${manifests.join('\n')}\n` },
  ];
  return { files, tags };
}

// Speed and scaling are measured by `npm run bench`, never asserted here.
describe('planning many services', () => {
  test('1,200 services across three files get every edit', () => {
    const large = configRepo(1200);
    const { edits } = planEdits({
      files: large.files,
      componentTags: large.tags,
      write: 'tag+digest',
    });
    // Per service: tag + new digest (values), newTag + new digest (kustomize), the reference.
    expect(edits).toHaveLength(1200 * 5);
  });
});
