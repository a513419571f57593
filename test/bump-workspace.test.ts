/**
 * bumpWorkspace in process against real git with the real planner: a bare repository is the
 * remote, each pusher is its own clone, and another pusher lands its bump between this bump's
 * plan and its push (from a real post-commit hook), so the first push is rejected and the
 * outcome must be the re-plan's on the new head.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ComponentTags } from '@gitops-promote/core';
import { bumpWorkspace, type BumpLog, type BumpRequest } from '@gitops-promote/core/bump';
import { parseChangeTrailers, runGit } from '@gitops-promote/core/git';

const DIGEST = (c: string): string => `sha256:${c.repeat(64)}`;
const VALUES = 'values.yaml';
const values = (api: string, web: string): string =>
  [
    '# the staging environment',
    'api:',
    '  image:',
    '    repository: ghcr.io/acme/api',
    `    tag: "${api}"`,
    'web:',
    '  image:',
    '    repository: ghcr.io/acme/web',
    `    tag: "${web}"`,
    '',
  ].join('\n');

/** Git with no global or system configuration, so the runner's settings cannot leak in. */
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

let root: string;
let remote: string;

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
    'user.email=seed@example.com',
    'commit',
    '-qm',
    'seed',
  );
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:main');
  return bare;
}

const clone = async (from: string, name: string): Promise<string> => {
  await git(root, 'clone', '--quiet', from, name);
  return join(root, name);
};

const tags = (entries: Record<string, string>): ComponentTags =>
  Object.fromEntries(
    Object.entries(entries).map(([service, tag]) => [
      service,
      { tag, digest: DIGEST(tag.at(0) === '2' ? 'b' : 'a'), image: `ghcr.io/acme/${service}` },
    ]),
  );

const request = (workspace: string, componentTags: ComponentTags): BumpRequest => ({
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

function recordingLog(): BumpLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) };
}

/**
 * A post-commit hook in `workspace` that, on its first run only, pushes `other`'s HEAD: another
 * job landing on the branch after this bump planned and committed, before it pushes.
 */
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

/** Commit a bump in `other` with the real planner, not pushed yet (its own message: its own commit). */
async function commitInOther(other: string, componentTags: ComponentTags): Promise<void> {
  await bumpWorkspace(
    { ...request(other, componentTags), push: false, commitMessage: 'Bump from another job' },
    { log: recordingLog(), git: { env } },
  );
}

const noWait = { env, sleep: async () => {}, random: () => 0 };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bump-workspace-'));
  remote = await seedRemote('config');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bumpWorkspace when another pusher lands between plan and push', () => {
  test('the outcome is the re-plan on the new head, and only that is committed', async () => {
    const [workspace, other] = [await clone(remote, 'race-a'), await clone(remote, 'race-b')];
    await commitInOther(other, tags({ web: '2.0.0' }));
    landOnFirstCommit(workspace, other);
    const log = recordingLog();
    const outcome = await bumpWorkspace(request(workspace, tags({ api: '1.1.0', web: '2.0.0' })), {
      log,
      git: noWait,
    });
    expect(outcome.push).toMatchObject({ status: 'pushed', attempts: 2, branch: 'main' });
    expect(outcome.push?.rejections).toEqual(['[rejected] fetch first']);
    expect(outcome.changes).toEqual([
      expect.objectContaining({ service: 'api', field: 'tag', from: '1.0.0', to: '1.1.0' }),
    ]);
    expect(outcome.plan.changes).toBe(outcome.changes);
    expect(outcome.changedFiles).toEqual([VALUES]);
    expect(outcome.commitSha).toBe(await git(remote, 'rev-parse', 'main'));
    expect(await git(remote, 'show', `main:${VALUES}`)).toBe(values('1.1.0', '2.0.0').trimEnd());
    const message = await git(remote, 'log', '-1', '--format=%B', 'main');
    expect(parseChangeTrailers(message)).toEqual([
      { service: 'api', file: VALUES, field: 'tag', from: '1.0.0', to: '1.1.0' },
    ]);
    expect(log.lines.filter((l) => l.startsWith('Push rejected'))).toHaveLength(1);
  });

  test('when the other pusher landed every change, nothing is pushed and the outcome is empty', async () => {
    const fresh = await seedRemote('config-same');
    const [workspace, other] = [await clone(fresh, 'same-a'), await clone(fresh, 'same-b')];
    const wanted = tags({ api: '1.1.0' });
    await commitInOther(other, wanted);
    landOnFirstCommit(workspace, other);
    const before = await git(fresh, 'rev-parse', 'main');
    const outcome = await bumpWorkspace(request(workspace, wanted), {
      log: recordingLog(),
      git: noWait,
    });
    expect(outcome.push).toMatchObject({ status: 'nothing-to-push', attempts: 1 });
    expect(outcome).toMatchObject({ changes: [], changedFiles: [], commitSha: '' });
    expect(outcome.plan.changes).toEqual([]);
    const landed = await git(fresh, 'rev-parse', 'main');
    expect(landed).not.toBe(before);
    expect(await git(workspace, 'rev-parse', 'HEAD')).toBe(landed);
    expect(readFileSync(join(workspace, VALUES), 'utf8')).toBe(values('1.1.0', '1.0.0'));
  });

  test('with no race the first plan is pushed at the first attempt', async () => {
    const workspace = await clone(remote, 'calm');
    const outcome = await bumpWorkspace(request(workspace, tags({ api: '1.2.0' })), {
      log: recordingLog(),
      git: noWait,
    });
    expect(outcome.push).toMatchObject({ status: 'pushed', attempts: 1 });
    expect(outcome.changes.map((c) => `${c.service} ${c.from} -> ${c.to}`)).toEqual([
      'api 1.1.0 -> 1.2.0',
    ]);
    expect(outcome.commitSha).toBe(await git(remote, 'rev-parse', 'main'));
  });
});
