/**
 * The bundled CLI, spawned as a user runs it, on real Git repositories: usage and exit codes,
 * `bump` (the diff of a dry run is a patch `git apply` takes; --write, --push to a bare remote),
 * `tags` and `record`, and bad input that names the flag, the value and the rule.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addHolds } from '@gitops-promote/core/promotion';
import { git, makeRepository, writeFiles } from './support/git-fixture.js';
import { runCli } from './support/run-cli.js';
import { repoRoot } from './support/run-action.js';

const GOLDEN = join(repoRoot, 'test', 'golden', 'seed-001-helm-splattop-values');
const VALUES = 'helm/splattop/values-staging.yaml';
const FILES = 'helm/splattop/values-{env}.yaml';

/** A clone of the seed-001 config repository, pushed to a bare remote. */
function configRepo(): { dir: string; remote: string } {
  const remote = mkdtempSync(join(tmpdir(), 'cli-remote-'));
  git(remote, ['init', '-q', '--bare', '-b', 'main']);
  const dir = mkdtempSync(join(tmpdir(), 'cli-config-'));
  git(dir, ['init', '-q', '-b', 'main']);
  cpSync(join(GOLDEN, 'input'), dir, { recursive: true });
  cpSync(join(GOLDEN, 'component-tags.json'), join(dir, 'component-tags.json'));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'seed']);
  git(dir, ['remote', 'add', 'origin', remote]);
  git(dir, ['push', '-q', 'origin', 'main']);
  return { dir, remote };
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

const input = (dir: string) => readFileSync(join(dir, VALUES), 'utf8');
const expected = readFileSync(join(GOLDEN, 'expected', VALUES), 'utf8');
const original = readFileSync(join(GOLDEN, 'input', VALUES), 'utf8');

