/**
 * bump-values' `revert` and holds, through the bundle as a runner runs it, on a real config
 * repository with a real bare remote and real `git push`: a revert restores the bytes exactly
 * and writes its holds in the same commit; a later commit on the same values fails the step
 * naming it and writes nothing; a held service is skipped while the others go through, until
 * its entry is deleted.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseChangeTrailers } from '@gitops-promote/core/git';
import { parseHolds } from '@gitops-promote/core/promotion';
import { git, writeFiles } from './support/git-fixture.js';
import { runAction } from './support/run-action.js';

const DIGEST = (c: string): string => `sha256:${c.repeat(64)}`;
const FILE = 'helm/values-staging.yaml';
const HOLDS = '.gitops-promote/holds.yaml';
/** A values file with comments, quoting and blank lines a byte-exact revert must keep. */
const SEED = [
  '# staging: reviewed by people',
  'api:',
  '  image:',
  '    repository: ghcr.io/acme/api',
  "    tag: '1.0.0' # pinned below",
  `    digest: "${DIGEST('1')}"`,
  '',
  'web:',
  '  image:',
  '    repository: ghcr.io/acme/web',
  '    tag: 1.0.0',
  `    digest: ${DIGEST('2')}`,
  '',
].join('\n');

const tags = (api: string, web: string, a: string, w: string) => ({
  api: { tag: api, digest: DIGEST(a), image: 'ghcr.io/acme/api' },
  web: { tag: web, digest: DIGEST(w), image: 'ghcr.io/acme/web' },
});

/** A config repository checked out from a bare remote, seeded with the values file. */
function configRepo(): { dir: string; remote: string } {
  const remote = mkdtempSync(join(tmpdir(), 'revert-remote-'));
  git(remote, ['init', '-q', '--bare', '-b', 'main']);
  const dir = mkdtempSync(join(tmpdir(), 'revert-config-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Config Bot']);
  git(dir, ['config', 'user.email', 'config@example.com']);
  writeFileSync(join(dir, 'README.md'), 'config\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'readme']);
  writeFiles(dir, { [FILE]: SEED });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'seed']);
  git(dir, ['remote', 'add', 'origin', remote]);
  git(dir, ['push', '-q', 'origin', 'main']);
  return { dir, remote };
}

const env = (dir: string) => ({
  GITHUB_WORKSPACE: dir,
  GITHUB_REF_NAME: 'main',
  GITHUB_REPOSITORY: 'acme/config',
});

const FILES = 'helm/values-{env}.yaml';

/** Run bump-values with push in `dir`: bump to the component tags, or revert a commit. */
async function bumpValues(dir: string, inputs: Record<string, string>) {
  return runAction('bump-values', {
    inputs: { files: FILES, environment: 'staging', push: 'true', ...inputs },
    env: env(dir),
  });
}

/** Bump `dir` to the component tags with push; returns the pushed commit. */
async function bumpTo(dir: string, componentTags: object, services = ''): Promise<string> {
  writeFileSync(join(dir, 'component-tags.json'), JSON.stringify(componentTags));
  const run = await bumpValues(dir, { services });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return run.outputs['commit-sha'] as string;
}

const remoteFile = (remote: string, path: string) => git(remote, ['show', `main:${path}`]);
const remoteHead = (remote: string) => git(remote, ['rev-parse', 'main']);

