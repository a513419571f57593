/**
 * vitest's global setup: every test's temporary folders in one folder of this run, removed when
 * the run ends. Tests make their repositories, workspaces and runner folders with
 * `mkdtempSync(join(tmpdir(), …))`, and many keep them (a failing test's files are worth
 * reading while it runs); one run used to leave about 650 folders, 1 GB, in /tmp. `os.tmpdir()`
 * reads TMPDIR on each call, and the test processes (forks) and what they spawn inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'gitops-promote-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
