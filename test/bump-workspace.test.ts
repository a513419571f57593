/**
 * bumpWorkspace in process against real git with the real planner: a bare repository is the
 * remote, each pusher is its own clone, and another pusher lands its bump between this bump's
 * plan and its push (from a real post-commit hook), so the first push is rejected and the
 * outcome must be the re-plan's on the new head. The retry keeps every uncommitted change in
 * the workspace that the step did not make (issue 11, hole 8), and 20 and 50 concurrent bumps
 * on one branch each land exactly once.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ComponentTags } from '@gitops-promote/core';
import { bumpWorkspace, type BumpLog, type BumpRequest } from '@gitops-promote/core/bump';
import {
  parseChangeTrailers,
  runGit,
  UncommittedChangesInTheWayError,
} from '@gitops-promote/core/git';

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

async function seedRemote(
  name: string,
  files: Record<string, string> = { [VALUES]: values('1.0.0', '1.0.0') },
): Promise<string> {
  const bare = join(root, `${name}.git`);
  await git(root, 'init', '--quiet', '--bare', '-b', 'main', bare);
  const seed = join(root, `${name}-seed`);
  await git(root, 'clone', '--quiet', bare, seed);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(seed, path), text);
  await git(seed, 'add', '--all');
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

const NOTES = 'NOTES.md';
const withNotes = (): Record<string, string> => ({
  [VALUES]: values('1.0.0', '1.0.0'),
  [NOTES]: '# notes\n',
});

/** Commit and push in `other` a change to NOTES (its HEAD is then what the hook pushes). */
async function commitNotesInOther(other: string, text: string): Promise<void> {
  writeFileSync(join(other, NOTES), text);
  await git(
    other,
    '-c',
    'user.name=Other',
    '-c',
    'user.email=o@example.com',
    'commit',
    '-qam',
    'notes',
  );
}

describe('a push retry keeps what the step did not write (hole 8)', () => {
  test('uncommitted, staged and untracked changes to other files survive the re-plan', async () => {
    const fresh = await seedRemote('dirty-kept', withNotes());
    const [workspace, other] = [await clone(fresh, 'kept-a'), await clone(fresh, 'kept-b')];
    await commitInOther(other, tags({ web: '2.0.0' }));
    landOnFirstCommit(workspace, other);
    writeFileSync(join(workspace, NOTES), '# notes\nwork in progress, not committed\n');
    writeFileSync(join(workspace, 'staged.txt'), 'staged, not committed\n');
    await git(workspace, 'add', 'staged.txt');
    writeFileSync(join(workspace, 'scratch.txt'), 'untracked\n');

    const outcome = await bumpWorkspace(request(workspace, tags({ api: '1.1.0' })), {
      log: recordingLog(),
      git: noWait,
    });

    expect(outcome.push).toMatchObject({ status: 'pushed', attempts: 2 });
    expect(readFileSync(join(workspace, NOTES), 'utf8')).toBe(
      '# notes\nwork in progress, not committed\n',
    );
    expect(readFileSync(join(workspace, 'staged.txt'), 'utf8')).toBe('staged, not committed\n');
    expect(readFileSync(join(workspace, 'scratch.txt'), 'utf8')).toBe('untracked\n');
    expect(await git(fresh, 'show', `main:${VALUES}`)).toBe(values('1.1.0', '2.0.0').trimEnd());
    // Only the bump was committed: the other files' changes are still the workspace's own.
    expect(await git(fresh, 'show', `main:${NOTES}`)).toBe('# notes');
    expect(await git(fresh, 'show', '--name-only', '--format=', 'main')).toBe(VALUES);
    // The staged file is kept, no longer staged (`git reset --keep` resets the index).
    const status = await runGit(['status', '--porcelain'], { cwd: workspace, env });
    expect(status.stdout).toBe(' M NOTES.md\n?? scratch.txt\n?? staged.txt\n');
  });

  test('when the new head changed a file with uncommitted changes, it stops and keeps them', async () => {
    const fresh = await seedRemote('dirty-in-the-way', withNotes());
    const [workspace, other] = [await clone(fresh, 'way-a'), await clone(fresh, 'way-b')];
    await commitNotesInOther(other, '# notes\nfrom the other job\n');
    landOnFirstCommit(workspace, other);
    writeFileSync(join(workspace, NOTES), '# notes\nmine, not committed\n');
    const otherHead = await git(other, 'rev-parse', 'HEAD');

    const bump = bumpWorkspace(request(workspace, tags({ api: '1.1.0' })), {
      log: recordingLog(),
      git: noWait,
    });

    await expect(bump).rejects.toThrow(UncommittedChangesInTheWayError);
    await expect(bump).rejects.toThrow(
      new RegExp(
        `^Cannot re-plan on the new head ${otherHead.slice(0, 12)} of 'main': the workspace has ` +
          'uncommitted changes to "NOTES.md", which that head changes too. They were kept and ' +
          'nothing was pushed.',
      ),
    );
    expect(readFileSync(join(workspace, NOTES), 'utf8')).toBe('# notes\nmine, not committed\n');
    expect(await git(fresh, 'rev-parse', 'main')).toBe(otherHead);
    // The bump is still committed locally, on the old head, for a person to push or drop.
    expect(parseChangeTrailers(await git(workspace, 'log', '-1', '--format=%B'))).toEqual([
      { service: 'api', file: VALUES, field: 'tag', from: '1.0.0', to: '1.1.0' },
    ]);
  });

  test('a file to bump that holds uncommitted changes is refused before anything is written', async () => {
    const fresh = await seedRemote('dirty-planned');
    const workspace = await clone(fresh, 'planned');
    const edited = values('1.0.0', '1.0.0').replace(
      '# the staging',
      '# edited by a step: the staging',
    );
    writeFileSync(join(workspace, VALUES), edited);
    const before = await git(fresh, 'rev-parse', 'main');

    const bump = bumpWorkspace(request(workspace, tags({ api: '1.1.0' })), {
      log: recordingLog(),
      git: noWait,
    });

    await expect(bump).rejects.toThrow(
      /^Cannot bump and push "values.yaml": they hold uncommitted changes that this step did not make\..*set 'push' to false\. Nothing was written\.$/,
    );
    expect(readFileSync(join(workspace, VALUES), 'utf8')).toBe(edited);
    expect(await git(workspace, 'rev-parse', 'HEAD')).toBe(before);
    expect(await git(fresh, 'rev-parse', 'main')).toBe(before);
  });

  test('without push, a file with uncommitted changes is bumped and committed as before', async () => {
    const fresh = await seedRemote('dirty-commit-only');
    const workspace = await clone(fresh, 'commit-only');
    const edited = values('1.0.0', '1.0.0').replace('# the staging', '# edited: the staging');
    writeFileSync(join(workspace, VALUES), edited);
    const outcome = await bumpWorkspace(
      { ...request(workspace, tags({ api: '1.1.0' })), push: false },
      { log: recordingLog(), git: noWait },
    );
    expect(outcome.commitSha).toBe(await git(workspace, 'rev-parse', 'HEAD'));
    expect(readFileSync(join(workspace, VALUES), 'utf8')).toBe(
      edited.replace('tag: "1.0.0"', 'tag: "1.1.0"'),
    );
  });
});