describe('bump-values revert', () => {
  test('restores the previous bytes exactly and writes the holds in the same commit', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'), 'api');
    expect(readFileSync(join(dir, FILE), 'utf8')).not.toBe(SEED);
    const run = await bumpValues(dir, { revert: bump });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(SEED);
    expect(`${remoteFile(remote, FILE)}\n`).toBe(SEED);
    const sha = run.outputs['commit-sha'] as string;
    expect(sha).toBe(remoteHead(remote));
    expect(git(remote, ['rev-parse', `${sha}^`])).toBe(bump);
    expect(git(remote, ['show', '--name-only', '--format=', sha]).split('\n').sort()).toEqual(
      [HOLDS, FILE].sort(),
    );
    expect(run.outputs['changed-files']?.split('\n').sort()).toEqual([HOLDS, FILE].sort());
    const message = git(remote, ['show', '-s', '--format=%B', sha]);
    expect(message.split('\n')[0]).toBe(
      `revert(deploy): roll back api in staging (reverts ${bump.slice(0, 7)}) [skip ci]`,
    );
    expect(message).toContain(`This reverts commit ${bump}.`);
    const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
    expect(parseChangeTrailers(message).sort(byField)).toEqual([
      { service: 'api', file: FILE, field: 'digest', from: DIGEST('a'), to: DIGEST('1') },
      { service: 'api', file: FILE, field: 'tag', from: '2.0.0', to: '1.0.0' },
    ]);
    const holds = parseHolds(HOLDS, remoteFile(remote, HOLDS)).holds;
    expect(holds).toEqual([
      {
        service: 'api',
        environment: 'staging',
        digest: DIGEST('a'),
        tag: '2.0.0',
        reason: expect.stringContaining(`reverted by bump-values: ${bump.slice(0, 12)}`),
        commit: bump,
        created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      },
    ]);
    expect(git(dir, ['status', '--porcelain'])).toBe('?? component-tags.json');
  });

  test('a revert of a revert is refused while its services are held, and goes through with ignore-holds', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'));
    const bumped = readFileSync(join(dir, FILE), 'utf8');
    const first = await bumpValues(dir, { revert: bump });
    expect(first.exitCode).toBe(0);
    const revert = first.outputs['commit-sha'] as string;
    const refused = await bumpValues(dir, { revert });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.find((a) => a.level === 'error')?.message).toContain(
      `is held in 'staging' by ${HOLDS}, so nothing would be reverted`,
    );
    expect(remoteHead(remote)).toBe(revert);
    const second = await bumpValues(dir, { revert, 'ignore-holds': 'true' });
    expect(second.stderr).toBe('');
    expect(second.exitCode).toBe(0);
    expect(`${remoteFile(remote, FILE)}\n`).toBe(bumped);
  });

  test('services narrows the revert and its holds; a service the commit did not change fails', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'));
    const wrong = await bumpValues(dir, { revert: bump, services: 'worker' });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations.find((a) => a.level === 'error')?.message).toBe(
      `Input 'services': "worker" is not a service that commit ${bump.slice(0, 12)} changed; ` +
        'it changed api, web',
    );
    expect(remoteHead(remote)).toBe(bump);
    expect(git(dir, ['status', '--porcelain'])).toBe('?? component-tags.json');

    const run = await bumpValues(dir, { revert: bump, services: 'web' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const after = remoteFile(remote, FILE);
    expect(after).toContain("tag: '2.0.0' # pinned below");
    expect(after).toContain(`digest: "${DIGEST('a')}"`);
    expect(after).toContain(`tag: 1.0.0\n    digest: ${DIGEST('2')}`);
    const changes = JSON.parse(run.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['web']);
    const holds = parseHolds(HOLDS, remoteFile(remote, HOLDS)).holds;
    expect(holds.map((h) => [h.service, h.digest])).toEqual([['web', DIGEST('b')]]);
    const message = git(remote, ['show', '-s', '--format=%B', 'main']);
    expect(message.split('\n')[0]).toBe(
      `revert(deploy): roll back web in staging (reverts ${bump.slice(0, 7)}) [skip ci]`,
    );
  });

  test('a later commit on the same values fails, naming it and the values; nothing written', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'), 'api');
    const later = await bumpTo(dir, tags('3.0.0', '3.0.0', 'c', 'd'), 'api');
    const before = readFileSync(join(dir, FILE), 'utf8');
    const run = await bumpValues(dir, { revert: bump.slice(0, 10) });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain(`commit ${later} changed the same values`);
    expect(error).toContain(`tag of 'api' in ${FILE} (2.0.0 -> 3.0.0)`);
    expect(error).toContain(`digest of 'api' in ${FILE} (${DIGEST('a')} -> ${DIGEST('c')})`);
    expect(error).toContain('Nothing was written');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(before);
    expect(existsSync(join(dir, HOLDS))).toBe(false);
    expect(remoteHead(remote)).toBe(later);
    expect(git(dir, ['status', '--porcelain'])).toBe('?? component-tags.json');
  });

  test.each([
    ['not a SHA', 'HEAD~1', 'Input \'revert\': "HEAD~1" must be a commit SHA'],
    ['unknown commit', 'deadbeefdeadbeef', 'is not a commit of the workspace'],
  ])('a revert that is %s is refused, naming the input', async (_, revert, message) => {
    const { dir } = configRepo();
    const run = await bumpValues(dir, { revert });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(message);
  });

  test('without an environment a revert is refused, naming the input', async () => {
    const { dir } = configRepo();
    const run = await bumpValues(dir, { revert: git(dir, ['rev-parse', 'HEAD']), environment: '' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
      `Input 'environment': "" is required with 'revert'`,
    );
  });

  test('a dry run plans the revert and writes nothing', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'), 'api');
    const bumped = readFileSync(join(dir, FILE), 'utf8');
    const run = await bumpValues(dir, { revert: bump, 'dry-run': 'true' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs.changes).toContain('"to":"1.0.0"');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(bumped);
    expect(existsSync(join(dir, HOLDS))).toBe(false);
    expect(remoteHead(remote)).toBe(bump);
  });

  test('a commit without change trailers is refused', async () => {
    const { dir } = configRepo();
    const run = await bumpValues(dir, { revert: git(dir, ['rev-parse', 'HEAD']) });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
      'records no Promote-Change trailers',
    );
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });
});

