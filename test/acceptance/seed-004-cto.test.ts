/**
 * Seed 004 (the CTO platform: Release Please versions, `v*.*.*` tags, Argo CD Image Updater's
 * semver strategy with its allow regexp, Helm `image.tag`): release-please.yaml run whole from
 * the example file by the workflow driver, jobs in `needs:` order with their `if:` and
 * `needs.*.outputs`. Release Please and docker's build are stood in; emit-tags and
 * open-promotion-pr are the bundles, against a real registry (distribution on loopback,
 * standing for ghcr.io) and the local GitHub holding the example's repository.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git } from '../support/git-fixture.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server/index.js';
import { pushImage, startRegistry, type TestRegistry } from '../support/registry/index.js';
import { repoRoot } from '../support/run-action.js';
import { readWorkflow, runWorkflow, type StandIn } from '../support/workflow-driver.js';

const APP = join(repoRoot, 'examples', '004-cto', 'app');
const workflow = readWorkflow(join(APP, '.github', 'workflows', 'release-please.yaml'));
const VALUES = 'infra/charts/controller/values.yaml';
const REPOSITORY = '5dlabs/controller';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
}, 60_000);
afterAll(async () => {
  await registry?.stop();
});

/** The loopback registry stands for ghcr.io, in the workflow and in the repository's files. */
const local = (text: string) => text.replaceAll('ghcr.io/', `${registry.host}/`);

/** The example repository's files, as the local GitHub serves them. */
function files(dir: string, root = dir): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(found, files(path, root));
    else found[relative(root, path)] = local(readFileSync(path, 'utf8'));
  }
  return found;
}

