/**
 * Seed 003 (Flux, environment-tagged images): promote-production.yml run from the example file
 * by the workflow driver: the newest staging-* tag by its timestamp is copied to `production`
 * and `production-v<semver>-<sha>-<ts>` in a real registry (distribution on loopback, standing
 * for ghcr.io), and the release is published on the local GitHub. And build.yml, run whole:
 * its job `env:` picks staging on main and develop elsewhere (`&&`/`||`), and the build pushes
 * and records the `<env>-v<semver>-<sha>-<ts>` tags.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestOctokit, startGitHubServer } from '../support/github-server/index.js';
import { pushImage, startRegistry, type TestRegistry } from '../support/registry/index.js';
import { repoRoot } from '../support/run-action.js';
import { git, makeRepository } from '../support/git-fixture.js';
import { readWorkflow, runJob, runWorkflow, type StandIn } from '../support/workflow-driver.js';

const workflow = readWorkflow(
  join(
    repoRoot,
    'examples',
    '003-flux-env-tagged',
    'app',
    '.github',
    'workflows',
    'promote-production.yml',
  ),
);

const build = readWorkflow(
  join(repoRoot, 'examples', '003-flux-env-tagged', 'app', '.github', 'workflows', 'build.yml'),
);

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
}, 60_000);
afterAll(async () => {
  await registry?.stop();
});

async function digestOf(repository: string, tag: string): Promise<string | undefined> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return response.status === 200
    ? (response.headers.get('docker-content-digest') ?? '')
    : undefined;
}

describe('seed 003: promote-production.yml', () => {
  test(
    'retags the newest staging image to production and publishes its release',
    { timeout: 60_000 },
    async () => {
      const github = await startGitHubServer({ owner: 'acme-flux', repo: 'backend' });
      try {
        const commit = (await github.git(['rev-parse', 'refs/heads/main'])).trim();
        const short = commit.slice(0, 7);
        const labels = (version: string) => ({
          'org.opencontainers.image.version': version,
          'org.opencontainers.image.revision': commit,
        });
        // What build.yml pushed on main over time (the build itself is docker's, stood in here).
        await pushImage(registry, 'acme-flux/backend', `staging-v1.3.9-${short}-1738860000`, {
          seed: 'older',
          labels: labels('1.3.9'),
        });
        const newest = await pushImage(
          registry,
          'acme-flux/backend',
          `staging-v1.4.0-${short}-1738869999`,
          {
            seed: 'newest',
            labels: labels('1.4.0'),
          },
        );
        await pushImage(registry, 'acme-flux/backend', `develop-v1.5.0-${short}-1738999999`, {
          seed: 'dev',
        });

        const dir = mkdtempSync(join(tmpdir(), 'seed-003-ws-'));
        const run = await runJob(workflow, 'retag', {
          env: {
            GITHUB_API_URL: github.apiUrl,
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_REPOSITORY: 'acme-flux/backend',
            GITHUB_WORKSPACE: dir,
            GITHUB_SHA: commit,
            GITHUB_REF_NAME: 'main',
            GITHUB_RUN_NUMBER: '12',
            // The runner's artifact service, as a directory.
            GITOPS_PROMOTE_ARTIFACT_DIR: mkdtempSync(join(tmpdir(), 'seed-003-artifacts-')),
          },
          context: {
            inputs: { 'from-tag': '', 'dry-run': 'false' },
            secrets: { GITHUB_TOKEN: github.token },
            github: { actor: 'octo-human' },
          },
          standIns: {
            'actions/checkout@v4': async () => ({}),
            'docker/login-action@v3': async () => ({}),
          },
          // The loopback registry stands for ghcr.io, over plain HTTP.
          rewrite: (value) => value.replaceAll('ghcr.io/', `${registry.host}/`),
          runnerInputs: { 'insecure-registries': '127.0.0.1' },
        });
        const emit = run.steps.at(-1)?.run;
        expect(emit?.stdout).toContain('Created the release v1.4.0');
        const tags = (emit?.outputs.tags ?? '').split('\n').map((t) => t.split(':').at(-1));
        expect(tags).toEqual(
          expect.arrayContaining([
            'production',
            expect.stringMatching(new RegExp(`^production-v1\\.4\\.0-${short}-\\d+$`)),
          ]),
        );
        expect(await digestOf('acme-flux/backend', 'production')).toBe(newest.digest);
        // The record holds the immutable tag (the first line), not the movable `production`.
        const recorded = JSON.parse(emit?.outputs.json ?? '{}') as Record<string, { tag: string }>;
        expect(recorded.backend?.tag).toMatch(new RegExp(`^production-v1\\.4\\.0-${short}-\\d+$`));
        for (const tag of tags)
          expect(await digestOf('acme-flux/backend', tag as string)).toBe(newest.digest);
        const { data: releases } = await createTestOctokit(github).rest.repos.listReleases({
          owner: 'acme-flux',
          repo: 'backend',
        });
        expect(releases.map((r) => [r.tag_name, r.target_commitish])).toEqual([['v1.4.0', commit]]);
        expect(github.violations).toEqual([]);
      } finally {
        await github.close();
      }
    },
  );
});

describe('seed 003: build.yml', () => {
  test.each([
    ['main', 'staging'],
    ['develop', 'develop'],
  ])(
    'a push to %s builds %s-v<semver>-<sha>-<ts> tags and records them',
    { timeout: 60_000 },
    async (branch, environment) => {
      const time = 1738869999;
      const origin = makeRepository({ 'package.json': '{ "version": "1.4.0" }\n' }, time);
      const short = origin.sha.slice(0, 7);
      const workspace = mkdtempSync(join(tmpdir(), 'seed-003-build-ws-'));
      const pushed: string[] = [];
      const none: StandIn = async () => ({});
      const runs = await runWorkflow(build, {
        env: {
          GITHUB_REPOSITORY: 'acme-flux/backend',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_WORKSPACE: workspace,
          GITHUB_SHA: origin.sha,
          GITHUB_REF_NAME: branch,
          GITOPS_PROMOTE_ARTIFACT_DIR: mkdtempSync(join(tmpdir(), 'seed-003-artifacts-')),
        },
        context: {
          github: { ref_name: branch, actor: 'octo-human' },
          secrets: { GITHUB_TOKEN: 'unused' },
        },
        standIns: {
          'actions/checkout@v4': async () => {
            git(workspace, ['clone', '-q', origin.dir, '.']);
            return {};
          },
          'docker/setup-buildx-action@v3': none,
          'docker/login-action@v3': none,
          // docker/build-push-action: one image under every tag it is given.
          build: async (given) => {
            let digest = '';
            for (const ref of (given.tags ?? '').split('\n').filter(Boolean)) {
              const tag = ref.slice(ref.lastIndexOf(':') + 1);
              digest = (await pushImage(registry, 'acme-flux/backend', tag, { seed: branch }))
                .digest;
              pushed.push(tag);
            }
            return { digest };
          },
        },
        rewrite: (value) => value.replaceAll('ghcr.io/', `${registry.host}/`),
      });
      const tag = `${environment}-v1.4.0-${short}-${time}`;
      expect(pushed).toEqual([tag, environment, short]);
      const recorded = JSON.parse(runs.build?.steps.at(-1)?.run?.outputs.json ?? '{}') as Record<
        string,
        { tag: string; digest: string }
      >;
      // The record holds the immutable tag (the first line), never the movable `{{env}}` alias.
      expect(recorded.backend).toMatchObject({
        tag,
        digest: await digestOf('acme-flux/backend', tag),
      });
    },
  );
});
