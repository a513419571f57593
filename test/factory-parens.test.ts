/**
 * The build step that puts webpack's parentheses back around module factories: the output is
 * the same program, every factory of every committed bundle is wrapped, and a file that is not
 * an ncc bundle fails the build instead of passing through unchanged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { parenthesizeFactories } from '../scripts/factory-parens.mjs';
import { minifyChunk } from '../scripts/minify-chunks.mjs';

const root = new URL('..', import.meta.url).pathname;

/** A minified entry chunk as ncc writes it: a table of bare factories and a require. */
const MINIFIED =
  'import{createRequire as e}from"module";var t={12:(e,t,n)=>{n.d(t,{a:()=>s});const s=()=>"a"+n(7).b},' +
  '7:function(e){e.exports={b:"b"}},9:e=>{e.exports=(()=>1)}};var n={};' +
  'function __nccwpck_require__(e){var s=n[e];if(s!==undefined)return s.exports;var r=n[e]={exports:{}};' +
  't[e](r,r.exports,__nccwpck_require__);return r.exports}' +
  '__nccwpck_require__.d=(e,t)=>{for(var n in t)Object.defineProperty(e,n,{enumerable:true,get:t[n]})};' +
  'const o=__nccwpck_require__(12);console.log(o.a(),__nccwpck_require__(9)(),typeof e);';

/** A lazy chunk as ncc writes it: not minified, factories already wrapped. */
const CHUNK =
  'export const id = 5;\nexport const ids = [5];\nexport const modules = {\n\n/***/ 5:\n' +
  '/***/ ((module) => {\nmodule.exports = 1;\n/***/ })\n\n};\n';

/** The same entry as CommonJS output writes it (the actions' bundles): inside an IIFE. */
const MINIFIED_CJS =
  '(()=>{"use strict";var e={12:(e,t,n)=>{n.d(t,{a:()=>s});const s=()=>"a"+n(7).b},' +
  '7:function(e){e.exports={b:"b"}},9:e=>{e.exports=(()=>1)}};var t={};' +
  'function __nccwpck_require__(n){var s=t[n];if(s!==undefined)return s.exports;var r=t[n]={exports:{}};' +
  'e[n](r,r.exports,__nccwpck_require__);return r.exports}' +
  '__nccwpck_require__.d=(e,t)=>{for(var n in t)Object.defineProperty(e,n,{enumerable:true,get:t[n]})};' +
  'var n=__nccwpck_require__(12);console.log(n.a(),__nccwpck_require__(9)(),typeof require);' +
  'module.exports=n})();';

/** A CommonJS lazy chunk as ncc writes it. */
const CHUNK_CJS =
  '"use strict";\nexports.id = 5;\nexports.ids = [5];\nexports.modules = {\n\n/***/ 5:\n' +
  '/***/ ((module) => {\nmodule.exports = 1;\n/***/ })\n\n};\n';

/** The value of each module-table property, as written. */
function factoryTexts(text: string): string[] {
  const ast = acorn.parse(text, {
    ecmaVersion: 'latest',
    sourceType: text.includes('export ') || text.startsWith('import') ? 'module' : 'script',
    preserveParens: true,
  });
  const texts: string[] = [];
  acornWalk(ast, (node) => {
    if (node.type !== 'Property') return;
    const property = node as unknown as acorn.Property;
    if (property.key.type === 'Literal' && typeof property.key.value === 'number') {
      texts.push(text.slice(property.value.start, property.value.end));
    }
  });
  return texts;
}

function acornWalk(node: acorn.Node, visit: (node: acorn.Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as acorn.Node).type === 'string') {
        acornWalk(child as acorn.Node, visit);
      }
    }
  }
}

