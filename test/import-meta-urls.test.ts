/**
 * The build's guard for CommonJS bundles: webpack writes `import.meta.url` as
 * `require("url").pathToFileURL(__filename).href`, which breaks in a module that declares its
 * own `require` or `__filename` (seen: @azure/storage-common's ES module crc64.js).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImportMetaUrls } from '../scripts/import-meta-urls.mjs';

const root = new URL('..', import.meta.url).pathname;

function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-meta-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('checkImportMetaUrls', () => {
  it('passes the global require and __filename', () => {
    const dir = dist({
      'index.js': 'a=(0,m.createRequire)(require("url").pathToFileURL(__filename).href)',
    });
    expect(() => checkImportMetaUrls(dir)).not.toThrow();
  });

  it('fails on a shadowed require or __filename, naming the file and the text', () => {
    const shadowed = 'let Os,Ds;Os=(0,x.createRequire)(Os("url").pathToFileURL(Ds).href)';
    expect(() => checkImportMetaUrls(dist({ 'index.js': 'ok', '660.index.js': shadowed }))).toThrow(
      /660\.index\.js writes import\.meta\.url as Os\("url"\)\.pathToFileURL\(Ds\)/,
    );
    const file = 'a=require("url").pathToFileURL(Ds).href';
    expect(() => checkImportMetaUrls(dist({ 'index.js': file }))).toThrow(/shadows/);
  });

  it.each(['bump-values', 'emit-tags', 'open-promotion-pr', 'verify-digests'])(
    'passes the committed %s bundle',
    (action) => {
      expect(() => checkImportMetaUrls(join(root, 'actions', action, 'dist'))).not.toThrow();
    },
  );
});
