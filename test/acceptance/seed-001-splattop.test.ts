/**
 * Seed 001 (splattop, Helm values per environment, Argo CD deploys the digest), end to end from
 * its example workflows: the dev bump of build.yml, then promote.yml's promote-staging,
 * promote-prod and rollback jobs, each run step by step from the YAML by the workflow driver,
 * against the local GitHub (checked against GitHub's OpenAPI description) holding the
 * example's config repository. A drifting example (an input renamed, a step added) fails here.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server/index.js';
import { repoRoot } from '../support/run-action.js';
import { readWorkflow, runJob, type StandIn } from '../support/workflow-driver.js';

const EXAMPLE = join(repoRoot, 'examples', '001-splattop');
const CONFIG = join(EXAMPLE, 'config');
const build = readWorkflow(join(EXAMPLE, 'app', '.github', 'workflows', 'build.yml'));
const promote = readWorkflow(join(EXAMPLE, 'app', '.github', 'workflows', 'promote.yml'));
const values = (env: string) => `helm/splattop/values-${env}.yaml`;
const RUN_ID = '4242';
const SECRETS = { SPLATTOP_RELEASE_APP_ID: '1', SPLATTOP_RELEASE_APP_PRIVATE_KEY: 'key' };

const OLD_API = {
  tag: "'1.7.2'",
  digest: 'sha256:0e13c88b9df82d2672d674d43699d3556884d6dec632a84e73740bc1ab9cf5a9',
};
const NEW_API = { tag: '1.7.3', digest: `sha256:${'7'.repeat(64)}` };

/** Every file of the example's config repository, by path. */
function configFiles(dir = CONFIG): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, configFiles(path));
    else files[relative(CONFIG, path)] = readFileSync(path, 'utf8');
  }
  return files;
}
const original = (env: string) => readFileSync(join(CONFIG, values(env)), 'utf8');
/** The example's values file with api moved to 1.7.3, as a reviewer expects it. */
const bumped = (env: string) =>
  original(env)
    .replace(`tag: ${OLD_API.tag}`, `tag: '${NEW_API.tag}'`)
    .replace(OLD_API.digest, NEW_API.digest);

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function runner(github: GitHubTestServer, artifacts: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'seed-001-ws-'));
  const env = {
    GITOPS_PROMOTE_ARTIFACT_DIR: artifacts,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'splattop/splattop',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
  };
  /** actions/create-github-app-token: the installation token is the server's token. */
  const appToken: StandIn = async (given) => {
    expect(given).toMatchObject({ owner: 'splattop', repositories: 'splattop-config' });
    return { token: github.token };
  };
  return (workflow: typeof build, job: string, inputs: Record<string, string> = {}) =>
    runJob(workflow, job, {
      env,
      context: { inputs, secrets: SECRETS },
      standIns: { 'app-token': appToken },
    });
}

describe('seed 001: build → dev → staging → prod, then a rollback, from the example workflows', () => {
  test(
    'each job opens the pull request a reviewer expects, byte for byte',
    { timeout: 60_000 },
    async () => {
      const github = await startGitHubServer({
        owner: 'splattop',
        repo: 'splattop-config',
        files: configFiles(),
        // The config repository allows auto-merge, so the dev pull request merges once CI is green.
        allowAutoMerge: true,
      });
      server = github;
      const artifacts = mkdtempSync(join(tmpdir(), 'seed-001-artifacts-'));
      const run = runner(github, artifacts);

      // The build job's last emit-tags step uploaded one artifact per service (emit-tags has its
      // own tests); the component-tags job merges them, as the workflow does.
      mkdirSync(join(artifacts, 'component-tags-api'));
      writeFileSync(
        join(artifacts, 'component-tags-api', 'component-tags-api.json'),
        JSON.stringify({
          api: {
            tag: NEW_API.tag,
            sha: 'abc1234',
            digest: NEW_API.digest,
            image: 'ghcr.io/splattop/api',
          },
        }),
      );
      await run(build, 'component-tags');
      const dev = await run(build, 'bump-dev');
      const devPr = dev.steps.at(-1)?.run?.outputs ?? {};
      expect(devPr).toMatchObject({ operation: 'created', 'pull-request-number': '1' });
      const devPull = await github.getPull(1);
      expect(devPull.labels.map((l) => l.name)).toEqual(['automation:release-bump']);
      expect(devPull.auto_merge?.merge_method).toBe('squash');
      expect(await github.readFile(devPr['commit-sha'] as string, values('dev'))).toBe(
        bumped('dev'),
      );
      expect(await github.readFile(devPr['commit-sha'] as string, values('staging'))).toBe(
        original('staging'),
      );
      await github.mergePull(1);

      const staging = await run(promote, 'promote-staging', { action: 'promote-staging' });
      const stagingPr = staging.steps.at(-1)?.run?.outputs ?? {};
      expect(stagingPr).toMatchObject({ operation: 'created', 'pull-request-number': '2' });
      const stagingPull = await github.getPull(2);
      expect(stagingPull.title).toBe('chore(deploy): promote api from dev to staging');
      expect(stagingPull.labels.map((l) => l.name)).toEqual(['automation:release-bump']);
      expect(stagingPull.requested_teams?.map((t) => t.slug)).toEqual(['platform-dri']);
      expect(stagingPull.body).toContain('### Promotion `dev` → `staging`');
      expect(await github.readFile(stagingPr['commit-sha'] as string, values('staging'))).toBe(
        bumped('staging'),
      );
      await github.mergePull(2);

      const prod = await run(promote, 'promote-prod', { action: 'promote-prod' });
      const prodPr = prod.steps.at(-1)?.run?.outputs ?? {};
      expect((await github.getPull(3)).title).toBe(
        'chore(deploy): promote api from staging to prod',
      );
      expect(await github.readFile(prodPr['commit-sha'] as string, values('prod'))).toBe(
        bumped('prod'),
      );
      const prodMerge = await github.mergePull(3);

      const back = await run(promote, 'rollback', {
        action: 'rollback',
        environment: 'prod',
        revert: '3',
      });
      const rollback = back.steps.at(-1)?.run?.outputs ?? {};
      expect(rollback).toMatchObject({ operation: 'created', 'reverted-sha': prodMerge });
      expect(await github.readFile(rollback['commit-sha'] as string, values('prod'))).toBe(
        original('prod'),
      );
      const rollbackPull = await github.getPull(4);
      expect(rollbackPull.labels.map((l) => l.name)).toContain('automation:release-bump');
      expect(JSON.parse(rollback.holds as string)).toEqual(expect.any(Array));
      expect(github.violations).toEqual([]);
    },
  );

  test('a job step the driver does not know fails instead of being skipped', async () => {
    server = await startGitHubServer({ owner: 'splattop', repo: 'splattop-config' });
    await expect(
      runJob(promote, 'promote-staging', {
        env: {},
        context: { inputs: { action: 'promote-staging' }, secrets: SECRETS },
      }),
    ).rejects.toThrow(/no stand-in for a step that is not ours/);
  });
});
