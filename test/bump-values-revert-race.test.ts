/**
 * revertWorkspace in process against real git: a bare remote, each pusher its own clone, and
 * another job's bump landing between the revert's commit and its push (from a real post-commit
 * hook). The revert re-plans on the new head with the same checks: a bump of another service
 * is kept under the revert; a bump of the same values makes it fail, naming that commit.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ComponentTags } from '@gitops-promote/core';
import {
  type BumpLog,
  type BumpRequest,
  bumpWorkspace,
  type RevertRequest,
  revertWorkspace,
} from '@gitops-promote/core/bump';
import { runGit } from '@gitops-promote/core/git';

const VALUES = 'values.yaml';
const HOLDS = '.gitops-promote/holds.yaml';
const values = (api: string, web: string): string =>
  [
    '# the staging environment',
    'api:',
    '  image:',
    '    repository: ghcr.io/acme/api',
    `    tag: "${api}" # api`,
    'web:',
    '  image:',
    '    repository: ghcr.io/acme/web',
    `    tag: ${web}`,
    '',
  ].join('\n');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};
const noWait = { env, sleep: async () => {}, random: () => 0 };

let root: string;
const git = async (cwd: string, ...args: string[]): Promise<string> =>
  (await runGit(args, { cwd, env })).stdout.trim();

async function seedRemote(name: string): Promise<string> {
  const bare = join(root, `${name}.git`);
  await git(root, 'init', '--quiet', '--bare', '-b', 'main', bare);
  const seed = join(root, `${name}-seed`);
  await git(root, 'clone', '--quiet', bare, seed);
  writeFileSync(join(seed, VALUES), values('1.0.0', '1.0.0'));
  await git(seed, 'add', VALUES);
  await git(
    seed,
    '-c',
    'user.name=Seed',
    '-c',
    'user.email=s@example.com',
    'commit',
    '-qm',
    'seed',
  );
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:main');
  return bare;
}

const clone = async (from: string, name: string): Promise<string> => {
  await git(root, 'clone', '--quiet', from, join(root, name));
  return join(root, name);
};

const tags = (entries: Record<string, string>): ComponentTags =>
  Object.fromEntries(
    Object.entries(entries).map(([s, tag]) => [s, { tag, image: `ghcr.io/acme/${s}` }]),
  );

const log = (): BumpLog & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) };
};

const bumpRequest = (workspace: string, componentTags: ComponentTags): BumpRequest => ({
  workspace,
  componentTags,
  filePatterns: [VALUES],
  write: 'tag',
  environment: 'staging',
  failOnMissing: false,
  dryRun: false,
  commit: true,
  push: true,
  commitMessage: '',
  pushRetries: 3,
  fallbackBranch: '',
});

const revertRequest = (workspace: string, revert: string): RevertRequest => ({
  workspace,
  revert,
  filePatterns: [VALUES],
  environment: 'staging',
  holds: { path: HOLDS, ignore: false },
  dryRun: false,
  commit: true,
  push: true,
  commitMessage: '',
  pushRetries: 3,
  fallbackBranch: '',
  now: new Date('2026-12-01T23:00:00Z'),
});

/** Bump `workspace` and push: returns the pushed commit. */
async function bumpAndPush(workspace: string, componentTags: ComponentTags, push = true) {
  const outcome = await bumpWorkspace(
    { ...bumpRequest(workspace, componentTags), push },
    { log: log(), git: noWait },
  );
  return outcome.commitSha;
}

/** On the first commit in `workspace` only, push `other`'s HEAD: another job lands first. */
function landOnFirstCommit(workspace: string, other: string): void {
  const hook = join(workspace, '.git', 'hooks', 'post-commit');
  const marker = join(workspace, '.git', 'landed');
  writeFileSync(
    hook,
    [
      '#!/bin/sh',
      'unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX',
      `[ -e '${marker}' ] && exit 0`,
      `touch '${marker}'`,
      `git -C '${other}' push --quiet origin HEAD:main`,
      '',
    ].join('\n'),
  );
  chmodSync(hook, 0o755);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'revert-race-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('revertWorkspace when another pusher lands between commit and push', () => {
  test('a bump of another service: the revert is re-planned on top of it and pushed', async () => {
    const remote = await seedRemote('other-service');
    const first = await clone(remote, 'other-first');
    const bump = await bumpAndPush(first, tags({ api: '2.0.0' }));
    const [workspace, other] = [await clone(remote, 'other-a'), await clone(remote, 'other-b')];
    await bumpAndPush(other, tags({ web: '3.0.0' }), false);
    landOnFirstCommit(workspace, other);
    const lines = log();
    const outcome = await revertWorkspace(revertRequest(workspace, bump), {
      log: lines,
      git: noWait,
    });
    expect(lines.lines.filter((l) => l.startsWith('Push rejected'))).toHaveLength(1);
    expect(outcome.commitSha).toBe(await git(remote, 'rev-parse', 'main'));
    expect(await git(remote, 'show', `main:${VALUES}`)).toBe(values('1.0.0', '3.0.0').trimEnd());
    expect(outcome.changedFiles).toEqual([VALUES, HOLDS]);
    expect(outcome.holds).toEqual([
      expect.objectContaining({ service: 'api', tag: '2.0.0', created: '2026-12-01T23:00:00Z' }),
    ]);
    expect(await git(remote, 'show', `main:${HOLDS}`)).toContain('service: "api"');
    expect(readFileSync(join(workspace, VALUES), 'utf8')).toBe(values('1.0.0', '3.0.0'));
  });

  test('a bump of the same value: the re-plan fails naming that commit', async () => {
    const remote = await seedRemote('same-value');
    const first = await clone(remote, 'same-first');
    const bump = await bumpAndPush(first, tags({ api: '2.0.0' }));
    const [workspace, other] = [await clone(remote, 'same-a'), await clone(remote, 'same-b')];
    await bumpAndPush(other, tags({ api: '4.0.0' }), false);
    const later = await git(other, 'rev-parse', 'HEAD');
    landOnFirstCommit(workspace, other);
    const revert = revertWorkspace(revertRequest(workspace, bump), { log: log(), git: noWait });
    await expect(revert).rejects.toThrow(
      `commit ${later} changed the same values since: tag of 'api' in ${VALUES} (2.0.0 -> 4.0.0)`,
    );
    expect(await git(remote, 'rev-parse', 'main')).toBe(later);
  });
});
