/**
 * `gitops-promote verify` and colour, spawned as a user runs them: against real registries on
 * loopback (anonymous, and htpasswd with credentials from the Docker config file or from a
 * `credsStore` helper on PATH), on a pseudo-terminal (`script`) for colour and progress, and
 * piped or with NO_COLOR for none.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git, writeFiles } from './support/git-fixture.js';
import { pushImage, startRegistry, type TestRegistry } from './support/registry/index.js';
import { repoRoot } from './support/run-action.js';
import { runCli, runCliInTty } from './support/run-cli.js';

const PASSWORD = 'Cli-s3cret-pw';
const ABSENT = `sha256:${'0'.repeat(64)}`;
const ESC = '\u001b[';

const values = (image: string) =>
  `image:\n  repository: ${image.split('@')[0]}\n  digest: ${image.split('@')[1]}\n`;
const deployment = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;

function configDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-verify-'));
  writeFiles(dir, files);
  return dir;
}

describe('verify against a real registry', () => {
  let open: TestRegistry;
  let locked: TestRegistry;
  let api: { digest: string };
  let app: { digest: string };

  beforeAll(async () => {
    [open, locked] = await Promise.all([
      startRegistry(),
      startRegistry({ auth: { mode: 'htpasswd', users: { ci: PASSWORD } } }),
    ]);
    api = await pushImage(open, 'acme/api', '1.0.0');
    app = await pushImage(locked, 'private/app', '1.0.0');
  });
  afterAll(async () => {
    await open?.stop();
    await locked?.stop();
  });

  const flags = ['--files', 'k8s/*.yaml', '--insecure-registries', '127.0.0.1'];

  test('every image pinned and present: exit 0, the verdict on stdout', async () => {
    const dir = configDir({ 'k8s/api.yaml': deployment(`${open.host}/acme/api@${api.digest}`) });
    const run = await runCli(['verify', ...flags], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run).toEqual({
      exitCode: 0,
      stdout: 'No violation: 1 unique image checked in 1 file.\n',
      stderr: '',
    });
  });

  test('a digest the registry lacks and a tag alone: exit 1, an aligned table, --json', async () => {
    const dir = configDir({
      'k8s/api.yaml': deployment(`${open.host}/acme/api@${ABSENT}`),
      'k8s/web.yaml': deployment(`${open.host}/acme/web:latest`),
    });
    const run = await runCli(['verify', ...flags], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^WHERE +RULE +IMAGE +MESSAGE$/);
    expect(lines[1]).toMatch(
      /^k8s\/api\.yaml:10 +digest-missing +127\.0\.0\.1:\d+\/acme\/api@sha256:0+ +/,
    );
    expect(lines[2]).toMatch(
      /^k8s\/web\.yaml:10 +require-digest +127\.0\.0\.1:\d+\/acme\/web:latest +/,
    );
    expect(lines[1]?.indexOf('digest-missing')).toBe(lines[2]?.indexOf('require-digest'));
    expect(lines.at(-1)).toBe('2 violations in 2 files (2 unique images checked in 2 files).');

    const json = await runCli(['verify', ...flags, '--json', '--report', 'report.json'], {
      cwd: dir,
    });
    expect(json.exitCode).toBe(1);
    const out = JSON.parse(json.stdout) as {
      verdict: string;
      checked: number;
      violations: Array<{ rule: string; file: string }>;
      report: string;
    };
    expect(out.verdict).toBe('failed');
    expect(out.checked).toBe(2);
    expect(out.violations.map((v) => [v.file, v.rule])).toEqual([
      ['k8s/api.yaml', 'digest-missing'],
      ['k8s/web.yaml', 'require-digest'],
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({
      verdict: 'failed',
      checked: 2,
    });
  });

  test('a private registry: unauthorized without credentials, passes with the Docker config', async () => {
    const dir = configDir({
      'k8s/app.yaml': deployment(`${locked.host}/private/app@${app.digest}`),
    });
    const anonymous = await runCli(['verify', ...flags], { cwd: dir });
    expect(anonymous.exitCode).toBe(1);
    expect(anonymous.stdout).toContain('registry-error');

    const home = mkdtempSync(join(tmpdir(), 'cli-home-'));
    const auth = Buffer.from(`ci:${PASSWORD}`).toString('base64');
    writeFiles(home, {
      '.docker/config.json': JSON.stringify({ auths: { [locked.host]: { auth } } }),
    });
    const run = await runCli(['verify', ...flags], { cwd: dir, env: { HOME: home } });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(`Credentials for ${locked.host} from ${home}/.docker/config.json`);
    expect(`${run.stdout}${run.stderr}`).not.toContain(PASSWORD);
    expect(`${run.stdout}${run.stderr}`).not.toContain(auth);
  });

  test('credsStore: the helper is run as Docker runs it (get, the server on stdin)', async () => {
    const dir = configDir({
      'k8s/app.yaml': deployment(`${locked.host}/private/app@${app.digest}`),
    });
    const config = mkdtempSync(join(tmpdir(), 'cli-docker-config-'));
    const bin = join(config, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(config, 'config.json'),
      JSON.stringify({ auths: {}, credsStore: 'testvault' }),
    );
    const helper = join(bin, 'docker-credential-testvault');
    writeFileSync(
      helper,
      `#!/bin/sh\n[ "$1" = get ] || exit 3\nread -r server\necho "$server" >> ${JSON.stringify(join(config, 'asked'))}\n` +
        `[ "$server" = ${JSON.stringify(locked.host)} ] || { echo "credentials not found in native keychain"; exit 1; }\n` +
        `printf '{"ServerURL":"%s","Username":"ci","Secret":"${PASSWORD}"}' "$server"\n`,
    );
    chmodSync(helper, 0o755);
    const run = await runCli(['verify', ...flags, '--json'], {
      cwd: dir,
      env: { DOCKER_CONFIG: config, PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(run.exitCode).toBe(0);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('passed');
    expect(readFileSync(join(config, 'asked'), 'utf8')).toBe(`${locked.host}\n`);
    expect(run.stderr).toContain('Credentials for * from docker-credential-testvault');
    expect(`${run.stdout}${run.stderr}`).not.toContain(PASSWORD);
  });

  test('on a terminal: coloured verdict and a progress line; never with NO_COLOR', async () => {
    const dir = configDir({ 'k8s/api.yaml': deployment(`${open.host}/acme/api@${api.digest}`) });
    const tty = await runCliInTty(['verify', ...flags], { cwd: dir });
    expect(tty.exitCode).toBe(0);
    expect(tty.stdout).toContain('Looking up manifests: 1/1');
    expect(tty.stdout).toContain(
      `${ESC}32mNo violation: 1 unique image checked in 1 file.${ESC}39m`,
    );
    const plain = await runCliInTty(['verify', ...flags], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout).toContain('No violation');
    expect(plain.stdout).not.toContain(`${ESC}32m`);
  });

  test('no file matches --files: exit 2, nothing verified', async () => {
    const dir = configDir({ 'k8s/api.yaml': values(`${open.host}/acme/api@${api.digest}`) });
    const run = await runCli(
      ['verify', '--files', 'helm/*/values-{env}.yaml', '--environment', 'prod'],
      {
        cwd: dir,
      },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Flag '--files': "helm/*/values-prod.yaml" matches no file`);
  });
});

describe('bump on a terminal', () => {
  const golden = join(repoRoot, 'test', 'golden', 'seed-001-helm-splattop-values');
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cli-tty-'));
    cpSync(join(golden, 'input'), dir, { recursive: true });
    cpSync(join(golden, 'component-tags.json'), join(dir, 'component-tags.json'));
    git(dir, ['init', '-q', '-b', 'main']);
    return dir;
  }
  const args = ['bump', '--files', 'helm/*/values-{env}.yaml', '--environment', 'staging'];

  test('the diff is coloured on a TTY: removed red, added green, hunks cyan', async () => {
    const run = await runCliInTty(args, { cwd: repo() });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`${ESC}31m-    tag: "1.7.2"${ESC}39m`);
    expect(run.stdout).toContain(`${ESC}32m+    tag: "1.7.3"${ESC}39m`);
    expect(run.stdout).toMatch(new RegExp(`\\u001b\\[36m@@ -11,8 \\+11,8 @@`));
  });

  test.each([
    ['NO_COLOR on a TTY', { NO_COLOR: '1' }, true],
    ['a pipe', {}, false],
  ])('no colour with %s', async (_, env, tty) => {
    const run = tty
      ? await runCliInTty(args, { cwd: repo(), env })
      : await runCli(args, { cwd: repo(), env });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('+    tag: "1.7.3"');
    expect(run.stdout).not.toContain(ESC);
  });
});
