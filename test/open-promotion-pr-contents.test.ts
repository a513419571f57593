/**
 * What a promotion contains: open-promotion-pr's bundle lists, in the pull request body and
 * the job summary, the app's commits between the source commit the target runs and the one it
 * will run. The revisions come from the images' `org.opencontainers.image.revision` labels in
 * a real registry on loopback (with basic auth through `registry-auth`), or from
 * component-tags' `sha`; the commits from the local GitHub's compare API over real git history.
 * One repository holds the app and its deploy config (the local GitHub serves one repository),
 * so another repository name is one the token cannot see: GitHub answers 404, as it does then.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import { pushImage, startRegistry, type TestRegistry } from './support/registry/index.js';
import type { ActionRun } from './support/run-action.js';
import { errorOf, promotionRunner } from './support/run-open-promotion-pr.js';

const OWNER = 'acme';
const REPO = 'shop';
const PASSWORD = 'registry-secret-9f2c';
const STAGING_FILE = 'deploy/values-staging.yaml';
const PROD_FILE = 'deploy/values-prod.yaml';
const REVISION = 'org.opencontainers.image.revision';

let registry: TestRegistry;
let server: GitHubTestServer | undefined;

beforeAll(async () => {
  registry = await startRegistry({ auth: { mode: 'htpasswd', users: { ci: PASSWORD } } });
}, 30_000);
afterAll(async () => registry.stop());
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const values = (tag: string, digest: string) =>
  `api:\n  image:\n    repository: ${registry.host}/acme/api\n    tag: "${tag}"\n    digest: ${digest}\n`;

/** The app's history: a first commit (with the config), then four changes merged by PR. */
async function appHistory(github: GitHubTestServer): Promise<string[]> {
  const shas = [(await github.branchSha('main')) as string];
  for (const [i, subject] of [
    'feat: cart totals (#11)',
    'fix: rounding of prices (#12)',
    'chore: bump deps',
    'feat: gift cards (#14)',
  ].entries())
    shas.push(await github.commitFiles('main', { 'src/app.txt': `${i}\n` }, subject));
  return shas;
}

/** Push an image of the app at `revision` (no label when undefined); returns its digest. */
async function image(seed: string, revision?: string): Promise<string> {
  const pushed = await pushImage(registry, 'acme/api', seed, {
    seed,
    ...(revision ? { labels: { [REVISION]: revision } } : {}),
  });
  return pushed.digest;
}

async function start(files: Record<string, string>): Promise<GitHubTestServer> {
  server = await startGitHubServer({ owner: OWNER, repo: REPO, files });
  return server;
}

const run = promotionRunner({
  repository: `${OWNER}/${REPO}`,
  workspacePrefix: 'contents-ws-',
  runId: '2001',
  files: 'deploy/values-{env}.yaml',
  workflowRepository: `${OWNER}/${REPO}`,
  inputs: () => ({
    'source-repository': `${OWNER}/${REPO}`,
    'registry-auth': `${registry.host}=ci:${PASSWORD}`,
    'insecure-registries': registry.host,
  }),
});

async function bodyOf(github: GitHubTestServer, result: ActionRun): Promise<string> {
  expect(errorOf(result)).toBe('');
  expect(result.exitCode).toBe(0);
  return (await github.getPull(Number(result.outputs['pull-request-number']))).body ?? '';
}

