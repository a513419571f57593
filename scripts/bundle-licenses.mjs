// The licenses of every package bundled into a dist/, from ncc's webpack stats. ncc's own
// --license file is written once per chunk under the same name, so with chunks (modules loaded
// with import()) the last chunk's list replaces the others: dist/licenses.txt then lacked yaml,
// picomatch and semver. Same layout as ncc's: per package, its name, its license and the text
// of its LICENSE file, sorted by name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every module file of the emitted chunks (concatenated modules' parts included). */
function emittedModuleFiles(stats) {
  const files = new Set();
  const add = (module) => {
    if (module.nameForCondition) files.add(module.nameForCondition);
    for (const inner of module.modules ?? []) add(inner);
  };
  for (const module of stats.modules ?? []) if ((module.chunks ?? []).length > 0) add(module);
  return files;
}

/** The folder of the package a file belongs to: the nearest one with a package.json name. */
function packageDirOf(file, cache) {
  let dir = dirname(file);
  const seen = [];
  while (dir !== dirname(dir)) {
    if (cache.has(dir)) break;
    seen.push(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) {
      cache.set(dir, dir);
      break;
    }
    dir = dirname(dir);
  }
  const found = cache.get(dir);
  for (const d of seen) cache.set(d, found);
  return found;
}

/** The text of a package's LICENSE (or LICENCE, LICENSE.md, …) file, '' when it has none. */
function licenseText(dir) {
  const name = readdirSync(dir).find(
    (f) => /^licen[cs]e/i.test(f) && !statSync(join(dir, f)).isDirectory(),
  );
  return name ? readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n') : '';
}

/** licenses.txt for the bundle whose webpack stats (ncc --stats-out) are in `statsFile`. */
export function bundleLicenses(statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const cache = new Map();
  const packages = new Map();
  for (const file of emittedModuleFiles(stats)) {
    const dir = packageDirOf(file, cache);
    if (!dir) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!packages.has(manifest.name))
      packages.set(manifest.name, [manifest.name, manifest.license ?? '', licenseText(dir)]);
  }
  return [...packages.keys()]
    .sort()
    .map((name) => packages.get(name).filter(Boolean).join('\n'))
    .join('\n\n');
}