describe('concurrent bumps of one branch with the real planner', () => {
  // The real backoff (500 ms doubling to 10 s, full jitter): a shorter one makes every job
  // retry at once, and 50 jobs then spend their time re-planning for pushes that lose.

  test.for([20, 50])(
    '%i jobs, each bumping its own service: every change lands exactly once',
    { timeout: 600_000 },
    async (jobs, { annotate }) => {
      const services = Array.from({ length: jobs }, (_, i) => `svc${String(i).padStart(2, '0')}`);
      const file = (tag: (i: number) => string): string =>
        services
          .map(
            (s, i) => `${s}:\n  image:\n    repository: ghcr.io/acme/${s}\n    tag: "${tag(i)}"\n`,
          )
          .join('');
      const fresh = await seedRemote(`many-${jobs}`, { [VALUES]: file(() => '0.0.0') });
      const seedSha = await git(fresh, 'rev-parse', 'main');
      const workspaces = await Promise.all(services.map((s) => clone(fresh, `many-${jobs}-${s}`)));
      const started = Date.now();
      const outcomes = await Promise.all(
        services.map((service, i) =>
          bumpWorkspace(
            {
              ...request(workspaces[i]!, { [service]: { tag: `1.0.${i}` } }),
              pushRetries: 4 * jobs,
            },
            { log: recordingLog(), git: { env } },
          ),
        ),
      );
      const elapsed = Date.now() - started;

      expect(await git(fresh, 'show', `main:${VALUES}`)).toBe(file((i) => `1.0.${i}`).trimEnd());
      const messages = (await git(fresh, 'log', '--format=%B%x00', `${seedSha}..main`))
        .split('\0')
        .map((m) => m.trim())
        .filter(Boolean);
      expect(messages).toHaveLength(jobs);
      const recorded = messages.flatMap(parseChangeTrailers);
      expect(recorded.map((c) => `${c.service} ${c.from} -> ${c.to}`).sort()).toEqual(
        services.map((s, i) => `${s} 0.0.0 -> 1.0.${i}`),
      );
      expect(outcomes.every((o) => o.push?.status === 'pushed' && o.changes.length === 1)).toBe(
        true,
      );
      const attempts = outcomes.map((o) => o.push?.attempts ?? 0);
      expect(Math.max(...attempts)).toBeGreaterThan(1);
      await annotate(
        `${jobs} jobs: ${elapsed} ms; attempts max ${Math.max(...attempts)}, total ${attempts.reduce((a, b) => a + b, 0)}`,
      );
    },
  );
});
