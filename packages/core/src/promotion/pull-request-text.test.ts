import { describe, expect, test } from 'vitest';
import type { Change } from '../change.js';
import {
  inertJson,
  MAX_BODY,
  pullRequestBody,
  pullRequestTitle,
  reviewRows,
  reviewTable,
  serviceList,
  sourceCommitCell,
} from './pull-request-text.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const SHA = 'abc1234def5678abc1234def5678abc1234def56';
const GITHUB = { serverUrl: 'https://github.com', repository: 'acme/app' };

const change = (over: Partial<Change>): Change => ({
  file: 'helm/app/values-dev.yaml',
  line: 4,
  service: 'api',
  field: 'tag',
  from: '1.0.0',
  to: '1.1.0',
  ...over,
});

describe('pullRequestTitle', () => {
  test.each([
    ['', ['web', 'api'], false, 'chore(deploy): bump api, web in dev'],
    ['', ['api'], true, 'Hotfix: chore(deploy): bump api in dev'],
    ['', [], false, 'chore(deploy): bump images in dev'],
    [
      '',
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      false,
      'chore(deploy): bump a, b, c, d, e and 2 more in dev',
    ],
    [
      'deploy {services} ({count}) to {env} {unknown}',
      ['api', 'web'],
      false,
      'deploy api, web (2) to dev {unknown}',
    ],
    ['Hotfix: {env}', ['api'], true, 'Hotfix: dev'],
    ['line\nbreak\t{env}', ['api'], false, 'line break dev'],
  ])('%j with %j (hotfix %s)', (template, services, hotfix, title) => {
    expect(pullRequestTitle({ template, environment: 'dev', services, hotfix })).toBe(title);
  });

  test('at most 256 characters', () => {
    const title = pullRequestTitle({
      template: 'x'.repeat(300),
      environment: 'dev',
      services: [],
      hotfix: false,
    });
    expect(title).toHaveLength(256);
    expect(title.endsWith('…')).toBe(true);
  });
});

test.each([
  [[], 'images'],
  [['b', 'a', 'b'], 'a, b'],
  [['f', 'e', 'd', 'c', 'b', 'a'], 'a, b, c, d, e and 1 more'],
])('serviceList(%j) = %j', (services, text) => {
  expect(serviceList(services)).toBe(text);
});

describe('reviewRows', () => {
  test.each([
    {
      name: 'tag and digest change: one row with both',
      changes: [change({}), change({ line: 5, field: 'digest', from: D1, to: D2 })],
      rows: [{ oldTags: ['1.0.0'], newTags: ['1.1.0'], oldDigests: [D1], newDigests: [D2] }],
    },
    {
      name: 'digest only: the tag shown is the one kept; an added digest has no old value',
      changes: [change({ field: 'digest', from: '', to: D2 })],
      rows: [{ oldTags: ['1.1.0'], newTags: ['1.1.0'], oldDigests: [], newDigests: [D2] }],
    },
    {
      name: 'one service written twice with different old tags: both shown',
      changes: [change({}), change({ line: 9, from: '0.9.0' })],
      rows: [{ oldTags: ['1.0.0', '0.9.0'], newTags: ['1.1.0'] }],
    },
  ])('$name', ({ changes, rows }) => {
    const tags = { api: { tag: '1.1.0', digest: D2, sha: SHA } };
    expect(reviewRows(changes, tags, 'dev')).toMatchObject(
      rows.map((r) => ({ service: 'api', environment: 'dev', sourceSha: SHA, ...r })),
    );
  });

  test.each([
    [
      'component-tags’ sha wins over the label',
      { api: { tag: '1.1.0', sha: SHA } },
      { api: 'def5678' },
      SHA,
    ],
    [
      'no sha recorded: the revision label',
      { api: { tag: '1.1.0' } },
      { api: 'def5678' },
      'def5678',
    ],
    ['neither: empty', {}, {}, ''],
    ['another service’s label is not taken', {}, { web: 'def5678' }, ''],
  ])('source commit: %s', (_name, tags, revisions, sha) => {
    expect(reviewRows([change({})], tags, 'dev', revisions).map((r) => r.sourceSha)).toEqual([sha]);
  });

  test('a service named like an Object member takes no inherited revision', () => {
    const [row] = reviewRows([change({ service: 'constructor' })], {}, 'dev', {});
    expect(row?.sourceSha).toBe('');
  });

  test('one row per file and service, in the order of the changes', () => {
    const rows = reviewRows(
      [change({ service: 'web' }), change({}), change({ service: 'web', file: 'b.yaml' })],
      {},
      'dev',
    );
    expect(rows.map((r) => `${r.file}:${r.service}`)).toEqual([
      'helm/app/values-dev.yaml:web',
      'helm/app/values-dev.yaml:api',
      'b.yaml:web',
    ]);
  });
});

