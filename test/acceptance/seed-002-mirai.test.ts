/**
 * Seed 002 (mirai, kustomize `images:` committed straight to main): build-backend.yml's build
 * job run from the example file by the workflow driver. Checkout clones a real bare remote; the
 * docker build pushes a real image to the loopback registry (standing for ghcr.io) under the
 * tags and labels emit-tags computed; bump-values commits and pushes with real git.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git } from '../support/git-fixture.js';
import { pushImage, startRegistry, type TestRegistry } from '../support/registry/index.js';
import { repoRoot } from '../support/run-action.js';
import { readWorkflow, runJob, type StandIn } from '../support/workflow-driver.js';

const APP = join(repoRoot, 'examples', '002-mirai', 'app');
const workflow = readWorkflow(join(APP, '.github', 'workflows', 'build-backend.yml'));
const KUSTOMIZATION = 'k8s/backend/kustomization.yaml';
const IMAGE = 'sogos-llc/mirai-app/mirai-backend';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
}, 60_000);
afterAll(async () => {
  await registry?.stop();
});

/** The app repository on a bare remote, from the example's tree. */
function appRemote(): { remote: string; sha: string } {
  const remote = mkdtempSync(join(tmpdir(), 'seed-002-remote-'));
  git(remote, ['init', '-q', '--bare', '-b', 'main']);
  const seed = mkdtempSync(join(tmpdir(), 'seed-002-seed-'));
  git(seed, ['init', '-q', '-b', 'main']);
  cpSync(APP, seed, { recursive: true });
  git(seed, ['add', '-A']);
  // A fixed date makes the SHA fixed: a random one is all digits (or `1e5…`) one run in 20,
  // and bump-values then rightly quotes the short-SHA tag the expectation below writes plain.
  const date = '2026-11-30T12:00:00Z';
  git(seed, ['commit', '-q', '-m', 'feat(backend): something new'], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  git(seed, ['remote', 'add', 'origin', remote]);
  git(seed, ['push', '-q', 'origin', 'main']);
  return { remote, sha: git(seed, ['rev-parse', 'HEAD']) };
}

async function digestOf(tag: string): Promise<string | undefined> {
  const response = await fetch(`${registry.url}/v2/${IMAGE}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return response.status === 200
    ? (response.headers.get('docker-content-digest') ?? '')
    : undefined;
}

describe('seed 002: build-backend.yml', () => {
  test(
    'pushes the image under its tags and commits the new tag to main',
    { timeout: 60_000 },
    async () => {
      const { remote, sha } = appRemote();
      const short = sha.slice(0, 7);
      expect(short).not.toMatch(/^[0-9]*(e[0-9]+)?$/);
      const workspace = mkdtempSync(join(tmpdir(), 'seed-002-ws-'));
      const checkout: StandIn = async (given) => {
        expect(given['fetch-depth']).toBe('0');
        git(workspace, ['clone', '-q', remote, '.']);
        return {};
      };
      let pushed: string[] = [];
      /** docker/build-push-action: a real image, pushed to the loopback registry under each tag. */
      const build: StandIn = async (given) => {
        const labels = Object.fromEntries(
          given.labels
            ?.split('\n')
            .filter(Boolean)
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]) ?? [],
        );
        pushed = (given.tags ?? '').split(/[\n,]/).filter(Boolean);
        let digest = '';
        for (const ref of pushed) {
          expect(ref.startsWith(`ghcr.io/${IMAGE}:`)).toBe(true);
          digest = (
            await pushImage(registry, IMAGE, ref.slice(ref.lastIndexOf(':') + 1), {
              seed: 'backend',
              labels,
            })
          ).digest;
        }
        return { digest };
      };
      const run = await runJob(workflow, 'build', {
        env: {
          GITHUB_WORKSPACE: workspace,
          GITHUB_SHA: sha,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_REPOSITORY: 'sogos-llc/mirai-app',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_RUN_ID: '77',
          GITOPS_PROMOTE_ARTIFACT_DIR: mkdtempSync(join(tmpdir(), 'seed-002-artifacts-')),
        },
        context: { secrets: { GITHUB_TOKEN: 'unused' }, github: { actor: 'octo-human' } },
        standIns: {
          'actions/checkout@v4': checkout,
          'docker/setup-buildx-action@v3': async () => ({}),
          'docker/login-action@v3': async () => ({}),
          build,
        },
      });

      expect(pushed.map((r) => r.slice(r.lastIndexOf(':') + 1))).toEqual([
        short,
        `sha-${sha}`,
        'latest',
      ]);
      const digest = await digestOf(short);
      expect(digest).toMatch(/^sha256:/);
      expect(await digestOf('latest')).toBe(digest);
      const recorded = JSON.parse(readFileSync(join(workspace, 'component-tags.json'), 'utf8'));
      expect(recorded).toEqual({
        'mirai-backend': { tag: short, sha: short, digest, image: `ghcr.io/${IMAGE}` },
      });
      expect(run.steps.at(-1)?.run?.outputs.changed).toBe('true');
      const head = git(remote, ['rev-parse', 'main']);
      expect(git(remote, ['log', '-1', '--format=%s', head])).toBe(
        'chore: update backend image [skip ci]',
      );
      expect(git(remote, ['show', `${head}:${KUSTOMIZATION}`]) + '\n').toBe(
        readFileSync(join(APP, KUSTOMIZATION), 'utf8').replace(
          'newTag: e5c2216',
          `newTag: ${short}`,
        ),
      );
    },
  );
});
