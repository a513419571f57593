/** Real Git repositories for tests, made with the git CLI in temporary folders. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
};

/** Run git in `cwd`; returns trimmed stdout. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...IDENTITY, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Write files (path -> content) below `root`. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A new repository with one commit of `files` at the given Unix time; returns dir and sha. */
export function makeRepository(
  files: Record<string, string>,
  time = 1738860000,
): { dir: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'repo-'));
  git(dir, ['init', '-q', '-b', 'main']);
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  const date = `@${time} +0000`;
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'initial'], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  return { dir, sha: git(dir, ['rev-parse', 'HEAD']) };
}
