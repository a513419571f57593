/**
 * open-promotion-pr's rollback and holds, run as the bundle against the local GitHub: bump,
 * merge, roll back by pull request number or by commit SHA, and check the resulting commits'
 * bytes with git in the server's bare repository.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type ComponentTags } from '@gitops-promote/core';
import { parseChangeTrailers } from '@gitops-promote/core/git';
import { parseHolds } from '@gitops-promote/core/promotion';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import type { ActionRun } from './support/run-action.js';
import { promotionRunner } from './support/run-open-promotion-pr.js';

const OWNER = 'acme';
const REPO = 'gitops-config';
const VALUES = 'helm/shop/values-prod.yaml';
const HOLDS = '.gitops-promote/holds.yaml';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const values = (api: [string, string], web: [string, string]) =>
  '# prod overrides; Argo deploys by digest\n' +
  'api:\n  image:\n    repository: ghcr.io/acme/api\n' +
  `    tag: "${api[0]}"   # quoted on purpose\n    digest: ${api[1]}\n` +
  '\nweb:\n  image:\n    repository: ghcr.io/acme/web\n' +
  `    tag: ${web[0]}\n    digest: ${web[1]}\n`;
const V1 = values(['1.0.0', digest('1')], ['2.0.0', digest('a')]);
const V2 = values(['1.1.0', digest('2')], ['2.1.0', digest('b')]);
const tags = (api: [string, string], web?: [string, string]): ComponentTags => ({
  api: { tag: api[0], digest: api[1] },
  ...(web ? { web: { tag: web[0], digest: web[1] } } : {}),
});
const TAGS_V2 = tags(['1.1.0', digest('2')], ['2.1.0', digest('b')]);

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<GitHubTestServer> {
  server = await startGitHubServer({ owner: OWNER, repo: REPO, files: { [VALUES]: V1 } });
  return server;
}

/** Run the bundle in a fresh workspace (with component-tags.json when given). */
const run = promotionRunner({
  repository: `${OWNER}/${REPO}`,
  workspacePrefix: 'rollback-ws-',
  runId: '1001',
  // Kept after the run: the files the outputs name are read back.
  env: () => ({ RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rollback-temp-')) }),
});

function expectSuccess(result: ActionRun): void {
  expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(result.exitCode).toBe(0);
}

/** A bump to `componentTags` opened and merged; returns the merge commit and the PR number. */
async function bumpAndMerge(
  github: GitHubTestServer,
  componentTags: ComponentTags,
  method: 'squash' | 'merge' = 'squash',
) {
  const bumped = await run(github, {}, componentTags);
  expectSuccess(bumped);
  const number = Number(bumped.outputs['pull-request-number']);
  return {
    number,
    merge: await github.mergePull(number, method),
    head: bumped.outputs['commit-sha'] as string,
  };
}

describe('mode: rollback', () => {
  test('by pull request number: restores the bytes, holds the services, labels and links', async () => {
    const github = await start();
    const bump = await bumpAndMerge(github, TAGS_V2);
    expect(await github.readFile('main', VALUES)).toBe(V2);
    const result = await run(github, {
      mode: 'rollback',
      revert: String(bump.number),
      labels: 'ops',
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({
      operation: 'created',
      branch: 'rollback/prod',
      'reverted-sha': bump.merge,
    });
    const sha = result.outputs['commit-sha'] as string;
    expect(await github.readFile(sha, VALUES)).toBe(V1);
    expect(github.isVerified(sha)).toBe(true);
    const holds = parseHolds(HOLDS, await github.readFile(sha, HOLDS)).holds;
    expect(holds.map((h) => [h.service, h.environment, h.digest, h.tag, h.commit])).toEqual([
      ['api', 'prod', digest('2'), '1.1.0', bump.merge],
      ['web', 'prod', digest('b'), '2.1.0', bump.merge],
    ]);
    expect(JSON.parse(result.outputs.holds as string)).toEqual(holds);
    const written = readFileSync(result.outputs['written-holds-file'] as string, 'utf8');
    expect(written).toBe(result.outputs.holds);
    const message = (await github.git(['log', '-1', '--format=%B', sha])).trim();
    expect(message).toContain(`This reverts commit ${bump.merge}.`);
    expect(parseChangeTrailers(message).map((c) => [c.service, c.field, c.from, c.to])).toEqual([
      ['api', 'tag', '1.1.0', '1.0.0'],
      ['api', 'digest', digest('2'), digest('1')],
      ['web', 'tag', '2.1.0', '2.0.0'],
      ['web', 'digest', digest('b'), digest('a')],
    ]);
    const pull = await github.getPull(Number(result.outputs['pull-request-number']));
    expect(pull.title).toBe(
      `revert(deploy): roll back api, web in prod (reverts #${bump.number} (${bump.merge.slice(0, 7)}))`,
    );
    expect(pull.body).toContain(`/commit/${bump.merge})`);
    expect(pull.labels.map((l) => l.name).sort()).toEqual(['ops', 'rollback']);
    expect(github.violations).toEqual([]);

    const again = await run(github, {
      mode: 'rollback',
      revert: String(bump.number),
      labels: 'ops',
    });
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ operation: 'unchanged', 'commit-sha': sha });
  });

  test('reads the base, the branch, its pull request and holds in one query: 9 requests, 5 on a re-run', async () => {
    const github = await start();
    const bump = await bumpAndMerge(github, TAGS_V2, 'merge');
    // The base tree and the reverted commit are read side by side: their order varies.
    const operationsFrom = (first: number) => {
      const ops = github.requests.slice(first).map((r) => r.operation);
      return [...ops.slice(0, 3).sort(), ...ops.slice(3)];
    };
    // The snapshot query (base, rollback branch, its pull request, the holds on that branch),
    // the reverted commit, the base tree, then the files and the holds in one query; the gates
    // reuse that base.
    const READS = [
      'git/get-tree',
      'graphql query repository',
      'repos/get-commit',
      'graphql query repository',
    ];
    const before = github.requests.length;
    const result = await run(github, { mode: 'rollback', revert: bump.head });
    expectSuccess(result);
    expect(result.outputs.operation).toBe('created');
    expect(operationsFrom(before)).toEqual([
      ...READS,
      'git/create-tree',
      'git/create-commit',
      'git/create-ref',
      'pulls/create',
      'issues/add-labels',
    ]);
    const rerun = github.requests.length;
    const again = await run(github, { mode: 'rollback', revert: bump.head });
    expectSuccess(again);
    expect(again.outputs.operation).toBe('unchanged');
    // The branch exists: its holds (for their times) came with the snapshot query, so the
    // re-run reads no more than the first run; nothing is written.
    expect(operationsFrom(rerun)).toEqual([...READS, 'git/create-tree']);
    expect(github.violations).toEqual([]);
  });

  test('by commit SHA of a merged bump commit, and a rollback of that rollback', async () => {
    const github = await start();
    const bump = await bumpAndMerge(github, TAGS_V2, 'merge');
    const result = await run(github, { mode: 'rollback', revert: bump.head });
    expectSuccess(result);
    expect(await github.readFile(result.outputs['commit-sha'] as string, VALUES)).toBe(V1);
    const back = await github.mergePull(Number(result.outputs['pull-request-number']), 'squash');
    expect(await github.readFile('main', VALUES)).toBe(V1);

    const held = await run(github, { mode: 'rollback', revert: back });
    expect(held.exitCode).toBe(0);
    expect(held.outputs.operation).toBe('none');
    expect(held.stdout).toContain(`Service 'api' is held in 'prod' by ${HOLDS}`);

    const forward = await run(github, { mode: 'rollback', revert: back, 'ignore-holds': 'true' });
    expectSuccess(forward);
    expect(await github.readFile(forward.outputs['commit-sha'] as string, VALUES)).toBe(V2);
    expect(github.violations).toEqual([]);
  });

  test('a later bump of the same values fails naming that commit, and writes nothing', async () => {
    const github = await start();
    const first = await bumpAndMerge(github, TAGS_V2);
    const later = await bumpAndMerge(github, tags(['1.2.0', digest('3')]));
    const before = await github.git(['for-each-ref']);
    const result = await run(github, { mode: 'rollback', revert: String(first.number) });
    expect(result.exitCode).not.toBe(0);
    const error = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain(`commit ${later.merge} changed the same values`);
    expect(error).toContain(`tag of 'api' in ${VALUES} (1.1.0 -> 1.2.0)`);
    expect(error).not.toContain("'web'");
    expect(await github.git(['for-each-ref'])).toBe(before);
    expect(await github.branchSha('rollback/prod')).toBeUndefined();
  });

  test('services narrows the rollback and its holds; a service the commit did not change fails', async () => {
    const github = await start();
    const bump = await bumpAndMerge(github, TAGS_V2);
    const result = await run(github, {
      mode: 'rollback',
      revert: String(bump.number),
      services: 'api',
    });
    expectSuccess(result);
    const sha = result.outputs['commit-sha'] as string;
    expect(await github.readFile(sha, VALUES)).toBe(
      values(['1.0.0', digest('1')], ['2.1.0', digest('b')]),
    );
    const holds = parseHolds(HOLDS, await github.readFile(sha, HOLDS)).holds;
    expect(holds.map((h) => [h.service, h.digest])).toEqual([['api', digest('2')]]);
    expect(JSON.parse(result.outputs.holds as string)).toEqual(holds);
    const changes = JSON.parse(result.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['api']);
    const pull = await github.getPull(Number(result.outputs['pull-request-number']));
    expect(pull.title).toContain('roll back api in prod');

    const refs = await github.git(['for-each-ref']);
    const wrong = await run(github, {
      mode: 'rollback',
      revert: String(bump.number),
      services: 'api, worker',
      branch: 'rollback/other',
    });
    expect(wrong.exitCode).not.toBe(0);
    expect(wrong.annotations.find((a) => a.level === 'error')?.message).toBe(
      `Input 'services': "worker" is not a service that #${bump.number} ` +
        `(${bump.merge.slice(0, 7)}) changed; it changed api, web`,
    );
    expect(await github.git(['for-each-ref'])).toBe(refs);
    expect(github.violations).toEqual([]);
  });

  test.each([
    ['an open pull request', (n: number) => String(n), /which was not merged/],
    ['not a SHA or number', () => 'HEAD~1', /Input 'revert': "HEAD~1" must be a commit SHA/],
    ['a commit without trailers', () => 'main-sha', /records no Promote-Change trailers/],
  ])('refuses %s', async (_name, revert, message) => {
    const github = await start();
    const open = await run(github, {}, TAGS_V2);
    const main = (await github.branchSha('main')) as string;
    const value = revert(Number(open.outputs['pull-request-number'])).replace('main-sha', main);
    const result = await run(github, { mode: 'rollback', revert: value });
    expect(result.exitCode).not.toBe(0);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(await github.branchSha('rollback/prod')).toBeUndefined();
  });
});

describe('holds', () => {
  test('a bump skips the held service with a notice, the others go through; lifted, it moves', async () => {
    const github = await start();
    const bump = await bumpAndMerge(github, TAGS_V2);
    const rollback = await run(github, { mode: 'rollback', revert: String(bump.number) });
    await github.mergePull(Number(rollback.outputs['pull-request-number']), 'squash');
    // A person lifts the hold of web only, by deleting its entry.
    const holds = (await github.readFile('main', HOLDS)) as string;
    const lifted = holds.replace(/ {2}- service: "web"[\s\S]*$/, '');
    await github.commitFiles('main', { [HOLDS]: lifted }, 'Lift the hold of web');

    const next = tags(['1.3.0', digest('4')], ['2.3.0', digest('d')]);
    const result = await run(github, {}, next);
    expectSuccess(result);
    const notice = result.annotations.find((a) => a.message.includes("'api' is held"));
    expect(notice?.message).toContain(`by ${HOLDS}`);
    expect(notice?.message).toContain("'ignore-holds: true'");
    const changes = JSON.parse(result.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['web']);
    const sha = result.outputs['commit-sha'] as string;
    expect(await github.readFile(sha, VALUES)).toBe(
      values(['1.0.0', digest('1')], ['2.3.0', digest('d')]),
    );

    await github.commitFiles('main', { [HOLDS]: 'holds:\n' }, 'Lift every hold');
    const free = await run(github, {}, next);
    expectSuccess(free);
    expect(await github.readFile(free.outputs['commit-sha'] as string, VALUES)).toBe(
      values(['1.3.0', digest('4')], ['2.3.0', digest('d')]),
    );
    expect(github.violations).toEqual([]);
  });

  test('a bump of held services only changes nothing and says so, with a warning per hold', async () => {
    const github = await start();
    const bump = await bumpAndMerge(github, TAGS_V2);
    const rollback = await run(github, { mode: 'rollback', revert: String(bump.number) });
    await github.mergePull(Number(rollback.outputs['pull-request-number']), 'squash');
    const refs = await github.git(['for-each-ref']);

    const result = await run(github, {}, tags(['1.3.0', digest('4')], ['2.3.0', digest('d')]));
    expectSuccess(result);
    expect(result.outputs.operation).toBe('none');
    expect(result.outputs['pull-request-number']).toBe('');
    expect(result.outputs.changes).toBe('[]');
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => /Service '(\w+)' is held/.exec(w.message)?.[1])).toEqual([
      'api',
      'web',
    ]);
    for (const warning of warnings) {
      expect(warning.message).toContain(`deleting that entry from ${HOLDS}`);
      expect(warning.message).toContain("'ignore-holds: true'");
    }
    expect(result.summary).toContain('every service it would move (api, web) is held');
    expect(result.summary).not.toContain('build recorded no image');
    expect(await github.git(['for-each-ref'])).toBe(refs);
    expect(github.violations).toEqual([]);
  });
});
