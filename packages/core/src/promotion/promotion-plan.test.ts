import { describe, expect, test } from 'vitest';
import { FileError } from '../errors.js';
import { planPromotion, selectPromotionFiles, type TreeEntry } from './promotion-plan.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

const entry = (path: string, mode = '100644', type = 'blob'): TreeEntry => ({
  path,
  mode,
  type,
  sha: 'f'.repeat(40),
});

describe('selectPromotionFiles', () => {
  const tree = [
    entry('helm'),
    entry('helm/app', '040000', 'tree'),
    entry('helm/app/values-dev.yaml'),
    entry('helm/app/values-prod.yaml'),
    entry('helm/web/values-dev.yaml', '100755'),
    entry('helm/link/values-dev.yaml', '120000'),
    entry('helm/sub/values-dev.yaml', '160000', 'commit'),
  ];

  test.each([
    [['helm/*/values-dev.yaml'], ['helm/app/values-dev.yaml', 'helm/web/values-dev.yaml'], []],
    [['helm/**/values-prod.yaml'], ['helm/app/values-prod.yaml'], []],
    [
      ['helm/*/values-*.yaml', '!helm/web/**'],
      ['helm/app/values-dev.yaml', 'helm/app/values-prod.yaml'],
      [],
    ],
    [['envs/dev/*.yaml'], [], ['envs/dev/*.yaml']],
  ])('%j: regular files only, sorted', (patterns, files, unmatched) => {
    const selected = selectPromotionFiles(tree, patterns);
    expect(selected.files.map((f) => f.path)).toEqual(files);
    expect(selected.unmatchedPatterns).toEqual(unmatched);
  });
});

describe('planPromotion', () => {
  const values = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0" # pinned\n';
  const files = [
    { ...entry('helm/app/values-dev.yaml', '100755'), text: values },
    { ...entry('helm/app/values-prod.yaml'), text: 'web:\n  image: ghcr.io/acme/web:2.0.0\n' },
  ];

  test('changed files keep their mode; changes and services are listed', () => {
    const plan = planPromotion({
      files,
      componentTags: { api: { tag: '1.1.0', digest: D1 }, ghost: { tag: '9' } },
      write: 'tag+digest',
    });
    expect(plan.files).toEqual([
      {
        path: 'helm/app/values-dev.yaml',
        mode: '100755',
        before: values,
        after: `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.1.0" # pinned\n    digest: ${D1}\n`,
      },
    ]);
    expect(plan.changes.map((c) => [c.file, c.line, c.field, c.from, c.to])).toEqual([
      ['helm/app/values-dev.yaml', 4, 'tag', '1.0.0', '1.1.0'],
      ['helm/app/values-dev.yaml', 5, 'digest', '', D1],
    ]);
    expect(plan.services).toEqual(['api']);
    expect(plan.unmatchedServices).toEqual(['ghost']);
  });

  test('nothing to change: no file, no change', () => {
    const plan = planPromotion({
      files,
      componentTags: { web: { tag: '2.0.0' } },
      write: 'tag',
    });
    expect(plan).toMatchObject({ files: [], changes: [], services: [] });
  });

  test('a file that does not parse is a FileError naming file and line', () => {
    const broken = [...files, { ...entry('helm/app/broken.yaml'), text: 'a: [1,\nb: }\n' }];
    const plan = () =>
      planPromotion({
        files: broken,
        componentTags: { api: { tag: '2', digest: D2 } },
        write: 'tag+digest',
      });
    expect(plan).toThrow(FileError);
    expect(plan).toThrow(/^helm\/app\/broken\.yaml:\d+: /);
  });
});
