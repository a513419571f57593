/**
 * scripts/release-notes.sh, which release.yml runs on a `v*.*.*` tag: the notes from the
 * Conventional Commits since the previous tag, in a real repository.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, makeRepository } from './support/git-fixture.js';
import { repoRoot } from './support/run-action.js';

const SCRIPT = join(repoRoot, 'scripts', 'release-notes.sh');

function notes(dir: string, tag: string) {
  return spawnSync('bash', [SCRIPT, tag], { cwd: dir, encoding: 'utf8' });
}

/** A repository whose history holds v1.0.0, then the commits of v1.1.0 and v2.0.0. */
function history(): { dir: string; short: (subject: string) => string } {
  const { dir } = makeRepository({ 'README.md': '# x\n' });
  const commit = (message: string) => git(dir, ['commit', '-q', '--allow-empty', '-m', message]);
  commit('feat: first feature');
  git(dir, ['tag', 'v1.0.0']);
  commit('fix(core): a nil check');
  commit('feat(emit-tags): a policy');
  commit('update things'); // not a Conventional Commit: left out
  commit('docs: the README');
  git(dir, ['tag', 'v1.1.0']);
  commit('feat!: a new input contract');
  commit('refactor: one reader\n\nBREAKING CHANGE: the old reader is gone');
  git(dir, ['tag', 'v2.0.0']);
  const short = (subject: string) =>
    git(dir, ['log', '--format=%h', '-1', '--fixed-strings', `--grep=${subject}`]);
  return { dir, short };
}

describe('release-notes.sh', () => {
  test('lists the commits since the previous tag by type', () => {
    const { dir, short } = history();
    const result = notes(dir, 'v1.1.0');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        '## v1.1.0',
        '',
        '### feat',
        `- feat(emit-tags): a policy (${short('a policy')})`,
        '',
        '### fix',
        `- fix(core): a nil check (${short('a nil check')})`,
        '',
        '### docs',
        `- docs: the README (${short('the README')})`,
        '',
        'Since v1.0.0.',
        '',
      ].join('\n'),
    );
  });

  test('lists breaking changes again, from `!` and from a BREAKING CHANGE footer', () => {
    const { dir, short } = history();
    const result = notes(dir, 'v2.0.0');
    expect(result.stdout).toContain(
      [
        '### BREAKING CHANGES',
        `- feat!: a new input contract (${short('a new input contract')})`,
        `- refactor: one reader (${short('one reader')})`,
        '',
        'Since v1.1.0.',
      ].join('\n'),
    );
  });

  test('the first release starts at the first commit', () => {
    const { dir } = history();
    const result = notes(dir, 'v1.0.0');
    expect(result.stdout).toMatch(
      /^## v1\.0\.0\n\n### feat\n- feat: first feature \([0-9a-f]+\)\n/,
    );
    expect(result.stdout).toContain('Since the first commit.');
  });

  test('a tag the repository lacks fails, naming it', () => {
    const { dir } = history();
    const result = notes(dir, 'v9.9.9');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no tag 'v9.9.9'");
  });
});