describe('bump-values honours holds', () => {
  test('a held service is skipped with a notice, the others go through, until it is lifted', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'), 'api');
    const revert = await bumpValues(dir, { revert: bump });
    expect(revert.exitCode).toBe(0);

    writeFileSync(
      join(dir, 'component-tags.json'),
      JSON.stringify(tags('3.0.0', '3.0.0', 'c', 'd')),
    );
    const held = await bumpValues(dir, {});
    expect(held.stderr).toBe('');
    expect(held.exitCode).toBe(0);
    const changes = JSON.parse(held.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['web']);
    const notice = held.annotations.find((a) => a.message.includes("Service 'api' is held"));
    expect(notice?.message).toContain(`in 'staging' by ${HOLDS}`);
    expect(notice?.message).toContain(`deleting that entry from ${HOLDS}`);
    expect(notice?.message).toContain("'ignore-holds: true'");
    const afterHeld = remoteFile(remote, FILE);
    expect(afterHeld).toContain("tag: '1.0.0' # pinned below");
    expect(afterHeld).toContain('tag: 3.0.0');

    // ignore-holds moves the held service for one run (a dry run here: nothing is written).
    const ignored = await runAction('bump-values', {
      inputs: { files: FILES, environment: 'staging', 'ignore-holds': 'true', 'dry-run': 'true' },
      env: env(dir),
    });
    expect(ignored.exitCode).toBe(0);
    expect(ignored.outputs.changes).toContain('"service":"api"');

    // Lift the hold: delete the entry, commit; the next bump goes through.
    const text = readFileSync(join(dir, HOLDS), 'utf8');
    writeFileSync(join(dir, HOLDS), text.slice(0, text.indexOf('holds:') + 'holds:'.length) + '\n');
    git(dir, ['commit', '-qam', 'lift the hold on api']);
    const lifted = await bumpValues(dir, {});
    expect(lifted.stderr).toBe('');
    expect(lifted.exitCode).toBe(0);
    expect(lifted.annotations.some((a) => a.message.includes('is held'))).toBe(false);
    expect(remoteFile(remote, FILE)).toContain("tag: '3.0.0' # pinned below");
    expect(remoteFile(remote, FILE)).toContain(`digest: "${DIGEST('c')}"`);
  });

  test('a bump of held services only changes nothing and says so, with a warning per hold', async () => {
    const { dir, remote } = configRepo();
    const bump = await bumpTo(dir, tags('2.0.0', '2.0.0', 'a', 'b'));
    expect((await bumpValues(dir, { revert: bump })).exitCode).toBe(0);
    const head = remoteHead(remote);

    writeFileSync(
      join(dir, 'component-tags.json'),
      JSON.stringify(tags('3.0.0', '3.0.0', 'c', 'd')),
    );
    const held = await bumpValues(dir, {});
    expect(held.stderr).toBe('');
    expect(held.exitCode).toBe(0);
    expect(held.outputs).toMatchObject({ changed: 'false', changes: '[]', 'changed-files': '' });
    expect(held.outputs['commit-sha']).toBeUndefined();
    const warnings = held.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => /Service '(\w+)' is held/.exec(w.message)?.[1])).toEqual([
      'api',
      'web',
    ]);
    for (const warning of warnings) {
      expect(warning.message).toContain(`deleting that entry from ${HOLDS}`);
      expect(warning.message).toContain("'ignore-holds: true'");
    }
    expect(held.summary).toContain('every service it would move (api, web) is held');
    expect(held.summary).not.toContain('build recorded no image');
    expect(remoteHead(remote)).toBe(head);
    expect(git(dir, ['status', '--porcelain'])).toBe('?? component-tags.json');
  });
});
