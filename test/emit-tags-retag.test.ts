/**
 * emit-tags `mode: retag | resolve`, the bundle run as a runner runs it, against a real
 * registry (distribution on loopback) holding images whose configs carry the OCI labels, an
 * index, and a paginating proxy in front of the same registry.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  pushImage,
  pushIndex,
  startPaginatingProxy,
  startRegistry,
  type PaginatingProxy,
  type PushedImage,
  type PushedIndex,
  type TestRegistry,
} from './support/registry/index.js';
import { createTestOctokit, startGitHubServer } from './support/github-server/index.js';
import { runAction } from './support/run-action.js';

const SHA = 'c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6';
const OTHER_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4';
const STAGING = '^staging-v[0-9]+\\.[0-9]+\\.[0-9]+-[a-f0-9]+-(?P<ts>[0-9]+)$';
const PROMOTED = 'production-v{{version}}-{{short_sha}}-{{timestamp}}\nproduction';
const AT = '1738869000';

let registry: TestRegistry;
let proxy: PaginatingProxy;
let newest: PushedIndex;
let older: PushedImage;
let single: PushedImage;

function labels(version: string, revision: string): Record<string, string> {
  return {
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.revision': revision,
  };
}

beforeAll(async () => {
  registry = await startRegistry();
  // backend: staging tags over time; the newest timestamp is an index.
  older = await pushImage(registry, 'org/backend', 'staging-v0.0.1-a1b2c3d-1738860123', {
    seed: 'old',
    labels: labels('0.0.1', OTHER_SHA),
  });
  newest = await pushIndex(registry, 'org/backend', 'staging-v0.0.2-c3d4e5f-1738869999', {
    seed: 'new',
    labels: labels('0.0.2', SHA),
  });
  await pushImage(registry, 'org/backend', 'develop-v0.0.3-d4e5f60-1738999999', { seed: 'dev' });
  for (const tag of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'])
    await pushImage(registry, 'org/backend', tag, { seed: tag });
  // frontend: a single image without labels; its filter names the groups instead.
  single = await pushImage(registry, 'org/frontend', 'staging-v1.4.0-0a1b2c3-1738860000', {
    seed: 'front',
  });
  proxy = await startPaginatingProxy({ target: registry.host, pageSize: 3 });
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'retag-ws-'));
}

function env(dir: string): Record<string, string> {
  return {
    GITHUB_WORKSPACE: dir,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REPOSITORY: 'org/backend',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_NUMBER: '7',
  };
}

async function retag(inputs: Record<string, string>, dir = workspace(), host = registry.host) {
  return runAction('emit-tags', {
    inputs: {
      mode: 'retag',
      images: `backend=${host}/org/backend`,
      'insecure-registries': '127.0.0.1',
      'artifact-name': '',
      timestamp: AT,
      ...inputs,
    },
    env: env(dir),
  });
}

async function digestOf(repository: string, tag: string): Promise<string | undefined> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept: [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
      ].join(', '),
    },
  });
  return response.status === 200
    ? (response.headers.get('docker-content-digest') ?? '')
    : undefined;
}

async function manifestOf(repository: string, tag: string) {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  return {
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

async function tagsOf(repository: string): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/${repository}/tags/list`);
  return ((await response.json()) as { tags: string[] }).tags.sort();
}

describe('mode: retag', () => {
  const immutable = `production-v0.0.2-c3d4e5f-${AT}`;

  test('seed 003: promote the newest staging tag (an index) to production, digest unchanged', async () => {
    const dir = workspace();
    const run = await retag(
      { tags: PROMOTED, policy: 'numerical', 'policy-filter': STAGING, 'policy-extract': '$ts' },
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['source-tag']).toBe('staging-v0.0.2-c3d4e5f-1738869999');
    expect(run.outputs['source-digest']).toBe(newest.digest);
    expect(run.outputs.version).toBe('0.0.2');
    expect(run.outputs.tags).toBe(
      `${registry.host}/org/backend:${immutable}\n${registry.host}/org/backend:production`,
    );
    for (const tag of [immutable, 'production']) {
      expect(await digestOf('org/backend', tag)).toBe(newest.digest);
      const served = await manifestOf('org/backend', tag);
      expect(served.type).toBe('application/vnd.oci.image.index.v1+json');
      expect(served.body.equals(newest.manifest)).toBe(true);
    }
    const record = JSON.parse(readFileSync(join(dir, 'component-tags.json'), 'utf8')) as unknown;
    expect(record).toEqual({
      backend: {
        tag: immutable,
        sha: 'c3d4e5f',
        digest: newest.digest,
        image: `${registry.host}/org/backend`,
      },
    });
    expect(run.outputs.json).toBe(readFileSync(join(dir, 'component-tags.json'), 'utf8'));
    expect(run.summary).toContain('## Retag');
    expect(run.summary).toContain('10 tags listed, 2 kept by the filter, 2 candidates');
    expect(run.summary).toContain('winner `staging-v0.0.2-c3d4e5f-1738869999`');
    expect(run.summary).toContain(
      `| \`${registry.host}/org/backend:production\` | alias | pushed |`,
    );
    expect(run.summary).toContain('`0.0.2` (from label)');

    // A re-run pushes nothing: every tag already points at the source.
    const again = await retag({
      tags: PROMOTED,
      policy: 'numerical',
      'policy-filter': STAGING,
      'policy-extract': '$ts',
    });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain(`keep ${registry.host}/org/backend:production`);
    expect(again.stdout).not.toMatch(/^ {2}push /m);
    expect(again.summary).toContain('| alias | already there |');
  });

  test('an alias moves; an immutable tag pointing elsewhere fails before anything is pushed', async () => {
    // `production` points at the newest index after the first test; move it back to the older.
    const moved = await retag({
      tags: 'production',
      'from-tag': 'staging-v0.0.1-a1b2c3d-1738860123',
    });
    expect(moved.exitCode).toBe(0);
    expect(await digestOf('org/backend', 'production')).toBe(older.digest);

    // The immutable tag already holds the index: putting the older image under it must
    // fail, and `hotfix`, listed after it, must not be pushed either.
    const before = await tagsOf('org/backend');
    // A template with a placeholder makes an immutable tag; this one renders the same tag.
    const clash = await retag({
      tags: 'production-v0.0.2-c3d4e5f-{{timestamp}}\nhotfix',
      'from-tag': 'staging-v0.0.1-a1b2c3d-1738860123',
    });
    expect(clash.exitCode).toBe(1);
    expect(clash.stdout).toContain(
      `::error::${registry.host}/org/backend:${immutable} already points at ${newest.digest}, not the source ${older.digest}`,
    );
    expect(await tagsOf('org/backend')).toEqual(before);
    expect(await digestOf('org/backend', 'production')).toBe(older.digest);
  });

  test('a policy with no candidate fails, says what was listed and kept, and pushes nothing', async () => {
    const before = await tagsOf('org/backend');
    const run = await retag({
      tags: 'qa',
      policy: 'semver:>=1.0.0',
      'policy-filter': STAGING,
      'policy-extract': '$ts',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      'the registry listed ' +
        String(before.length) +
        ' tags, the filter kept 2, none of which qualifies',
    );
    expect(await tagsOf('org/backend')).toEqual(before);
  });

  test('dry-run prints what would be pushed and pushes nothing', async () => {
    const before = await tagsOf('org/frontend');
    const run = await retag({
      images: `frontend=${registry.host}/org/frontend`,
      tags: 'production-v{{version}}-{{short_sha}}\nproduction',
      policy: 'semver:>=1.0.0',
      'policy-filter': '^staging-v(?P<version>[0-9.]+)-(?P<sha>[a-f0-9]+)-[0-9]+$',
      'policy-extract': '$version',
      'dry-run': 'true',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      `would push ${registry.host}/org/frontend:production-v1.4.0-0a1b2c3`,
    );
    expect(run.summary).toContain('## Retag (dry run)');
    expect(run.summary).toContain('`1.4.0` (from filter)');
    expect(run.outputs['source-digest']).toBe(single.digest);
    expect(await tagsOf('org/frontend')).toEqual(before);
  });

  test('a paginating registry gives the same choice', async () => {
    const before = proxy.pages();
    const run = await retag(
      {
        mode: 'resolve',
        policy: 'numerical',
        'policy-filter': STAGING,
        'policy-extract': '$ts',
      },
      workspace(),
      proxy.host,
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['source-tag']).toBe('staging-v0.0.2-c3d4e5f-1738869999');
    expect(run.outputs['source-digest']).toBe(newest.digest);
    expect(proxy.pages() - before).toBeGreaterThanOrEqual(4);
  });
});

describe('mode: resolve', () => {
  test('seed 004: the highest v*.*.* tag, recorded with its digest, nothing pushed', async () => {
    const v1 = await pushImage(registry, 'org/controller', 'v0.9.0', { seed: 'c9' });
    const v10 = await pushImage(registry, 'org/controller', 'v0.10.0', {
      seed: 'c10',
      labels: labels('0.10.0', SHA),
    });
    await pushImage(registry, 'org/controller', 'latest', { seed: 'c9' });
    expect(v1.digest).not.toBe(v10.digest);
    const before = await tagsOf('org/controller');
    const dir = workspace();
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    const run = await runAction('emit-tags', {
      inputs: {
        mode: 'resolve',
        images: `controller=${registry.host}/org/controller`,
        'insecure-registries': '127.0.0.1',
        policy: 'semver:>=0.0.0',
        'policy-filter': '^v[0-9]+\\.[0-9]+\\.[0-9]+$',
      },
      env: { ...env(dir), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['source-tag']).toBe('v0.10.0');
    expect(run.outputs.tags).toBe('');
    expect(JSON.parse(run.outputs.json ?? '')).toEqual({
      controller: {
        tag: 'v0.10.0',
        sha: 'c3d4e5f',
        digest: v10.digest,
        image: `${registry.host}/org/controller`,
      },
    });
    expect(readdirSync(artifacts)).toEqual(['component-tags']);
    expect(run.summary).toContain('## Resolved source');
    expect(await tagsOf('org/controller')).toEqual(before);
  });

  test.each([
    [{ policy: '' }, "Input 'policy': \"\" is empty and so is 'from-tag'"],
    [
      { policy: 'newest' },
      'Input \'policy\': "newest" must be semver:<range>, numerical or alphabetical',
    ],
    [
      { 'from-tag': 'v1', policy: 'numerical' },
      "Input 'from-tag': \"v1\" and 'policy' are both set",
    ],
    [
      { policy: 'numerical', 'policy-order': 'up' },
      'Input \'policy-order\': "up" must be asc or desc',
    ],
    [{ mode: 'promote' }, 'Input \'mode\': "promote" must be one of build, retag, resolve'],
  ])('bad input %j fails clearly', async (inputs, message) => {
    const run = await retag({ mode: 'resolve', ...inputs });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(message);
  });
});

describe('release: true', () => {
  test('seed 003: creates the release v<version> on the source commit, a re-run updates it', async () => {
    const github = await startGitHubServer({ owner: 'org', repo: 'backend' });
    try {
      const commit = (await github.git(['rev-parse', 'refs/heads/main'])).trim();
      const source = await pushImage(registry, 'org/api', 'staging-v2.1.0-abcdef0-1738860000', {
        seed: 'release',
        labels: labels('2.1.0', commit),
      });
      const inputs = {
        images: `api=${registry.host}/org/api`,
        tags: PROMOTED,
        'from-tag': 'staging-v2.1.0-abcdef0-1738860000',
        release: 'true',
        token: github.token,
      };
      const ghEnv = { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: 'org/backend' };
      const runs = [];
      for (let i = 0; i < 2; i++) {
        const dir = workspace();
        runs.push(
          await runAction('emit-tags', {
            inputs: {
              mode: 'retag',
              'insecure-registries': '127.0.0.1',
              'artifact-name': '',
              timestamp: AT,
              ...inputs,
            },
            env: { ...env(dir), ...ghEnv },
          }),
        );
      }
      const [first, second] = runs;
      expect(first?.stderr).toBe('');
      expect(first?.exitCode).toBe(0);
      expect(first?.stdout).toContain('Created the release v2.1.0');
      expect(second?.exitCode).toBe(0);
      expect(second?.stdout).toContain('Updated the release v2.1.0');
      // The token appears only in the runner's mask command, never in a log line.
      const logged = (first?.stdout ?? '').replace(`::add-mask::${github.token}\n`, '');
      expect(first?.stdout).toContain(`::add-mask::${github.token}`);
      expect(logged).not.toContain(github.token);
      const octokit = createTestOctokit(github);
      const { data: releases } = await octokit.rest.repos.listReleases({
        owner: 'org',
        repo: 'backend',
      });
      expect(releases).toHaveLength(1);
      const [release] = releases;
      expect(release?.tag_name).toBe('v2.1.0');
      expect(release?.target_commitish).toBe(commit);
      expect(release?.body).toBe(
        [
          '| Service | Image | Tags | Digest |',
          '| --- | --- | --- | --- |',
          `| api | \`${registry.host}/org/api\` | \`production-v2.1.0-${commit.slice(0, 7)}-${AT}\`, \`production\` | \`${source.digest}\` |`,
          '',
        ].join('\n'),
      );
      expect((await github.git(['rev-parse', 'refs/tags/v2.1.0'])).trim()).toBe(commit);
      expect(second?.summary).toContain('Release [v2.1.0](');
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });

  test('without a version it fails before anything is pushed', async () => {
    const before = await tagsOf('org/frontend');
    const run = await retag({
      images: `frontend=${registry.host}/org/frontend`,
      tags: 'production',
      'from-tag': 'staging-v1.4.0-0a1b2c3-1738860000',
      release: 'true',
      token: 'x',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("'release: true' needs a version");
    expect(await tagsOf('org/frontend')).toEqual(before);
  });
});

describe('a registry behind a token service (GHCR-style)', () => {
  const PASSWORD = 'pa55-w0rd-retag';
  let secured: TestRegistry;

  beforeAll(async () => {
    secured = await startRegistry({
      auth: { mode: 'token', users: { ci: PASSWORD }, publicRepositories: ['org/app'] },
    });
    await pushImage(secured, 'org/app', 'staging-1', { seed: 's1', labels: labels('1.0.0', SHA) });
  }, 60_000);

  afterAll(async () => {
    await secured?.stop();
  });

  function run(extra: Record<string, string>) {
    return runAction('emit-tags', {
      inputs: {
        mode: 'retag',
        images: `app=${secured.host}/org/app`,
        tags: 'production',
        'from-tag': 'staging-1',
        'insecure-registries': '127.0.0.1',
        'artifact-name': '',
        ...extra,
      },
      env: env(workspace()),
    });
  }

  test('anonymous may pull but not push: the step fails naming the tag, nothing pushed', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `::error::Cannot push ${secured.host}/org/app:production: ${secured.host}/org/app:production: registry ${secured.host} refused access`,
    );
  });

  test('with registry-auth it asks for push scope and pushes; the password is never printed', async () => {
    const result = await run({ 'registry-auth': `${secured.host}=ci:${PASSWORD}` });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Credentials for ${secured.host} from registry-auth`);
    const logged = result.stdout.replace(/^::add-mask::.*\n/gm, '');
    expect(logged).not.toContain(PASSWORD);
    const scopes = secured.tokenServer?.requests.flatMap((r) => r.scopes) ?? [];
    expect(scopes).toContain('repository:org/app:pull,push');
  });
});