async function tagsOf(repository: string): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/${repository}/tags/list`);
  return ((await response.json()) as { tags: string[] }).tags.sort();
}

/** The example repository after its release pull request for 0.3.0 merged, tagged v0.3.0. */
async function releasedRepository(github: GitHubTestServer): Promise<string> {
  const original = files(APP);
  const sha = await github.commitFiles(
    'main',
    {
      '.release-please-manifest.json': original['.release-please-manifest.json']!.replace(
        '0.2.1',
        '0.3.0',
      ),
      'infra/charts/controller/Chart.yaml': original['infra/charts/controller/Chart.yaml']!.replace(
        'version: 0.2.1',
        'version: 0.3.0',
      ).replace("appVersion: '0.2.1'", "appVersion: '0.3.0'"),
    },
    'chore(main): release 0.3.0',
  );
  await github.git(['tag', 'v0.3.0', sha]);
  return sha;
}

/** What Release Please outputs for the push: a release, or only its pull request updated. */
function releasePlease(created: boolean): StandIn {
  return async (given) => {
    expect(given).toEqual({
      'config-file': 'release-please-config.json',
      'manifest-file': '.release-please-manifest.json',
    });
    const outputs: Record<string, string> = created
      ? { releases_created: 'true', release_created: 'true', tag_name: 'v0.3.0', version: '0.3.0' }
      : { releases_created: 'false', prs_created: 'true' };
    return outputs;
  };
}

async function run(github: GitHubTestServer, created: boolean) {
  const sha = created ? await releasedRepository(github) : await github.branchSha('main');
  const workspaces: Record<string, string> = {};
  const env = (job: string) => {
    workspaces[job] ??= mkdtempSync(join(tmpdir(), `seed-004-${job}-`));
    return {
      GITHUB_API_URL: github.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: '5dlabs/cto',
      GITHUB_WORKSPACE: workspaces[job],
      GITHUB_SHA: sha as string,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_RUN_ID: '77',
      GITOPS_PROMOTE_ARTIFACT_DIR: mkdtempSync(join(tmpdir(), 'seed-004-artifacts-')),
    };
  };
  const built: Array<{ tags: string[]; labels: string[]; digest: string }> = [];
  const none: StandIn = async () => ({});
  const runs = await runWorkflow(workflow, {
    env,
    context: {
      secrets: {
        GITHUB_TOKEN: 'unused',
        CTO_RELEASE_APP_ID: '1',
        CTO_RELEASE_APP_PRIVATE_KEY: 'k',
      },
      github: { actor: 'octo-human' },
    },
    standIns: {
      release: releasePlease(created),
      // actions/checkout: a real clone of the repository at `ref` (the default branch if none).
      'actions/checkout@v4': async (given, step) => {
        const workspace = workspaces[step.job] as string;
        git(workspace, ['clone', '-q', github.bareRepoPath, '.']);
        if (given.ref) git(workspace, ['checkout', '-q', given.ref]);
        return {};
      },
      'docker/setup-buildx-action@v3': none,
      'docker/login-action@v3': none,
      // docker/build-push-action: one image, pushed under every tag, with the labels given.
      build: async (given) => {
        expect(given).toMatchObject({ context: 'controller', push: 'true' });
        const tags = (given.tags ?? '').split('\n').filter(Boolean);
        const labels = (given.labels ?? '').split('\n').filter(Boolean);
        const config = Object.fromEntries(labels.map((l) => l.split(/=(.*)/s).slice(0, 2)));
        let digest = '';
        for (const ref of tags) {
          const at = ref.lastIndexOf(':');
          const repository = ref.slice(`${registry.host}/`.length, at);
          digest = (
            await pushImage(registry, repository, ref.slice(at + 1), {
              seed: 'v0.3.0',
              labels: config,
            })
          ).digest;
        }
        built.push({ tags, labels, digest });
        return { digest, imageid: digest };
      },
      'app-token': async () => ({ token: github.token }),
    },
    // Over plain HTTP.
    rewrite: local,
    runnerInputs: { 'insecure-registries': '127.0.0.1' },
  });
  return { runs, built, sha: sha as string };
}

describe('seed 004: release-please.yaml on a push to main', () => {
  test(
    'a release builds v0.3.0, and the highest v*.*.* by semver goes to image.tag in a pull request',
    { timeout: 90_000 },
    async () => {
      // What the registry held before: older releases, and tags the allow regexp must keep out
      // (semver alone would pick 0.9.9 or the release candidate).
      for (const tag of ['v0.2.0', 'v0.2.1', '0.9.9', 'v1.0.0-rc.1', 'latest'])
        await pushImage(registry, REPOSITORY, tag, { seed: tag });
      const github = await startGitHubServer({ owner: '5dlabs', repo: 'cto', files: files(APP) });
      try {
        const { runs, built, sha } = await run(github, true);
        expect(Object.values(runs).map((r) => r.result)).toEqual(['success', 'success', 'success']);

        const short = sha.slice(0, 7);
        expect(built).toHaveLength(1);
        expect(built[0]?.tags).toEqual([
          `${registry.host}/${REPOSITORY}:v0.3.0`,
          `${registry.host}/${REPOSITORY}:${short}`,
        ]);
        expect(built[0]?.labels).toEqual(
          expect.arrayContaining([
            'org.opencontainers.image.version=0.3.0',
            `org.opencontainers.image.revision=${sha}`,
          ]),
        );
        expect(await tagsOf(REPOSITORY)).toEqual(
          ['0.9.9', 'latest', short, 'v0.2.0', 'v0.2.1', 'v0.3.0', 'v1.0.0-rc.1'].sort(),
        );

        const resolve = runs.deploy?.steps.find((s) => s.given.mode === 'resolve')?.run;
        expect(resolve?.outputs).toMatchObject({
          'source-tag': 'v0.3.0',
          'source-digest': built[0]?.digest,
        });
        const opened = runs.deploy?.steps.at(-1)?.run?.outputs ?? {};
        expect(opened).toMatchObject({ operation: 'created', 'pull-request-number': '1' });
        const pull = await github.getPull(1);
        expect(pull.title).toBe('chore(deploy): bump controller in production');
        expect(pull.labels.map((l) => l.name)).toEqual(['automation:release-bump']);
        const original = local(readFileSync(join(APP, VALUES), 'utf8'));
        expect(await github.readFile(opened['commit-sha'] as string, VALUES)).toBe(
          original.replace('tag: v0.2.1', 'tag: v0.3.0'),
        );
        expect(github.violations).toEqual([]);
      } finally {
        await github.close();
      }
    },
  );

  test('a push that only updates the release pull request builds and opens nothing', async () => {
    const github = await startGitHubServer({ owner: '5dlabs', repo: 'cto', files: files(APP) });
    try {
      const { runs, built } = await run(github, false);
      expect(Object.fromEntries(Object.entries(runs).map(([id, r]) => [id, r.result]))).toEqual({
        'release-please': 'success',
        build: 'skipped',
        deploy: 'skipped',
      });
      expect(built).toEqual([]);
      expect(github.pulls).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
