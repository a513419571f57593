/**
 * Seed 000 (queen-califia, Helm values in the app repository, Argo CD): release-images.yml run
 * from the example file by the workflow driver, on a v1.5.0 tag push: the build job once per
 * matrix entry (docker's build stood in by a real push to the loopback registry, standing for
 * ghcr.io), the record job merging the per-service artifacts, and values-pr opening the pull
 * request on the local GitHub holding the example's repository, digests pinned byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git } from '../support/git-fixture.js';
import { startGitHubServer } from '../support/github-server/index.js';
import { pushImage, startRegistry, type TestRegistry } from '../support/registry/index.js';
import { repoRoot } from '../support/run-action.js';
import { readWorkflow, runJob, type StandIn } from '../support/workflow-driver.js';

const APP = join(repoRoot, 'examples', '000-queen-califia', 'app');
const workflow = readWorkflow(join(APP, '.github', 'workflows', 'release-images.yml'));
const VALUES = 'helm/queen-califia/values-argocd.yaml';
const MATRIX = [
  { service: 'api', image: 'ghcr.io/queencalifia/queencalifia-api', context: 'api' },
  { service: 'frontend', image: 'ghcr.io/queencalifia/queencalifia-frontend', context: 'frontend' },
];

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
}, 60_000);
afterAll(async () => {
  await registry?.stop();
});

function files(dir: string, root = dir): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(found, files(path, root));
    else found[relative(root, path)] = readFileSync(path, 'utf8');
  }
  return found;
}

describe('seed 000: release-images.yml on a v1.5.0 tag', () => {
  test(
    'builds both services, records them, and opens the pinning pull request',
    { timeout: 90_000 },
    async () => {
      const github = await startGitHubServer({
        owner: 'queencalifia',
        repo: 'queen-califia',
        files: files(APP),
      });
      try {
        const sha = (await github.branchSha('main')) as string;
        // The release tag whose push starts the workflow.
        await github.git(['tag', 'v1.5.0', sha]);
        const artifacts = mkdtempSync(join(tmpdir(), 'seed-000-artifacts-'));
        const env = (workspace = mkdtempSync(join(tmpdir(), 'seed-000-ws-'))) => ({
          GITHUB_API_URL: github.apiUrl,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'queencalifia/queen-califia',
          GITHUB_WORKSPACE: workspace,
          GITHUB_SHA: sha,
          GITHUB_REF: 'refs/tags/v1.5.0',
          GITHUB_REF_NAME: 'v1.5.0',
          GITHUB_REF_TYPE: 'tag',
          GITHUB_RUN_ID: '900',
          GITOPS_PROMOTE_ARTIFACT_DIR: artifacts,
        });
        const digests: Record<string, string> = {};
        const build: StandIn = async (given) => {
          const refs = (given.tags ?? '').split(/[\n,]/).filter(Boolean);
          let digest = '';
          for (const ref of refs) {
            const at = ref.lastIndexOf(':');
            const repository = ref.slice('ghcr.io/'.length, at);
            digest = (
              await pushImage(registry, repository, ref.slice(at + 1), { seed: given.context })
            ).digest;
          }
          digests[given.context as string] = digest;
          return { digest };
        };
        const none: StandIn = async () => ({});
        const context = {
          secrets: { GITHUB_TOKEN: 'unused', RELEASE_APP_ID: '1', RELEASE_APP_PRIVATE_KEY: 'key' },
          github: { actor: 'octo-human' },
        };
        const built: string[][] = [];
        for (const matrix of MATRIX) {
          const workspace = mkdtempSync(join(tmpdir(), 'seed-000-ws-'));
          const run = await runJob(workflow, 'build', {
            env: env(workspace),
            context: { ...context, matrix },
            standIns: {
              // actions/checkout with fetch-depth 0: a real clone, tags included.
              'actions/checkout@v4': async () => {
                git(workspace, ['clone', '-q', github.bareRepoPath, '.']);
                return {};
              },
              'docker/setup-buildx-action@v3': none,
              'docker/login-action@v3': none,
              build,
            },
          });
          built.push((run.outputs.meta?.tags ?? '').split(/[\n,]/).filter(Boolean));
        }
        expect(built).toEqual([
          [
            'ghcr.io/queencalifia/queencalifia-api:1.5.0',
            `ghcr.io/queencalifia/queencalifia-api:sha-${sha.slice(0, 7)}`,
          ],
          [
            'ghcr.io/queencalifia/queencalifia-frontend:1.5.0',
            `ghcr.io/queencalifia/queencalifia-frontend:sha-${sha.slice(0, 7)}`,
          ],
        ]);
        await runJob(workflow, 'record', { env: env(), context });
        const pr = await runJob(workflow, 'values-pr', {
          env: env(),
          context,
          standIns: { 'app-token': async () => ({ token: github.token }) },
        });
        const opened = pr.steps.at(-1)?.run?.outputs ?? {};
        expect(opened).toMatchObject({ operation: 'created', 'pull-request-number': '1' });
        const pull = await github.getPull(1);
        expect(pull.title).toBe('chore(deploy): pin api, frontend by digest in values-argocd.yaml');
        expect(pull.labels.map((l) => l.name)).toEqual(['automation:image-update']);
        expect(pull.requested_reviewers?.map((r) => r.login)).toEqual(['queencalifia-maintainer']);
        const original = readFileSync(join(APP, VALUES), 'utf8');
        const [apiOld, frontendOld] = [...original.matchAll(/sha256:[0-9a-f]{64}/g)].map(
          (m) => m[0],
        );
        const expected = original
          .replaceAll("tag: '1.4.0'", "tag: '1.5.0'")
          .replace(apiOld as string, digests.api as string)
          .replace(frontendOld as string, digests.frontend as string);
        expect(await github.readFile(opened['commit-sha'] as string, VALUES)).toBe(expected);
        expect(github.violations).toEqual([]);
      } finally {
        await github.close();
      }
    },
  );
});
