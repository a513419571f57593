/**
 * commitChanges and pushWithRetry against real repositories: a bare repository in a temporary
 * directory is the remote, and every pusher is its own clone running real `git push`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  defaultCommitMessage,
  formatChangeTrailers,
  parseChangeTrailers,
  withChangeTrailers,
  type RecordedChange,
} from '../packages/core/src/git/change-trailers.js';
import {
  commitChanges,
  pushWithRetry,
  PushFailedError,
  PushRetriesExhaustedError,
  type PushOutcome,
  type ReplannedCommit,
} from '../packages/core/src/git/index.js';
import { GitCommandError, runGit } from '../packages/core/src/git/git-cli.js';

const SERVICES = Array.from({ length: 20 }, (_, i) => `svc${String(i + 1).padStart(2, '0')}`);
const VALUES = 'values.yaml';
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

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
let seed: string;

const git = async (cwd: string, ...args: string[]): Promise<string> =>
  (await runGit(args, { cwd, env })).stdout.trim();

const clone = async (name: string): Promise<string> => {
  await git(root, 'clone', '--quiet', remote, name);
  return join(root, name);
};

/** The seed values file: one line per service, every tag "0.0.0". */
const seedValues = (): string =>
  ['# image tags, one per service', ...SERVICES.map((s) => serviceLine(s, '0.0.0')), ''].join('\n');

const serviceLine = (service: string, tag: string): string =>
  `${service}: {image: {repository: ghcr.io/acme/${service}, tag: "${tag}"}}`;

/** A replan that sets one service's tag by text replacement, or null when it already holds it. */
function bumpService(
  cwd: string,
  service: string,
  to: string,
): () => Promise<ReplannedCommit | null> {
  return async () => {
    const path = join(cwd, VALUES);
    const text = readFileSync(path, 'utf8');
    const line = new RegExp(
      `^${service}: \\{image: \\{repository: [^,]+, tag: "([^"]*)"\\}\\}$`,
      'm',
    );
    const from = line.exec(text)?.[1];
    if (from === undefined) throw new Error(`${service} is not in ${VALUES}`);
    if (from === to) return null;
    writeFileSync(path, text.replace(line, serviceLine(service, to)));
    const change: RecordedChange = { service, file: VALUES, field: 'tag', from, to };
    return {
      message: withChangeTrailers(defaultCommitMessage([service], 'staging'), [change]),
      files: [VALUES],
    };
  };
}

