import { describe, expect, test } from 'vitest';
import { withChartRepositories } from './chart-repositories.js';
import { collectImages } from './collect-images.js';
import { memoryTree } from '../../../../test/support/memory-tree.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('collectImages', () => {
  test('records from every kind of file, with the lines violations point at', () => {
    const found = collectImages([
      {
        path: 'helm/api/values-prod.yaml',
        text: `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.7.3"\n    digest: ${D}\n`,
      },
      {
        path: 'apps/kustomization.yaml',
        text: `images:\n  - name: worker\n    newName: ghcr.io/acme/worker\n    newTag: v2\n`,
      },
      {
        path: 'clusters/web.yaml',
        text: `spec:\n  containers:\n    - name: web\n      image: nginx:1.27@${D}\n`,
      },
    ]);
    expect(found.violations).toEqual([]);
    expect(found.warnings).toEqual([]);
    expect(found.records).toEqual([
      {
        file: 'helm/api/values-prod.yaml',
        line: 2,
        tagLine: 4,
        digestLine: 5,
        origin: 'helm-map',
        keyPath: 'api.image',
        repository: 'ghcr.io/acme/api',
        tag: '1.7.3',
        digest: D,
      },
      {
        file: 'apps/kustomization.yaml',
        line: 2,
        tagLine: 4,
        digestLine: 2,
        origin: 'kustomize-image',
        keyPath: 'images[0]',
        repository: 'ghcr.io/acme/worker',
        tag: 'v2',
      },
      {
        file: 'clusters/web.yaml',
        line: 4,
        tagLine: 4,
        digestLine: 4,
        origin: 'image-string',
        keyPath: 'spec.containers[0].image',
        repository: 'nginx',
        tag: '1.27',
        digest: D,
      },
    ]);
  });

  test.each([
    {
      name: 'a file that is not YAML',
      text: 'a: [1, 2\n',
      rule: 'invalid-yaml',
      says: 'is not valid YAML',
    },
    {
      name: 'an image string that is not a reference',
      text: 'web:\n  image: ghcr.io/Acme/web:1\n',
      rule: 'invalid-reference',
      says: 'web.image: "ghcr.io/Acme/web:1" is not an image reference',
    },
    {
      name: 'a Helm digest that is not a digest',
      text: 'api:\n  image:\n    repository: r\n    digest: sha256:12ab\n',
      rule: 'invalid-reference',
      says: 'api.image: the digest "sha256:12ab" is not a valid digest',
    },
    {
      name: 'a Helm tag that is not a tag',
      text: 'api:\n  image:\n    repository: r\n    tag: "-bad"\n',
      rule: 'invalid-reference',
      says: 'api.image: the tag "-bad" is not a valid tag',
    },
    {
      name: 'a kustomize name that is not a repository',
      text: 'images:\n  - name: Worker\n    newTag: v1\n',
      rule: 'invalid-reference',
      says: 'images[0]: "Worker" is not a valid image reference',
    },
  ])('$name is a $rule violation', ({ text, rule, says }) => {
    const path =
      rule === 'invalid-yaml' || !text.startsWith('images') ? 'f.yaml' : 'kustomization.yaml';
    const found = collectImages([{ path, text }]);
    expect(found.records).toEqual([]);
    expect(found.violations).toEqual([
      expect.objectContaining({ file: path, rule, message: expect.stringContaining(says) }),
    ]);
    expect(found.violations[0]?.line).toBeGreaterThan(0);
  });

  test('what cannot be read is a warning, not a pass and not a violation', () => {
    const found = collectImages([
      {
        path: 'values.yaml',
        text: 'a:\n  image: "{{ .Values.image }}"\nb:\n  image: ""\n',
      },
      { path: 'kustomization.yaml', text: 'images:\n  - name: x\n    newName: ghcr.io/acme/x\n' },
    ]);
    expect(found.records).toEqual([]);
    expect(found.violations).toEqual([]);
    expect(found.warnings.map((w) => [w.file, w.line])).toEqual([
      ['values.yaml', 2],
      ['values.yaml', 4],
      ['kustomization.yaml', 2],
    ]);
    expect(found.warnings[0]?.message).toContain('a.image: not checked: is templated');
    expect(found.warnings[2]?.message).toContain('sets neither newTag nor digest');
  });
});