describe('reviewTable', () => {
  const rows = (shas: string[]) =>
    reviewRows(
      shas.map((_, i) => change({ service: `s${i}` })),
      Object.fromEntries(shas.map((sha, i) => [`s${i}`, { tag: '1.1.0', sha }])),
      'dev',
    );
  const header = (table: string) => table.split('\n')[0];
  test.each([
    ['every row knows its commit', [SHA, SHA], true],
    ['one row of two knows it: the column stays, the other cell is empty', [SHA, ''], true],
    ['no row knows one: no source commit column', ['', ''], false],
  ])('%s', (_name, shas, column) => {
    const table = reviewTable(rows(shas), GITHUB);
    expect(header(table)?.endsWith('| Source commit |')).toBe(column);
    const cells = (line: string) => line.split(' | ').length;
    for (const line of table.split('\n')) expect(cells(line)).toBe(column ? 8 : 7);
  });
});

describe('sourceCommitCell', () => {
  test.each([
    [SHA, GITHUB, `[\`abc1234\`](https://github.com/acme/app/commit/${SHA})`],
    [
      'abc1234',
      { serverUrl: 'https://ghe.example.com/', repository: 'acme/app' },
      '[`abc1234`](https://ghe.example.com/acme/app/commit/abc1234)',
    ],
    [SHA, { serverUrl: 'https://github.com', repository: '' }, '`abc1234def56`'],
    [SHA, { serverUrl: 'javascript:alert(1)', repository: 'acme/app' }, '`abc1234def56`'],
    [SHA, { serverUrl: 'https://github.com', repository: 'acme/app)](x' }, '`abc1234def56`'],
    ['', GITHUB, ''],
  ])('%s at %j', (sha, source, cell) => {
    expect(sourceCommitCell(sha, source)).toBe(cell);
  });
});

describe('escaping', () => {
  test('names are escaped, values are inert code, pipes cannot split cells', () => {
    const rows = reviewRows(
      [
        change({
          file: 'helm/<b>x</b>/values-dev.yaml',
          service: 'a_b_',
          from: '<img src=x onerror=alert(1)>|`x`',
          to: '1.1.0',
        }),
      ],
      {},
      'dev',
    );
    expect(reviewTable(rows)).toBe(
      [
        '| Service | Environment | File | Old tag | New tag | Old digest | New digest |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        "| a\\_b\\_ | dev | `helm/<b>x</b>/values-dev.yaml` | `<img src=x onerror=alert(1)>\\|'x'` | `1.1.0` | — | — |",
      ].join('\n'),
    );
  });

  test('the JSON record cannot close its block or open HTML', () => {
    expect(inertJson({ a: '</details><script>`&' })).toBe(
      '{\n  "a": "\\u003c/details\\u003e\\u003cscript\\u003e\\u0060\\u0026"\n}',
    );
    expect(JSON.parse(inertJson({ a: '</details>`&' }))).toEqual({ a: '</details>`&' });
  });
});

describe('pullRequestBody', () => {
  const input = {
    template: 'Release train for {env}: {services}.',
    environment: 'dev',
    services: ['api'],
    changes: [change({}), change({ line: 5, field: 'digest', from: D1, to: D2 })],
    components: { api: { tag: '1.1.0', digest: D2, sha: SHA } },
    hotfix: false,
    source: GITHUB,
  };

  test('the caller’s text, the table, the collapsed record', () => {
    expect(pullRequestBody(input)).toBe(
      [
        'Release train for dev: api.',
        '',
        '### Promotion to `dev`',
        '',
        '| Service | Environment | File | Old tag | New tag | Old digest | New digest | Source commit |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        `| api | dev | \`helm/app/values-dev.yaml\` | \`1.0.0\` | \`1.1.0\` | \`sha256:111111111111\` | \`sha256:222222222222\` | [\`abc1234\`](https://github.com/acme/app/commit/${SHA}) |`,
        '',
        '<details><summary>Machine-readable changes</summary>',
        '',
        '```json',
        JSON.stringify(
          { environment: 'dev', changes: input.changes, components: input.components },
          null,
          2,
        ),
        '```',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  test('placeholders are escaped; a hotfix says so', () => {
    const body = pullRequestBody({
      ...input,
      template: '**{services}**',
      services: ['a_b'],
      hotfix: true,
    });
    expect(body.startsWith('**a\\_b**\n\n### Hotfix for `dev`\n')).toBe(true);
  });

  test('a body too long for GitHub drops the record, then rows', () => {
    const changes = Array.from({ length: 2000 }, (_, i) => change({ service: `svc-${i}` }));
    const body = pullRequestBody({ ...input, changes, components: {} });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY + 1);
    expect(body).not.toContain('<details>');
    expect(body).toMatch(/… and \d+ more rows: see the commit\./);
    expect(body).toContain('`Promote-Change` trailer');
  });
});
