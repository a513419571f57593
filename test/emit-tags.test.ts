/** The bundled emit-tags action, run as a runner runs it, on real Git repositories. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, makeRepository, writeFiles } from './support/git-fixture.js';
import { runAction } from './support/run-action.js';

const D_API = `sha256:${'a'.repeat(64)}`;
const D_WEB = `sha256:${'b'.repeat(64)}`;
const TIME = 1738860000;

function runnerEnv(dir: string, sha: string, extra: Record<string, string> = {}) {
  return {
    GITHUB_WORKSPACE: dir,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_EVENT_NAME: 'push',
    ...extra,
  };
}

describe('emit-tags computes the seeds’ tag formats', () => {
  test('seed 003: {{env}}-v{{version}}-{{short_sha}}-{{timestamp}} from the commit time', async () => {
    const { dir, sha } = makeRepository({ 'README.md': 'x' }, TIME);
    const run = await runAction('emit-tags', {
      inputs: {
        images: 'backend=ghcr.io/org/backend',
        tags: '{{env}}\n{{env}}-v{{version}}-{{short_sha}}-{{timestamp}}\n{{short_sha}}',
        environment: 'develop',
        version: 'v0.0.1',
      },
      env: runnerEnv(dir, sha),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const short = sha.slice(0, 7);
    expect(run.outputs.tags).toBe(
      [
        'ghcr.io/org/backend:develop',
        `ghcr.io/org/backend:develop-v0.0.1-${short}-${TIME}`,
        `ghcr.io/org/backend:${short}`,
      ].join('\n'),
    );
    expect(run.outputs.version).toBe('0.0.1');
    expect(run.outputs.labels).toBe(
      [
        'org.opencontainers.image.created=2025-02-06T16:40:00.000Z',
        `org.opencontainers.image.revision=${sha}`,
        'org.opencontainers.image.source=https://github.com/acme/app',
        'org.opencontainers.image.version=0.0.1',
      ].join('\n'),
    );
  });

  test('seed 002: short SHA, sha-<full> and latest; two calls give the same tags', async () => {
    const { dir, sha } = makeRepository({ 'backend/main.go': 'package main' });
    const inputs = {
      images: 'backend=ghcr.io/sogos-llc/mirai-app/mirai-backend',
      tags: '{{short_sha}}\nlatest\nsha-{{sha}}',
    };
    const first = await runAction('emit-tags', { inputs, env: runnerEnv(dir, sha) });
    const second = await runAction('emit-tags', { inputs, env: runnerEnv(dir, sha) });
    const repo = 'ghcr.io/sogos-llc/mirai-app/mirai-backend';
    expect(first.outputs.tags).toBe(
      `${repo}:${sha.slice(0, 7)}\n${repo}:latest\n${repo}:sha-${sha}`,
    );
    // Each run writes its own tags file (under its RUNNER_TEMP); every other output is equal.
    const withoutFile = ({ 'tags-file': file, ...rest }: Record<string, string>) => {
      expect(file).toMatch(/\/tags\.txt$/);
      return rest;
    };
    expect(withoutFile(second.outputs)).toEqual(withoutFile(first.outputs));
  });

  test('seed 004: v{{version}} from the release-please manifest', async () => {
    const { dir, sha } = makeRepository({
      '.release-please-manifest.json': '{".": "0.2.1"}\n',
      'package.json': '{"version": "9.9.9"}',
    });
    git(dir, ['tag', 'v5.0.0']);
    const run = await runAction('emit-tags', {
      inputs: { images: 'controller=ghcr.io/5dlabs/controller', tags: 'v{{version}}' },
      env: runnerEnv(dir, sha),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.tags).toBe('ghcr.io/5dlabs/controller:v0.2.1');
    expect(run.outputs.version).toBe('0.2.1');
  });

  test('a release-please manifest of several packages names them and asks for version', async () => {
    const { dir, sha } = makeRepository({
      '.release-please-manifest.json': '{"services/api": "0.2.1", "services/web": "1.4.0"}\n',
      'package.json': '{"version": "9.9.9"}',
    });
    const run = await runAction('emit-tags', {
      inputs: { images: 'api=ghcr.io/acme/api', tags: 'v{{version}}' },
      env: runnerEnv(dir, sha),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /'version'.*several packages \('services\/api', 'services\/web'\).*services\/api--version/,
    );
    const sha7 = await runAction('emit-tags', {
      inputs: { images: 'api=ghcr.io/acme/api', tags: '{{short_sha}}' },
      env: runnerEnv(dir, sha),
    });
    expect(sha7.exitCode, 'a run that needs no version is not stopped').toBe(0);
  });

  test('the newest v* tag reachable from sha, then package.json', async () => {
    const { dir, sha } = makeRepository({ 'package.json': '{"version": "3.0.0"}' });
    const inputs = { images: 'api=ghcr.io/acme/api', tags: '{{version}}' };
    expect((await runAction('emit-tags', { inputs, env: runnerEnv(dir, sha) })).outputs.tags).toBe(
      'ghcr.io/acme/api:3.0.0',
    );
    git(dir, ['tag', 'v1.2.0']);
    git(dir, ['tag', 'v1.10.0']);
    git(dir, ['tag', 'not-a-version']);
    expect((await runAction('emit-tags', { inputs, env: runnerEnv(dir, sha) })).outputs.tags).toBe(
      'ghcr.io/acme/api:1.10.0',
    );
  });

  test('a pull request uses the head SHA, not the merge SHA; {{branch}} and {{run_number}}', async () => {
    const { dir, sha } = makeRepository({ a: '1' });
    const event = join(dir, '..', `event-${Date.now()}.json`);
    const head = 'c'.repeat(40);
    writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: head } } }));
    const run = await runAction('emit-tags', {
      inputs: {
        images: 'api=ghcr.io/acme/api',
        tags: 'pr-{{short_sha}}\n{{branch}}-{{run_number}}',
        timestamp: '1',
      },
      env: runnerEnv(dir, sha, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_HEAD_REF: 'feature/Add_thing',
      }),
    });
    expect(run.outputs.tags).toBe(
      'ghcr.io/acme/api:pr-ccccccc\nghcr.io/acme/api:feature-Add_thing-42',
    );
  });
});

describe('emit-tags records component-tags.json', () => {
  test('writes the file, uploads the artifact and writes a summary', async () => {
    const { dir, sha } = makeRepository({ a: '1' });
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    const run = await runAction('emit-tags', {
      inputs: {
        images: 'api=ghcr.io/acme/api\nweb=ghcr.io/acme/web',
        tags: '1.7.3\nlatest',
        digests: `api=${D_API}\nweb=${D_WEB}`,
      },
      env: { ...runnerEnv(dir, sha), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.exitCode).toBe(0);
    const expected = {
      api: { tag: '1.7.3', sha: sha.slice(0, 7), digest: D_API, image: 'ghcr.io/acme/api' },
      web: { tag: '1.7.3', sha: sha.slice(0, 7), digest: D_WEB, image: 'ghcr.io/acme/web' },
    };
    expect(JSON.parse(readFileSync(join(dir, 'component-tags.json'), 'utf8'))).toEqual(expected);
    expect(JSON.parse(run.outputs.json as string)).toEqual(expected);
    expect(run.outputs['component-tags-path']).toBe(join(dir, 'component-tags.json'));
    expect(readdirSync(artifacts)).toEqual(['component-tags']);
    expect(
      JSON.parse(readFileSync(join(artifacts, 'component-tags', 'component-tags.json'), 'utf8')),
    ).toEqual(expected);
    expect(run.summary).toContain('| Service | Image | Tag | Digest | Commit |');
    expect(run.summary).toContain('| api | `ghcr.io/acme/api` | `1.7.3` | `sha256:aaaaaaaaaaaa` |');
  });

  test('an empty artifact-name disables the upload', async () => {
    const { dir, sha } = makeRepository({ a: '1' });
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    const run = await runAction('emit-tags', {
      inputs: { images: 'api=ghcr.io/acme/api', digests: `api=${D_API}`, 'artifact-name': '' },
      env: { ...runnerEnv(dir, sha), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.exitCode).toBe(0);
    expect(readdirSync(artifacts)).toEqual([]);
  });

  test('merge-artifacts merges one record per matrix job and uploads the result', async () => {
    const { dir, sha } = makeRepository({ a: '1' });
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    writeFiles(artifacts, {
      'component-tags-api/component-tags.json': JSON.stringify({
        api: { tag: '1', digest: D_API },
      }),
      'component-tags-web/component-tags.json': JSON.stringify({
        web: { tag: '2', digest: D_WEB },
      }),
      'unrelated/x.json': '{}',
    });
    const run = await runAction('emit-tags', {
      inputs: { 'merge-artifacts': 'component-tags-*' },
      env: { ...runnerEnv(dir, sha), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.stdout).not.toContain('::error');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.json as string)).toEqual({
      api: { tag: '1', digest: D_API },
      web: { tag: '2', digest: D_WEB },
    });
    expect(readdirSync(artifacts).sort()).toEqual([
      'component-tags',
      'component-tags-api',
      'component-tags-web',
      'unrelated',
    ]);
  });

  test('a conflicting entry across artifacts fails and names the service and field', async () => {
    const { dir, sha } = makeRepository({ a: '1' });
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    writeFiles(artifacts, {
      'component-tags-1/component-tags.json': JSON.stringify({ api: { tag: '1', digest: D_API } }),
      'component-tags-2/component-tags.json': JSON.stringify({ api: { tag: '1', digest: D_WEB } }),
    });
    const run = await runAction('emit-tags', {
      inputs: { 'merge-artifacts': 'component-tags-*' },
      env: { ...runnerEnv(dir, sha), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*service 'api', field 'digest'.*conflicts/);
    expect(existsSync(join(dir, 'component-tags.json'))).toBe(false);
    expect(existsSync(join(artifacts, 'component-tags'))).toBe(false);
  });
});

describe('emit-tags rejects bad input, writes and uploads nothing', () => {
  test.each([
    [
      'a non-semver version',
      { version: '1.2', tags: '{{version}}' },
      /Input 'version': "1.2" is not a semantic version/,
    ],
    [
      'an uppercase repository',
      { images: 'api=ghcr.io/Acme/api' },
      /Input 'images': "ghcr.io\/Acme\/api" \(line 1\) is not a valid repository.*lowercase/,
    ],
    [
      'bad characters in a repository',
      { images: 'api=ghcr.io/acme/a$pi' },
      /Input 'images'.*is not a valid repository/,
    ],
    [
      'a line without =',
      { images: 'ghcr.io/acme/api' },
      /Input 'images'.*is not of the form service=repository/,
    ],
    [
      'a tag over 128 characters',
      { tags: `x${'y'.repeat(128)}` },
      /Input 'tags'.*renders to .* which is 129 characters long; a tag has at most 128/,
    ],
    [
      'a template rendering a bad tag',
      { tags: '-{{short_sha}}' },
      /Input 'tags': "-\{\{short_sha\}\}" renders to .*must match/,
    ],
    [
      'an unknown placeholder',
      { tags: '{{commit}}' },
      /Input 'tags': "\{\{commit\}\}" uses the unknown placeholder \{\{commit\}\}/,
    ],
    [
      '{{version}} when none is found',
      { tags: 'v{{version}}' },
      /Input 'tags': "v\{\{version\}\}" needs \{\{version\}\}, but no value was found \(set 'version'\)/,
    ],
    ['{{env}} without environment', { tags: '{{env}}' }, /needs \{\{env\}\}.*set 'environment'/],
    [
      'a digest that is not sha256 + 64 hex',
      { digests: 'api=sha256:1234' },
      /Input 'digests': "sha256:1234" \(line 1\) is not a valid digest/,
    ],
    [
      'a digest for a service not in images',
      { digests: `web=${D_WEB}` },
      /Input 'digests': ".*" \(line 1\) names the service 'web', which is not in 'images' \(api\)/,
    ],
    ['a short sha', { sha: 'abc1234' }, /Input 'sha': "abc1234" must be a full commit SHA/],
    [
      'a bad short-sha-length',
      { 'short-sha-length': '3' },
      /Input 'short-sha-length': "3" must be a whole number from 4 to 40/,
    ],
    [
      'a path outside the workspace',
      { digests: `api=${D_API}`, 'component-tags-path': '../escape.json' },
      /Input 'component-tags-path': "..\/escape.json" is outside the workspace/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const { dir, sha } = makeRepository({ a: '1' });
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    const run = await runAction('emit-tags', {
      inputs: { images: 'api=ghcr.io/acme/api', digests: `api=${D_API}`, ...inputs },
      env: { ...runnerEnv(dir, sha), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(existsSync(join(dir, 'component-tags.json'))).toBe(false);
    expect(existsSync(join(dir, '..', 'escape.json'))).toBe(false);
    expect(readdirSync(artifacts)).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  test('a broken existing component-tags file fails before any output is set', async () => {
    const { dir, sha } = makeRepository({ 'component-tags.json': '{"api": {"tag": ' });
    const artifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    const run = await runAction('emit-tags', {
      inputs: { images: 'api=ghcr.io/acme/api', tags: '{{short_sha}}', digests: `api=${D_API}` },
      env: { ...runnerEnv(dir, sha), GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^Input 'component-tags-path': existing file component-tags\.json: is not valid JSON/,
      ),
    ]);
    expect(run.outputs).toEqual({});
    expect(readFileSync(join(dir, 'component-tags.json'), 'utf8')).toBe('{"api": {"tag": ');
    expect(readdirSync(artifacts)).toEqual([]);
  });
});