/** What a log shows: the runner consumes `::add-mask::` commands (checked here) instead of printing them. */
function shown(result: ActionRun, secret: string): string {
  expect(result.stdout).toContain(`::add-mask::${secret}`);
  const lines = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  return `${lines.join('\n')}${result.stderr}${result.summary}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const listed = (text: string) => text.split('\n').filter((line) => line.startsWith('- ['));

describe('open-promotion-pr lists what a promotion brings', () => {
  test('promote: the commits between the running and the proposed revision labels', async () => {
    const github = await start({ 'README.md': '# shop\n' });
    const shas = await appHistory(github);
    const running = await image('v1', shas[1]);
    const proposed = await image('v2', shas[4]);
    await github.commitFiles(
      'main',
      { [STAGING_FILE]: values('1.4.0', proposed), [PROD_FILE]: values('1.3.0', running) },
      'chore: deploy files',
    );
    const result = await run(github, { mode: 'promote', 'from-environment': 'staging' });
    const body = await bodyOf(github, result);
    expect(body).toContain('### What this promotion brings');
    expect(body).toContain('#### What `api` brings');
    const lines = listed(body);
    expect(lines).toEqual([
      `- [\`${shas[2]?.slice(0, 7)}\`](${github.webUrl}/acme/shop/commit/${shas[2]}) fix: rounding of prices (#12) by @octo-human`,
      `- [\`${shas[3]?.slice(0, 7)}\`](${github.webUrl}/acme/shop/commit/${shas[3]}) chore: bump deps by @octo-human`,
      `- [\`${shas[4]?.slice(0, 7)}\`](${github.webUrl}/acme/shop/commit/${shas[4]}) feat: gift cards (#14) by @octo-human`,
    ]);
    expect(listed(result.summary)).toEqual(lines);
    // The table's source commit is the proposed image's revision label, in body and summary.
    const commit = `[\`${shas[4]?.slice(0, 7)}\`](https://github.com/acme/shop/commit/${shas[4]})`;
    for (const text of [body, result.summary])
      expect(text.split('\n').find((line) => line.startsWith('| api |'))).toMatch(
        new RegExp(`\\| ${escapeRegExp(commit)} \\|$`),
      );
    expect(shown(result, PASSWORD)).not.toContain(PASSWORD);
    expect(github.countRequests({ operation: 'repos/compare-commits-with-basehead' })).toBe(1);
    expect(github.violations).toEqual([]);
  });

  test('bump: component-tags gives the proposed sha; a running image without the label gets a note', async () => {
    const github = await start({ 'README.md': '# shop\n' });
    const shas = await appHistory(github);
    const running = await image('unlabelled');
    const proposed = await image('v3', shas[4]);
    await github.commitFiles('main', { [PROD_FILE]: values('1.3.0', running) }, 'chore: deploy');
    const result = await run(github, {}, { api: { tag: '1.5.0', digest: proposed, sha: shas[4] } });
    const body = await bodyOf(github, result);
    expect(body).toContain(
      `The source commits are not listed: the image \`${registry.host}/acme/api@${running.slice(0, 19)}\` ` +
        `has no \`${REVISION}\` label.`,
    );
    expect(listed(body)).toEqual([]);
    expect(result.summary).toContain(`has no \`${REVISION}\` label`);
    expect(github.countRequests({ operation: 'repos/compare-commits-with-basehead' })).toBe(0);
    expect(github.violations).toEqual([]);
  });

  test.each([
    [
      'a source repository the token cannot see',
      { 'source-repository': 'acme/app' },
      /GitHub answered 404/,
    ],
    ['a source-token GitHub refuses', { 'source-token': 'not-a-token' }, /GitHub answered 401/],
  ])(
    'omits the list with a note for %s, and still opens the pull request',
    async (_name, inputs, note) => {
      const github = await start({ 'README.md': '# shop\n' });
      const shas = await appHistory(github);
      const running = await image('v1', shas[1]);
      await github.commitFiles('main', { [PROD_FILE]: values('1.3.0', running) }, 'chore: deploy');
      const proposed = await image('v2', shas[4]);
      const result = await run(github, inputs, {
        api: { tag: '1.4.0', digest: proposed, sha: shas[4] },
      });
      const body = await bodyOf(github, result);
      expect(body).toMatch(note);
      expect(listed(body)).toEqual([]);
      expect(result.outputs.operation).toBe('created');
      const secret = (inputs as Record<string, string>)['source-token'] ?? github.token;
      expect(shown(result, secret)).not.toContain(secret);
    },
  );

  test('promote without a source repository: no source commit is known, so no such column', async () => {
    const github = await start({ 'README.md': '# shop\n' });
    const shas = await appHistory(github);
    const running = await image('v1', shas[1]);
    const proposed = await image('v2', shas[4]);
    await github.commitFiles(
      'main',
      { [STAGING_FILE]: values('1.4.0', proposed), [PROD_FILE]: values('1.3.0', running) },
      'chore: deploy files',
    );
    const result = await run(github, {
      mode: 'promote',
      'from-environment': 'staging',
      'source-repository': '',
    });
    const body = await bodyOf(github, result);
    for (const text of [body, result.summary]) {
      expect(text).toContain(
        '| Service | Environment | File | Old tag | New tag | Old digest | New digest |\n',
      );
      expect(text).not.toContain('Source commit');
      expect(text.split('\n').find((line) => line.startsWith('| api |'))).toMatch(
        /^\| api \| prod \| `deploy\/values-prod\.yaml` \| `1\.3\.0` \| `1\.4\.0` \| `sha256:[0-9a-f]{12}` \| `sha256:[0-9a-f]{12}` \|$/,
      );
    }
    expect(github.violations).toEqual([]);
  });

  test('without a source repository, neither the registry nor the compare API is asked', async () => {
    const github = await start({ 'README.md': '# shop\n' });
    const shas = await appHistory(github);
    const running = await image('v1', shas[1]);
    await github.commitFiles('main', { [PROD_FILE]: values('1.3.0', running) }, 'chore: deploy');
    const proposed = await image('v2', shas[4]);
    const before = registry.logs().length;
    const result = await run(
      github,
      { 'source-repository': '' },
      { api: { tag: '1.4.0', digest: proposed, sha: shas[4] } },
    );
    const body = await bodyOf(github, result);
    expect(body).toContain('The source commits are not listed: no source repository was given');
    // The registry logs every request (the pushes above are there), and none came from the run.
    expect(registry.logs().slice(0, before)).toMatch(/\/v2\/acme\/api\/manifests/);
    expect(registry.logs().slice(before)).not.toMatch(/\/v2\/acme\/api\/manifests/);
    expect(github.countRequests({ operation: 'repos/compare-commits-with-basehead' })).toBe(0);
    expect(github.violations).toEqual([]);
  });
});
