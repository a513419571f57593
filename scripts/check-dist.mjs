#!/usr/bin/env node
// Fails when an action's (or the CLI's) dist/ differs from a fresh build of its src/: GitHub
// runs dist/, and the CLI's dist/ is what `npx gitops-promote` and the npm package run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fresh = mkdtempSync(join(tmpdir(), 'check-dist-'));

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

try {
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'build.mjs'), '--out-root', fresh],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  const problems = [];
  for (const action of readdirSync(fresh).sort()) {
    const built = join(fresh, action);
    const committed =
      action === 'cli'
        ? join(root, 'packages', 'cli', 'dist')
        : join(root, 'actions', action, 'dist');
    const a = files(built);
    const b = files(committed);
    for (const f of new Set([...a, ...b])) {
      const left = join(built, f);
      const right = join(committed, f);
      if (!existsSync(right)) problems.push(`missing: ${relative(root, right)}`);
      else if (!existsSync(left))
        problems.push(`stale (not built any more): ${relative(root, right)}`);
      else if (!readFileSync(left).equals(readFileSync(right)))
        problems.push(`differs: ${relative(root, right)}`);
    }
  }
  if (problems.length > 0) {
    console.error(
      `dist/ differs from a fresh build; run \`npm run build\` and commit:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('check-dist: every dist/ matches a fresh build');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
