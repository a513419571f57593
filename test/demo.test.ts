/** `npm run demo` keeps working: the whole flow on the bundled example, end to end. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './support/run-action.js';

test('the demo carries the example from build to pull request and pushed bump', () => {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'demo/run.ts'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('chore(deploy): bump api, web in dev [skip ci]');
  expect(result.stdout).toContain('violations: []');
  expect(result.stdout).toContain('The demo carried the example');
});
