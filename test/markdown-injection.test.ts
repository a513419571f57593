/**
 * Markdown, HTML, newline and YAML-syntax payloads in what an action prints into Markdown or
 * writes into YAML: a file name, and the current tag read from a file (component-tags' own
 * names and tags are held to strict patterns by its schema). The job summary's table keeps one
 * row per change with its five cells, no raw HTML, link or heading gets out of a code span
 * (inside one GFM reads neither), and the YAML
 * written parses with exactly the bumped tag changed. A lone CR is the guard branch's fix
 * (`markdown.ts`) and is added to this table after that merge.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { makeRepository } from './support/git-fixture.js';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import { runAction } from './support/run-action.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const PAYLOADS = [
  'a|b',
  '<img src=x onerror=alert(1)>',
  '`code` and ``more``',
  '[link](https://evil.example)',
  '**bold** _it_',
  '\n## heading\n| x | y |',
  '\'quote" & #comment: {flow, [seq]}',
  '&lt;script&gt;',
  '```\n## heading\n```',
];

/** The cells of a GFM table row: split at pipes not escaped by an odd run of backslashes. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!(?:^|[^\\])(?:\\\\)*\\)\|/)
    .map((c) => c.trim());
}

/**
 * Every Markdown table in `text` (a run of lines starting with `|`) keeps the header's number
 * of cells in each row, each row closed by `|`; returns the number of rows in all.
 */
function expectTablesHold(text: string): number {
  let header: number | undefined;
  let rows = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    rows += 1;
    expect(line.endsWith('|'), line).toBe(true);
    header ??= cells(line).length;
    expect(cells(line), line).toHaveLength(header);
  }
  return rows;
}

/** What GFM would render as HTML, a link or a heading outside code spans. */
function expectNothingOutsideCode(text: string): void {
  // Inside a fenced block or a code span GFM reads neither HTML nor Markdown: look outside them.
  const outside = text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  expect(outside).not.toMatch(/<img|<script|^#{2,} heading/m);
  expect(outside).not.toMatch(/\]\(https:/);
}

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(PAYLOADS.map((p) => [p]))('payload %j', (payload) => {
  test('open-promotion-pr: in a file name and the current tag, into the PR body and summary', async () => {
    const file = `values-staging-${payload.replaceAll('/', '_')}.yaml`;
    const yaml = `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: ${JSON.stringify(payload)}\n`;
    server = await startGitHubServer({ owner: 'acme', repo: 'config', files: { [file]: yaml } });
    const workspace = mkdtempSync(join(tmpdir(), 'md-inject-'));
    writeFileSync(
      join(workspace, 'component-tags.json'),
      JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    );
    const run = await runAction('open-promotion-pr', {
      inputs: {
        token: server.token,
        repository: 'acme/config',
        environment: 'staging',
        files: 'values-{env}-*.yaml',
        write: 'tag',
      },
      env: {
        GITHUB_API_URL: server.apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_WORKSPACE: workspace,
        GITHUB_RUN_ID: '1001',
        GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const body = server.pulls[0]?.body ?? '';
    expect(body).toContain('2.0');
    for (const text of [body, run.summary]) {
      expect(expectTablesHold(text)).toBeGreaterThanOrEqual(3);
      expectNothingOutsideCode(text);
    }
  });

  test('bump-values: in a file name and in the current tag', async () => {
    const file = `values-${payload.replaceAll('/', '_')}.yaml`;
    const yaml = `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: ${JSON.stringify(payload)}\n  other: keep\n`;
    const { dir } = makeRepository({
      [file]: yaml,
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    });
    const run = await runAction('bump-values', {
      inputs: { files: 'values-*.yaml', write: 'tag' },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(expectTablesHold(run.summary)).toBe(3); // header, rule, one change
    expect(cells(run.summary.split('\n').find((l) => l.startsWith('| api'))!)).toHaveLength(5);
    expectNothingOutsideCode(run.summary);
    const written = readFileSync(
      join(
        dir,
        readdirSync(dir).find((f) => f.startsWith('values-'))!,
      ),
      'utf8',
    );
    expect(parse(written)).toEqual({
      api: { image: { repository: 'ghcr.io/acme/api', tag: '2.0' }, other: 'keep' },
    });
    expect(written.replace(/tag: .*\n/, '')).toBe(yaml.replace(/tag: .*\n/, ''));
  });
});
