#!/usr/bin/env node
// Bundles every action's src/main.ts into its committed dist/ with @vercel/ncc, and the CLI
// (packages/cli/src/main.ts) into packages/cli/dist, built under the name `cli`.
// Usage: node scripts/build.mjs [--out-root DIR] [action-or-cli ...]
//   --out-root DIR writes DIR/<name>/ instead of the committed dist/ (used by check-dist).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleLicenses } from './bundle-licenses.mjs';
import { parenthesizeFactoriesIn } from './factory-parens.mjs';
import { checkImportMetaUrls } from './import-meta-urls.mjs';
import { minifyChunksIn } from './minify-chunks.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const outRootIndex = args.indexOf('--out-root');
const outRoot = outRootIndex >= 0 ? args[outRootIndex + 1] : undefined;
const named =
  outRootIndex < 0 ? args : args.filter((_, i) => i !== outRootIndex && i !== outRootIndex + 1);
/** Where a bundle's source and committed dist/ are: an action's, or the CLI's. */
function bundleDirOf(name) {
  return name === 'cli' ? join('packages', 'cli') : join('actions', name);
}
const actions = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'src', 'main.ts')))
  .concat(['cli'])
  .filter((name) => named.length === 0 || named.includes(name))
  .sort();

function build(name) {
  const out = outRoot ? join(outRoot, name) : join(root, bundleDirOf(name), 'dist');
  rmSync(out, { recursive: true, force: true });
  // ncc's licenses.txt keeps only the last chunk's packages: it is rewritten from the stats.
  const stats = join(mkdtempSync(join(tmpdir(), `build-${name}-`)), 'stats.json');
  // The actions as CommonJS (they start sooner), the CLI as an ES module: see ncc-build.mjs.
  const format = name === 'cli' ? 'module' : 'commonjs';
  const argv = [
    join(root, 'scripts', 'ncc-build.mjs'),
    join(root, bundleDirOf(name), 'src', 'main.ts'),
    out,
    stats,
    format,
  ];
  return new Promise((resolve, reject) => {
    // An action is built from scripts/ncc, whose tsconfig.json maps `yaml` to its ES module
    // build (a fixed folder of the repository: module ids, hashed from paths relative to it,
    // stay the same on every checkout). The CLI is not: its build fails there (TS5110).
    const child = spawn(process.execPath, argv, {
      cwd: name === 'cli' ? root : join(root, 'scripts', 'ncc'),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`ncc failed for ${name} (exit ${code})`));
      // ncc minifies the entry only, and its minifier drops webpack's parentheses around module
      // factories: see minify-chunks and factory-parens.
      try {
        parenthesizeFactoriesIn(join(out, 'index.js'));
        minifyChunksIn(out);
        if (format === 'commonjs') checkImportMetaUrls(out);
      } catch (error) {
        return reject(error);
      }
      writeFileSync(join(out, 'licenses.txt'), bundleLicenses(stats));
      rmSync(join(stats, '..'), { recursive: true, force: true });
      resolve(name);
    });
  });
}

// Two at a time: these machines have two cores.
const queue = [...actions];
const workers = Array.from({ length: 2 }, async () => {
  while (queue.length > 0) {
    const name = queue.shift();
    await build(name);
    console.log(`built ${name}`);
  }
});
await Promise.all(workers);