/** Bump a service in a clone: plan, commit, push with retry. */
async function bumpAndPush(cwd: string, service: string, to: string): Promise<PushOutcome> {
  const replan = bumpService(cwd, service, to);
  const first = await replan();
  if (!first) throw new Error(`${service} already at ${to}`);
  await commitChanges({ cwd, env, ...first });
  return pushWithRetry({
    cwd,
    env,
    branch: 'main',
    retries: 40,
    backoff: { baseMs: 25, maxMs: 1000 },
    replan,
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gitops-promote-push-'));
  remote = join(root, 'remote.git');
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  seed = await clone('seed');
  writeFileSync(join(seed, VALUES), seedValues());
  await commitChanges({ cwd: seed, env, files: [VALUES], message: 'seed' });
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pushWithRetry', () => {
  test('twenty concurrent pushers each land their bump exactly once', async ({ annotate }) => {
    const seedSha = await git(remote, 'rev-parse', 'main');
    const clones = await Promise.all(SERVICES.map((s) => clone(`pusher-${s}`)));
    const started = Date.now();
    const outcomes = await Promise.all(
      SERVICES.map((service, i) => bumpAndPush(clones[i]!, service, `1.0.${i + 1}`)),
    );
    const elapsed = Date.now() - started;

    const final = await git(remote, 'show', `main:${VALUES}`);
    expect(final).toBe(
      [
        '# image tags, one per service',
        ...SERVICES.map((s, i) => serviceLine(s, `1.0.${i + 1}`)),
      ].join('\n'),
    );
    const messages = (await git(remote, 'log', '--format=%B%x00', `${seedSha}..main`))
      .split('\0')
      .map((m) => m.trim())
      .filter(Boolean);
    expect(messages).toHaveLength(20);
    expect(messages.map((m) => parseChangeTrailers(m).length)).toEqual(Array(20).fill(1));
    const recorded = messages.flatMap(parseChangeTrailers);
    expect(recorded.map((c) => c.service).sort()).toEqual(SERVICES);
    expect(recorded).toContainEqual({
      service: 'svc07',
      file: VALUES,
      field: 'tag',
      from: '0.0.0',
      to: '1.0.7',
    });
    const byGit = await git(
      remote,
      'log',
      '--format=%(trailers:key=Promote-Change,valueonly)',
      `${seedSha}..main`,
    );
    expect(byGit.split('\n').filter(Boolean)).toHaveLength(20);
    expect(await git(remote, 'log', '-1', '--format=%an <%ae>', 'main')).toBe(BOT);

    expect(outcomes.every((o) => o.status === 'pushed')).toBe(true);
    expect(outcomes.some((o) => o.attempts > 1)).toBe(true);
    const attempts = outcomes.map((o) => o.attempts).sort((a, b) => a - b);
    const reasons = [...new Set(outcomes.flatMap((o) => o.rejections))].sort();
    await annotate(
      `${elapsed} ms; attempts ${attempts.join(',')}; rejections: ${reasons.join(' | ')}`,
    );
  });

  test('a stale clone whose bump is already on the remote has nothing to push', async () => {
    const [a, b] = await Promise.all([clone('same-a'), clone('same-b')]);
    const byA = (await bumpService(a!, 'svc03', '9.9.9')())!;
    await commitChanges({ cwd: a!, env, ...byA, message: `${byA.message}\nA different message.` });
    await git(a!, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
    const outcome = await bumpAndPush(b!, 'svc03', '9.9.9');
    expect(outcome).toMatchObject({ status: 'nothing-to-push', attempts: 1 });
    expect(outcome.sha).toBe(await git(remote, 'rev-parse', 'main'));
  });

  test('a push to a remote that does not exist fails at once, without retrying', async () => {
    const cwd = await clone('missing-remote');
    const replan = vi.fn(async () => null);
    const sleep = vi.fn(async () => undefined);
    const push = pushWithRetry({
      cwd,
      env,
      remote: join(root, 'missing.git'),
      branch: 'main',
      replan,
      sleep,
    });
    await expect(push).rejects.toThrow(PushFailedError);
    await expect(push).rejects.toThrow(
      /does not appear to be a git repository.*Hint: check that the remote/s,
    );
    expect(replan).not.toHaveBeenCalled();
    expect(sleep).not.toHaveBeenCalled();
  });

  test('an unreachable remote fails at once and the error never shows its credentials', async () => {
    const cwd = await clone('secret-remote');
    const url = 'https://x-access-token:s3cr3t-t0ken@127.0.0.1:9/acme/config.git';
    const replan = vi.fn(async () => null);
    const error: unknown = await pushWithRetry({
      cwd,
      env,
      remote: url,
      branch: 'main',
      replan,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PushFailedError);
    const text = `${String(error)} ${String((error as Error).cause)}`;
    expect(text).not.toContain('s3cr3t');
    expect(text).toContain('https://***@127.0.0.1:9/acme/config.git');
    expect(replan).not.toHaveBeenCalled();
  });

  test('a git command error redacts an Authorization header and URL credentials', async () => {
    const header = 'http.extraheader=AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0';
    const url = 'https://user:hunter2@127.0.0.1:9/acme/config.git';
    const error: unknown = await runGit(['-c', header, 'ls-remote', url], { cwd: root, env }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(GitCommandError);
    const { message, args, stderr } = error as GitCommandError;
    for (const text of [message, args.join(' '), stderr]) {
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('eC1hY2Nlc3MtdG9rZW46c2VjcmV0');
    }
    expect(message).toContain(
      'git -c http.extraheader=*** ls-remote https://***@127.0.0.1:9/acme/config.git',
    );
  });

  test('when every push is rejected, it gives up after the retries with the attempts', async () => {
    const [stale, ahead] = await Promise.all([clone('stale'), clone('ahead')]);
    await bumpAndPush(ahead!, 'svc05', '5.5.5');
    const replan = bumpService(stale!, 'svc06', '6.6.6');
    await commitChanges({ cwd: stale!, env, ...(await replan())! });
    let pushes = 0;
    const racer = async (): Promise<ReplannedCommit | null> => {
      pushes += 1;
      await bumpAndPush(await clone(`racer-${pushes}`), 'svc05', `5.5.${5 + pushes}`);
      return replan();
    };
    const push = pushWithRetry({
      cwd: stale!,
      env,
      branch: 'main',
      retries: 2,
      replan: racer,
      sleep: async () => {},
    });
    await expect(push).rejects.toThrow(PushRetriesExhaustedError);
    await expect(push).rejects.toThrow(/rejected 3 times \(\[rejected\] fetch first\)/);
  });
});

describe('commitChanges', () => {
  test('commits only the given paths, as the bot when no identity is configured', async () => {
    const cwd = await clone('commit-only');
    writeFileSync(join(cwd, VALUES), `${readFileSync(join(cwd, VALUES), 'utf8')}# more\n`);
    writeFileSync(join(cwd, 'other.txt'), 'not mine\n');
    writeFileSync(join(cwd, 'new.yaml'), 'new: 1\n');
    const sha = await commitChanges({
      cwd,
      env,
      files: [VALUES, 'new.yaml'],
      message: 'subject\n\nbody\n',
    });
    expect(sha).toBe(await git(cwd, 'rev-parse', 'HEAD'));
    expect(await git(cwd, 'show', '--name-only', '--format=%an <%ae>%n%B', 'HEAD')).toBe(
      `${BOT}\nsubject\n\nbody\n\n\nnew.yaml\n${VALUES}`,
    );
    expect(await git(cwd, 'status', '--porcelain')).toBe('?? other.txt');
  });

  test('uses the given author, and returns null when the paths hold no change', async () => {
    const cwd = await clone('commit-author');
    const author = { name: 'Deploy Bot', email: 'deploy@example.com' };
    expect(
      await commitChanges({ cwd, env, files: [VALUES], message: 'nothing', author }),
    ).toBeNull();
    writeFileSync(join(cwd, VALUES), 'replaced: true\n');
    await commitChanges({ cwd, env, files: [VALUES], message: 'replace', author });
    expect(await git(cwd, 'log', '-1', '--format=%an <%ae>')).toBe(
      'Deploy Bot <deploy@example.com>',
    );
  });
});

describe('change trailers in git', () => {
  const changes: RecordedChange[] = [
    {
      service: 'api',
      file: 'helm/splattop/values-staging.yaml',
      field: 'tag',
      from: '1.7.2',
      to: '1.7.3',
    },
    {
      service: 'web',
      file: 'helm/splattop/values-staging.yaml',
      field: 'digest',
      from: '',
      to: 'sha256:ab',
    },
    { service: 'évé', file: 'k8s/ü.yaml', field: 'image', from: 'a"b\\c', to: 'x\ty' },
  ];

  test('round-trip through git interpret-trailers --parse', async () => {
    const message = withChangeTrailers(
      'chore(deploy): bump api, web in staging [skip ci]\n\nBody.',
      changes,
    );
    const byGit = (
      await runGit(['interpret-trailers', '--parse'], { cwd: root, env, input: message })
    ).stdout;
    expect(byGit).toBe(`${formatChangeTrailers(changes)}\n`);
    expect(parseChangeTrailers(byGit.replace(/^/, 'subject\n\n'))).toEqual(changes);
    expect(parseChangeTrailers(message)).toEqual(changes);
  });

  test('a newline in a value cannot inject a trailer', async () => {
    const forged = '{"service":"db","file":"x.yaml","field":"tag","from":"1","to":"2"}';
    const evil: RecordedChange = {
      service: 'api',
      file: 'values.yaml',
      field: 'tag',
      from: '1.0',
      to: `1.1\n\nPromote-Change: ${forged}\nSigned-off-by: mallory\r\n`,
    };
    const message = withChangeTrailers(defaultCommitMessage(['api\nPromote-Change: x'], 'prod'), [
      evil,
    ]);
    expect(message.split('\n')).toHaveLength(4);
    const byGit = (
      await runGit(['interpret-trailers', '--parse'], { cwd: root, env, input: message })
    ).stdout;
    expect(byGit.trim().split('\n')).toHaveLength(1);
    expect(parseChangeTrailers(message)).toEqual([evil]);

    const cwd = await clone('inject');
    writeFileSync(join(cwd, VALUES), 'injected: false\n');
    await commitChanges({ cwd, env, files: [VALUES], message });
    const trailers = await git(cwd, 'log', '-1', '--format=%(trailers:only,unfold)');
    expect(trailers.split('\n')).toHaveLength(1);
    expect(parseChangeTrailers(await git(cwd, 'log', '-1', '--format=%B'))).toEqual([evil]);
  });
});