function run(source: string, extension = 'mjs'): string {
  const dir = mkdtempSync(join(tmpdir(), 'factory-parens-'));
  const file = join(dir, `index.${extension}`);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('parenthesizeFactories', () => {
  it('wraps each bare factory, and only the factories', () => {
    const result = parenthesizeFactories(MINIFIED);
    expect(result).toMatchObject({ factories: 3, wrapped: 3 });
    expect(factoryTexts(result.text).every((t) => t.startsWith('(') && t.endsWith(')'))).toBe(true);
    // Nothing else moved: removing the added parentheses gives the input back.
    let restored = result.text;
    for (const t of factoryTexts(result.text)) restored = restored.replace(t, t.slice(1, -1));
    expect(restored).toBe(MINIFIED);
  });

  it('keeps the program: the same output before and after', () => {
    expect(run(MINIFIED)).toBe('ab 1 function\n');
    expect(run(parenthesizeFactories(MINIFIED).text)).toBe(run(MINIFIED));
  });

  it('finds the table of a CommonJS entry inside its IIFE, and keeps the program', () => {
    const result = parenthesizeFactories(MINIFIED_CJS);
    expect(result).toMatchObject({ factories: 3, wrapped: 3 });
    expect(factoryTexts(result.text).every((t) => t.startsWith('(') && t.endsWith(')'))).toBe(true);
    expect(run(MINIFIED_CJS, 'cjs')).toBe('ab 1 function\n');
    expect(run(result.text, 'cjs')).toBe(run(MINIFIED_CJS, 'cjs'));
  });

  it("finds a CommonJS chunk's exports.modules, alone or in a sequence", () => {
    expect(parenthesizeFactories(CHUNK_CJS)).toEqual({ text: CHUNK_CJS, factories: 1, wrapped: 0 });
    const sequence =
      '"use strict";exports.id=5,exports.ids=[5],exports.modules={5:e=>{e.exports=1}};';
    const result = parenthesizeFactories(sequence);
    expect(result).toMatchObject({ factories: 1, wrapped: 1 });
    expect(result.text).toContain('exports.modules={5:(e=>{e.exports=1})}');
  });

  it('leaves wrapped factories alone, and is idempotent', () => {
    expect(parenthesizeFactories(CHUNK)).toEqual({ text: CHUNK, factories: 1, wrapped: 0 });
    const once = parenthesizeFactories(MINIFIED).text;
    expect(parenthesizeFactories(once)).toMatchObject({ text: once, wrapped: 0 });
  });

  it('fails on a file that holds no module table, naming it', () => {
    expect(() => parenthesizeFactories('console.log(1);', 'dist/x.js')).toThrow(
      'factory-parens: dist/x.js holds no module table',
    );
    // An object of functions keyed by names is not a module table.
    expect(() => parenthesizeFactories('var t={a:()=>1,b:()=>2};', 'y.js')).toThrow(
      'y.js holds no module table',
    );
  });
});

describe('minifyChunk', () => {
  /** A chunk whose code reads a class's and a function's name, loaded by an entry. */
  const chunk =
    'export const id = 3;\nexport const ids = [3];\nexport const modules = {\n\n' +
    '/***/ 30:\n/***/ ((module) => {\n\n// a comment\nclass NamedError extends Error {\n' +
    '  get kind() { return this.constructor.name; }\n}\nfunction namedHelper(value) {\n' +
    '  return `${namedHelper.name}:${value}`;\n}\n' +
    'module.exports = { kind: new NamedError().kind, helped: namedHelper(2) };\n\n/***/ })\n\n};\n';

  it('keeps names and behaviour, drops comments, and wraps the factories', async () => {
    const out = minifyChunk(chunk, '3.index.js');
    expect(out.length).toBeLessThan(chunk.length);
    expect(out).not.toContain('a comment');
    expect(parenthesizeFactories(out)).toMatchObject({ factories: 1, wrapped: 0 });
    const load = async (text: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'minify-chunk-'));
      writeFileSync(join(dir, 'chunk.mjs'), text);
      const { modules } = (await import(join(dir, 'chunk.mjs'))) as {
        modules: Record<number, (module: { exports: unknown }) => void>;
      };
      const module = { exports: undefined as unknown };
      modules[30]!(module);
      return module.exports;
    };
    expect(await load(out)).toEqual({ kind: 'NamedError', helped: 'namedHelper:2' });
    expect(await load(out)).toEqual(await load(chunk));
  });

  it('keeps a CommonJS chunk CommonJS, with its names and behaviour', () => {
    const cjs = chunk
      .replace('export const id = 3;\nexport const ids = [3];\nexport const modules =', '')
      .replace(/^/, '"use strict";\nexports.id = 3;\nexports.ids = [3];\nexports.modules =');
    const out = minifyChunk(cjs, '3.index.js');
    expect(out).not.toContain('export ');
    expect(parenthesizeFactories(out)).toMatchObject({ factories: 1, wrapped: 0 });
    const load = (text: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'minify-chunk-'));
      writeFileSync(join(dir, 'chunk.cjs'), text);
      const { modules } = createRequire(import.meta.url)(join(dir, 'chunk.cjs')) as {
        modules: Record<number, (module: { exports: unknown }) => void>;
      };
      const module = { exports: undefined as unknown };
      modules[30]!(module);
      return module.exports;
    };
    expect(load(out)).toEqual({ kind: 'NamedError', helped: 'namedHelper:2' });
  });
});

describe('the committed bundles', () => {
  const dists = [
    ...readdirSync(join(root, 'actions')).map((a) => join(root, 'actions', a, 'dist')),
    join(root, 'packages', 'cli', 'dist'),
  ];
  const files = dists.flatMap((d) => {
    try {
      return readdirSync(d)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(d, f));
    } catch {
      return [];
    }
  });

  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [f.slice(root.length)]))('%s: every factory is wrapped', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const result = parenthesizeFactories(text, file);
    expect(result.factories).toBeGreaterThan(0);
    expect(result.wrapped).toBe(0);
    // Minified (ncc's terser for the entry, minify-chunks for the rest): no webpack banners.
    expect(text).not.toContain('/***/');
  });
});
