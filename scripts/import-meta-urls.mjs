import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * In a CommonJS bundle webpack writes `import.meta.url` as `require("url").pathToFileURL(
 * __filename).href`. A module that declares its own `require` or `__filename` (an ES module
 * that synthesizes them, as Emscripten output does) then calls its own: once minified, the
 * name is another. Such a bundle fails here, not at run time (map the package to its CommonJS
 * build in scripts/ncc/tsconfig.json).
 */
export function checkImportMetaUrls(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/([\w$]+)\("url"\)\.pathToFileURL\(([^)]*)\)/g))
      if (m[1] !== 'require' || m[2] !== '__filename')
        throw new Error(
          `build: ${join(dir, file)} writes import.meta.url as ${m[0]}: a module shadows ` +
            'require or __filename (bundle that package from its CommonJS build)',
        );
  }
}
