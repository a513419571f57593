import { describe, expect, test } from 'vitest';
import { GitCommandError, redactCredentials, runGit } from './git-cli.js';

describe('redactCredentials', () => {
  test.each([
    ['https://user:token@github.com/a/b.git', 'https://***@github.com/a/b.git'],
    ['https://x-access-token:ghs_abc@github.com/a/b', 'https://***@github.com/a/b'],
    ["fatal: unable to access 'https://tok@h/x/'", "fatal: unable to access 'https://***@h/x/'"],
    ['git@github.com:a/b.git', 'git@github.com:a/b.git'],
    [
      'http.https://github.com/.extraheader=AUTHORIZATION: basic eDp5',
      'http.https://github.com/.extraheader=***',
    ],
    ['Authorization: Bearer abc.def\nnext line', 'Authorization: ***\nnext line'],
    [`token ghp_${'a'.repeat(36)} leaked`, 'token *** leaked'],
    ['no secrets here: a@b.c', 'no secrets here: a@b.c'],
  ])('%j', (text, expected) => {
    expect(redactCredentials(text)).toBe(expected);
  });
});

describe('runGit', () => {
  test('passes standard input and captures standard output', async () => {
    const result = await runGit(['hash-object', '--stdin'], { cwd: '.', input: 'hello\n' });
    expect(result).toEqual({
      stdout: 'ce013625030ba8dba906f756967f9e9ca394464a\n',
      stderr: '',
      exitCode: 0,
    });
  });

  test('rejects with a GitCommandError naming the command and exit code', async () => {
    const error = await runGit(['no-such-command'], { cwd: '.' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitCommandError);
    expect(error).toMatchObject({ exitCode: 1, args: ['no-such-command'] });
    expect(String(error)).toMatch(
      /^GitCommandError: git no-such-command exited with 1: git: 'no-such-command' is not a git command/,
    );
  });

  test('accepts an exit code it is told is an answer', async () => {
    const result = await runGit(['config', '--get', 'gitops-promote.unset'], {
      cwd: '.',
      okExitCodes: [1],
    });
    expect(result.exitCode).toBe(1);
  });

  test('reports a working directory that does not exist', async () => {
    const error = await runGit(['status'], { cwd: '/no/such/dir' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GitCommandError', exitCode: null });
  });
});
