#!/usr/bin/env node
// One ncc build through ncc's JavaScript API, written out as its CLI writes it, with the module
// format chosen: the CLI takes it from the entry's package.json (ours say "type": "module") and
// has no flag for it. The actions are bundled as CommonJS: a CommonJS entry starts ~1.5 ms
// sooner than an ES module one (Node sets up no ES module loader for it; measured on Node 24,
// median of 40 runs each, every action 1.2 to 2.6 ms). The CLI stays an ES module: it reads its
// package.json through import.meta.url.
// Usage (from the folder whose tsconfig.json ncc should use, as build.mjs runs it):
//   node scripts/ncc-build.mjs <entry> <out-dir> <stats.json> <commonjs|module>
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const [entry, out, statsFile, format] = process.argv.slice(2);
if (!entry || !out || !statsFile || (format !== 'commonjs' && format !== 'module')) {
  console.error('usage: ncc-build.mjs <entry> <out-dir> <stats.json> <commonjs|module>');
  process.exit(2);
}
const ncc = createRequire(import.meta.url)('@vercel/ncc');
const { code, assets, symlinks, stats } = await ncc(resolve(entry), {
  esm: format === 'module',
  minify: true,
  target: 'es2022',
  license: 'licenses.txt',
  transpileOnly: true,
  quiet: true,
  // No build cache: ncc keys it by the entry's path alone (not by these options), so a cache
  // left by another build of the same path (ES module output, say) gives a different bundle.
  cache: false,
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.js'), code, { mode: code.startsWith('#!') ? 0o777 : 0o666 });
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
}
for (const [name, target] of Object.entries(symlinks)) symlinkSync(target, join(out, name));
// A CommonJS bundle beside an action's package.json ("type": "module") must say what it is.
if (format === 'commonjs')
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: format }, null, 2)}\n`);
writeFileSync(statsFile, JSON.stringify(stats.toJson()));
