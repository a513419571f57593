/**
 * Seed 003 (Flux, environment-tagged images): promote-production.yml run from the example file
 * by the workflow driver: the newest staging-* tag by its timestamp is copied to `production`
 * and `production-v<semver>-<sha>-<ts>` in a real registry (distribution on loopback, standing
 * for ghcr.io), and the release is published on the local GitHub.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestOctokit, startGitHubServer } from '../support/github-server/index.js';
import { pushImage, startRegistry, type TestRegistry } from '../support/registry/index.js';
import { repoRoot } from '../support/run-action.js';
import { readWorkflow, runJob } from '../support/workflow-driver.js';

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
