import { describe, expect, test } from 'vitest';
import { classifyPushFailure } from './push-failure.js';

const porcelain = (line: string): string =>
  `To https://github.com/acme/config.git\n${line}\nDone\n`;

describe('classifyPushFailure', () => {
  test.each([
    [
      'fetch first',
      porcelain('!\tHEAD:refs/heads/main\t[rejected] (fetch first)'),
      '',
      '[rejected] fetch first',
    ],
    [
      'non-fast-forward',
      porcelain('!\tHEAD:refs/heads/main\t[rejected] (non-fast-forward)'),
      '',
      '[rejected] non-fast-forward',
    ],
    [
      'a lost ref lock',
      porcelain('!\tHEAD:refs/heads/main\t[remote rejected] (failed to update ref)'),
      "remote: error: cannot lock ref 'refs/heads/main': Unable to create 'main.lock': File exists.",
      '[remote rejected] failed to update ref',
    ],
    [
      "GitHub's lock race",
      porcelain(
        "!\tHEAD:refs/heads/main\t[remote rejected] (cannot lock ref 'refs/heads/main': is at 1a but expected 2b)",
      ),
      '',
      "[remote rejected] cannot lock ref 'refs/heads/main': is at 1a but expected 2b",
    ],
    [
      'a stale old value',
      porcelain('!\tHEAD:refs/heads/main\t[remote rejected] (incorrect old value provided)'),
      '',
      '[remote rejected] incorrect old value provided',
    ],
  ])('retries a rejection: %s', (_name, stdout, stderr, reason) => {
    expect(classifyPushFailure(stdout, stderr)).toEqual({ kind: 'rejected', reason });
  });

  test.each([
    [
      'a missing repository',
      '',
      "fatal: '/x.git' does not appear to be a git repository\nfatal: Could not read from remote repository.",
      /remote 'origin' exists/,
    ],
    [
      'refused credentials',
      '',
      "remote: Permission to acme/config.git denied to bot.\nfatal: unable to access 'https://github.com/acme/config.git/': The requested URL returned error: 403",
      /credentials were refused/,
    ],
    [
      'no credentials',
      '',
      "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
      /credentials were refused/,
    ],
    [
      'a protected branch',
      porcelain('!\tHEAD:refs/heads/main\t[remote rejected] (protected branch hook declined)'),
      'remote: error: GH006: Protected branch update failed',
      /branch is protected/,
    ],
    [
      'a declined hook',
      porcelain('!\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)'),
      '',
      undefined,
    ],
    ['a stale lease', porcelain('!\tHEAD:refs/heads/main\t[rejected] (stale info)'), '', undefined],
  ])('fails at once on %s', (_name, stdout, stderr, hint) => {
    const failure = classifyPushFailure(stdout, stderr);
    expect(failure.kind).toBe('failed');
    if (hint) expect(failure).toMatchObject({ hint: expect.stringMatching(hint) });
    else expect(failure).not.toHaveProperty('hint');
  });

  test('names the first fatal line when no ref was reported', () => {
    expect(
      classifyPushFailure('', 'warning: x\nfatal: the remote end hung up unexpectedly\n'),
    ).toEqual({
      kind: 'failed',
      reason: 'fatal: the remote end hung up unexpectedly',
    });
  });
});