describe('usage', () => {
  const cwd = tmpdir();
  test('--version prints the package version', async () => {
    const version = (
      JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const run = await runCli(['--version'], { cwd });
    expect(run).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('--help lists every command and the exit codes', async () => {
    const run = await runCli(['--help'], { cwd });
    expect(run.exitCode).toBe(0);
    for (const name of ['tags', 'record', 'bump', 'verify'])
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(run.stdout).toContain(
      'Exit codes: 0 done (or nothing to do, or waiting on a promotion gate), 1 violations or\n',
    );
  });

  test.each(['tags', 'record', 'bump', 'verify'])(
    '%s --help shows its flags and an example',
    async (name) => {
      const run = await runCli([name, '--help'], { cwd });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`Usage: gitops-promote ${name} `);
      expect(run.stdout).toMatch(new RegExp(`^  \\$ gitops-promote ${name} --`, 'm'));
      expect(run.stdout).toContain('--json');
      const prose = run.stdout.split('\n').filter((line) => !line.startsWith('  $ '));
      for (const line of prose) expect(line.length).toBeLessThanOrEqual(100);
    },
  );

  test.each([
    [[], 'Usage: gitops-promote <command>'],
    [
      ['deploy'],
      'unknown command "deploy". Commands: tags, record, bump, verify, resolve, retag, promote, rollback, holds.',
    ],
    [['bump', '--file', 'x'], "Unknown option '--file'"],
    [['bump', 'values.yaml'], 'Unexpected argument "values.yaml": flags only.'],
    [['bump', '--files'], "Option '--files <value>' argument missing"],
  ])('%j is bad usage: exit 2', async (args, message) => {
    const run = await runCli(args, { cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});

describe('bump', () => {
  test('a dry run (the default) prints a unified diff that git apply takes, and writes nothing', async () => {
    const { dir } = configRepo();
    const run = await runCli(['bump', '--files', FILES, '--environment', 'staging'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(input(dir)).toBe(original);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(run.stdout).toMatch(/^--- a\/helm\/splattop\/values-staging\.yaml\n\+\+\+ b\//);
    expect(run.stdout).toContain('-    tag: "1.7.2"\n-    digest: sha256:cc4aedb8');
    expect(run.stdout).toContain('+    tag: "1.7.3"\n+    digest: sha256:2261f27b');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toContain('6 changes in 1 file; dry run: nothing written');
    const patch = join(dir, '..', `${dir.split('/').pop()}.patch`);
    writeFileSync(patch, run.stdout);
    git(dir, ['apply', patch]);
    expect(input(dir)).toBe(expected);
  });

  test('--write writes the bytes; a second run has nothing to do (exit 0, empty stdout)', async () => {
    const { dir } = configRepo();
    const write = await runCli(['bump', '--files', FILES, '--environment', 'staging', '--write'], {
      cwd: dir,
    });
    expect(write.exitCode).toBe(0);
    expect(input(dir)).toBe(expected);
    expect(write.stderr).toContain('Wrote 6 changes in 1 file.');
    const again = await runCli(['bump', '-C', dir, '--files', FILES, '--environment', 'staging'], {
      cwd: tmpdir(),
    });
    expect(again).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'Nothing to change: every value already holds its target.\n',
    });
  });

  test('--json has the action outputs; --services narrows', async () => {
    const { dir } = configRepo();
    const run = await runCli(
      ['bump', '--files', FILES, '--environment', 'staging', '--services', 'api', '--json'],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    const changes = (
      JSON.parse(readFileSync(join(GOLDEN, 'changes.json'), 'utf8')) as Array<{
        service: string;
      }>
    ).filter((c) => c.service === 'api');
    expect(out).toEqual({
      changed: true,
      'changed-files': [VALUES],
      changes,
      'commit-sha': '',
      'dry-run': true,
      diff: expect.stringContaining('+    tag: "1.7.3"') as unknown,
    });
    expect(input(dir)).toBe(original);
  });

  test('--push commits with change trailers and pushes to the remote', async () => {
    const { dir, remote } = configRepo();
    const run = await runCli(
      ['bump', '--files', FILES, '--environment', 'staging', '--push', '--json'],
      { cwd: dir, env: IDENTITY },
    );
    expect(run.exitCode).toBe(0);
    const out = JSON.parse(run.stdout) as { 'commit-sha': string };
    expect(git(remote, ['rev-parse', 'main'])).toBe(out['commit-sha']);
    expect(git(remote, ['show', `main:${VALUES}`]) + '\n').toBe(expected);
    const message = git(remote, ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain('chore(deploy): bump api, web, worker in staging [skip ci]');
    expect(message).toContain('Promote-Change: ');
    expect(run.stderr).toContain('and pushed to main');
  });

  test.each([
    [['--write-mode', 'all'], `Flag '--write-mode': "all" must be one of tag+digest, tag, digest`],
    [['--write', '--dry-run'], `Flag '--dry-run': "true" cannot be combined with --write`],
    [
      ['--push-retries', '99', '--push'],
      `Flag '--push-retries': "99" must be a whole number from 0 to 20`,
    ],
    [['--environment', 'prod east'], `Flag '--environment': "prod east" must be a name of letters`],
    [
      ['--component-tags', 'nope.json', '--write'],
      `Flag '--component-tags': "nope.json" is not a readable file (ENOENT)`,
    ],
    [['--services', 'billing', '--write'], `Flag '--services': "billing"`],
  ])(
    '%j: exit 2, names the flag, the value and the rule, writes nothing',
    async (args, message) => {
      const { dir } = configRepo();
      const environment = args.includes('--environment') ? [] : ['--environment', 'staging'];
      const run = await runCli(['bump', '--files', FILES, ...environment, ...args], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
      expect(input(dir)).toBe(original);
      expect(git(dir, ['status', '--porcelain'])).toBe('');
    },
  );

  test('--files is required; --json reports the error as a document too', async () => {
    const { dir } = configRepo();
    const run = await runCli(['bump', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        kind: 'InputError',
        message: expect.stringContaining(`Flag '--files': "" is required`) as unknown,
        'exit-code': 2,
      },
    });
  });

  test('--fail-on-missing turns a service found nowhere into exit 1', async () => {
    const { dir } = configRepo();
    writeFileSync(
      join(dir, 'component-tags.json'),
      JSON.stringify({ billing: { tag: '1.0.0', digest: `sha256:${'a'.repeat(64)}` } }),
    );
    const run = await runCli(
      ['bump', '--files', FILES, '--environment', 'staging', '--fail-on-missing'],
      {
        cwd: dir,
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('billing');
    expect(run.stderr).toContain('(fail-on-missing is true');
  });
});

const SHA_TIME = 1738860000;

describe('tags and record', () => {
  function appRepo() {
    const { dir, sha } = makeRepository({ 'README.md': 'app\n' }, SHA_TIME);
    return { dir, sha };
  }

  test('tags: one full reference per line, from HEAD of the workspace', async () => {
    const { dir, sha } = appRepo();
    const run = await runCli(
      ['tags', '--images', 'api=ghcr.io/acme/api', '--tags', '{{short_sha}}', '--tags', 'latest'],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(`ghcr.io/acme/api:${sha.slice(0, 7)}\nghcr.io/acme/api:latest\n`);
  });

  test('tags --json: tags, labels and version, as the action outputs', async () => {
    const { dir, sha } = appRepo();
    const run = await runCli(
      [
        'tags',
        '--images',
        'api=ghcr.io/acme/api',
        '--tags',
        'v{{version}}',
        '--version',
        '1.4.2',
        '--json',
      ],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(0);
    const out = JSON.parse(run.stdout) as { tags: string[]; labels: string[]; version: string };
    expect(out.tags).toEqual(['ghcr.io/acme/api:v1.4.2']);
    expect(out.version).toBe('1.4.2');
    expect(out.labels).toContain(`org.opencontainers.image.revision=${sha}`);
    expect(out.labels).toContain('org.opencontainers.image.created=2025-02-06T16:40:00.000Z');
  });

  test.each([
    [
      ['--images', 'api=ghcr.io/acme/api', '--sha', 'abc'],
      `Flag '--sha': "abc" must be a full commit SHA`,
    ],
    [
      ['--images', 'api=ghcr.io/acme/api', '--short-sha-length', '2'],
      `Flag '--short-sha-length': "2" must be a whole number from 4 to 40`,
    ],
    [['--tags', 'x'], `Flag '--images': "" is required`],
  ])('tags %j: exit 2', async (args, message) => {
    const { dir } = appRepo();
    const run = await runCli(['tags', ...args], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('record writes component-tags.json and merges the next record into it', async () => {
    const { dir, sha } = appRepo();
    const api = `sha256:${'1'.repeat(64)}`;
    const web = `sha256:${'2'.repeat(64)}`;
    const first = await runCli(
      ['record', '--images', 'api=ghcr.io/acme/api', '--digests', `api=${api}`],
      {
        cwd: dir,
      },
    );
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(
      /^SERVICE +IMAGE +TAG +DIGEST +COMMIT\napi +ghcr\.io\/acme\/api +/,
    );
    const second = await runCli(
      ['record', '--images', 'web=ghcr.io/acme/web', '--digests', `web=${web}`, '--json'],
      { cwd: dir },
    );
    expect(second.exitCode).toBe(0);
    const out = JSON.parse(second.stdout) as { json: string; 'component-tags-path': string };
    expect(out['component-tags-path']).toBe(join(dir, 'component-tags.json'));
    const short = sha.slice(0, 7);
    expect(JSON.parse(readFileSync(join(dir, 'component-tags.json'), 'utf8'))).toEqual({
      api: { tag: short, sha: short, digest: api, image: 'ghcr.io/acme/api' },
      web: { tag: short, sha: short, digest: web, image: 'ghcr.io/acme/web' },
    });
    expect(out.json).toBe(readFileSync(join(dir, 'component-tags.json'), 'utf8'));
  });

  test('record with a bad digest: exit 2, nothing written', async () => {
    const { dir } = appRepo();
    const run = await runCli(
      ['record', '--images', 'api=ghcr.io/acme/api', '--digests', 'api=sha256:xyz'],
      {
        cwd: dir,
      },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("Flag '--digests'");
    expect(existsSync(join(dir, 'component-tags.json'))).toBe(false);
  });

  test('record refuses to write outside the workspace', async () => {
    const { dir } = appRepo();
    const run = await runCli(
      [
        'record',
        '--images',
        'api=ghcr.io/acme/api',
        '--digests',
        `api=sha256:${'1'.repeat(64)}`,
        '--component-tags-path',
        '../out.json',
      ],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Flag '--component-tags-path': "../out.json"`);
    expect(existsSync(join(dir, '..', 'out.json'))).toBe(false);
  });
});

describe('holds', () => {
  const hold = {
    service: 'api',
    environment: 'prod',
    digest: `sha256:${'a'.repeat(64)}`,
    tag: '1.7.3',
    reason: 'rollback of #42',
    commit: 'abc1234def5678abc1234def5678abc1234def56',
    created: '2026-11-30T10:00:00Z',
  };

  test('lists the holds a rollback wrote, filtered by environment; --json', async () => {
    const { dir } = configRepo();
    writeFiles(dir, {
      '.gitops-promote/holds.yaml': addHolds('.gitops-promote/holds.yaml', undefined, [
        hold,
        { ...hold, service: 'web', environment: 'staging' },
      ]),
    });
    const run = await runCli(['holds', '--environment', 'prod'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SERVICE +ENVIRONMENT +TAG +DIGEST +COMMIT +CREATED +REASON$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^api +prod +1\.7\.3 +sha256:aaaaaaaaaaaa +abc1234def56 +2026-11-30T10:00:00Z +rollback of #42$/,
      ),
    ]);
    const json = await runCli(['holds', '--json'], { cwd: dir });
    expect((JSON.parse(json.stdout) as { holds: unknown[] }).holds).toHaveLength(2);
  });

  test('no holds file: nothing held, exit 0; a broken one: exit 1 naming the file', async () => {
    const { dir } = configRepo();
    const none = await runCli(['holds'], { cwd: dir });
    expect(none).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'No hold in .gitops-promote/holds.yaml.\n',
    });
    writeFiles(dir, { '.gitops-promote/holds.yaml': 'holds:\n  - service: api\n' });
    const broken = await runCli(['holds'], { cwd: dir });
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toContain(
      '.gitops-promote/holds.yaml: does not match schemas/holds.schema.json',
    );
  });
});