describe('withChartRepositories', () => {
  const tree = memoryTree({
    'helm/api/Chart.yaml': 'name: api\n',
    'helm/api/values.yaml': 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: ""\n',
    'helm/api/values-prod.yaml': `api:\n  image:\n    tag: "1.0"\n    digest: ${D}\n`,
    'other/values.yaml': `api:\n  image:\n    tag: "1.0"\n`,
  });
  const records = (path: string) => collectImages([{ path, text: tree.read(path) }]).records;

  test('a Helm map without repository takes the chart default at the same key path', () => {
    expect(withChartRepositories(records('helm/api/values-prod.yaml'), tree)).toEqual([
      expect.objectContaining({
        repository: 'ghcr.io/acme/api',
        repositoryFrom: 'helm/api/values.yaml:2',
        tag: '1.0',
      }),
    ]);
  });

  test('outside a chart it stays without one', () => {
    const [record] = withChartRepositories(records('other/values.yaml'), tree);
    expect(record?.repository).toBeUndefined();
  });
});

describe('what the finder skips but Helm and kustomize render is resolved and checked', () => {
  test.each([
    {
      name: 'a whole image string as an alias',
      path: 'values.yaml',
      text: 'base: &img ghcr.io/acme/api:1.0\napi:\n  image: *img\n',
      image: { repository: 'ghcr.io/acme/api', tag: '1.0' },
    },
    {
      name: 'a tag as an alias',
      path: 'values.yaml',
      text: 't: &t "1.0"\napi:\n  image:\n    repository: ghcr.io/acme/api\n    tag: *t\n',
      image: { repository: 'ghcr.io/acme/api', tag: '1.0' },
    },
    {
      name: 'a whole image map as an alias',
      path: 'values.yaml',
      text: `x: &m\n  repository: ghcr.io/acme/web\n  tag: "2.0"\n  digest: ${D}\napi:\n  image: *m\n`,
      image: { repository: 'ghcr.io/acme/web', tag: '2.0', digest: D },
    },
    {
      name: 'a block scalar',
      path: 'values.yaml',
      text: 'api:\n  image: >-\n    ghcr.io/acme/api:1.0\n',
      image: { repository: 'ghcr.io/acme/api', tag: '1.0' },
    },
    {
      name: 'a kustomize newTag as an alias',
      path: 'kustomization.yaml',
      text: 'x: &t v1\nimages:\n  - name: ghcr.io/acme/api\n    newTag: *t\n',
      image: { repository: 'ghcr.io/acme/api', tag: 'v1' },
    },
  ])('$name', ({ path, text, image }) => {
    const found = collectImages([{ path, text }]);
    expect(found.violations).toEqual([]);
    expect(found.warnings).toEqual([]);
    expect(found.records).toContainEqual(expect.objectContaining({ file: path, ...image }));
  });

  test.each([
    {
      name: 'a plain scalar folded over two lines',
      text: 'api:\n  image: ghcr.io/acme/api\n    :1.0\n',
      says: 'it contains white space',
    },
    {
      name: 'an alias of a list',
      text: 'l: &l [a, b]\napi:\n  image: *l\n',
      says: 'resolves to neither a reference nor an image map',
    },
    {
      name: 'a block scalar holding two lines',
      text: 'api:\n  image: |\n    ghcr.io/acme/api:1.0\n    ghcr.io/acme/web:2.0\n',
      says: 'it contains white space',
    },
  ])('$name is an unreadable-image violation', ({ text, says }) => {
    const found = collectImages([{ path: 'values.yaml', text }]);
    expect(found.records).toEqual([]);
    expect(found.violations).toEqual([
      expect.objectContaining({ rule: 'unreadable-image', message: expect.stringContaining(says) }),
    ]);
  });
});

describe('huge values are quoted with a limit', () => {
  test.each([
    { name: 'a 10 MB tag', field: 'tag', value: `1${'a'.repeat(10 * 1024 * 1024)}!` },
    { name: 'a 1 MB digest', field: 'digest', value: `sha256:${'z'.repeat(1024 * 1024)}` },
  ])('$name gives a short violation that says how long it was', ({ field, value }) => {
    const text =
      field === 'tag'
        ? `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "${value}"\n`
        : `api:\n  image:\n    repository: ghcr.io/acme/api\n    digest: "${value}"\n`;
    const found = collectImages([{ path: 'values.yaml', text }]);
    expect(found.violations).toHaveLength(1);
    const [violation] = found.violations;
    expect(violation?.message.length).toBeLessThan(1000);
    expect(violation?.image.length).toBeLessThan(300);
    expect(violation?.message).toContain(`(${value.length} characters)`);
  });
});
