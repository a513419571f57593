/**
 * Staged writes on real files: the staging thread's temporaries become the files only on
 * commit, keep each file's mode, leave a link (or a thread that fails) to the caller, and on
 * abort or a failure to stage leave nothing behind and nothing written.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startStagedWrites } from './staged-writes.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'staged-writes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry below `dir`, as relative paths, sorted. */
const entries = (): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();

const files = (names: string[]) => {
  for (const name of names) writeFileSync(join(dir, name), `old ${name}\n`);
};

describe('staged writes', () => {
  test('nothing is written before commit; commit writes every file, keeping its mode', async () => {
    files(['a.yaml', 'b.yaml']);
    chmodSync(join(dir, 'b.yaml'), 0o640);
    const staged = startStagedWrites();
    staged.stage(join(dir, 'a.yaml'), 'new a ✓\n');
    staged.stage(join(dir, 'b.yaml'), 'new b\n');
    staged.stage(join(dir, 'sub', 'c.yaml'), 'new c\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old a.yaml\n');
    expect(await staged.commit()).toEqual([]);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new a ✓\n');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('new b\n');
    expect(readFileSync(join(dir, 'sub', 'c.yaml'), 'utf8')).toBe('new c\n');
    expect((statSync(join(dir, 'b.yaml')).mode & 0o7777).toString(8)).toBe('640');
    expect(entries()).toEqual(['a.yaml', 'b.yaml', 'sub', 'sub/c.yaml']);
    expect(staged.texts.get(join(dir, 'b.yaml'))).toBe('new b\n');
    // After a commit, abort does nothing.
    await staged.abort();
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new a ✓\n');
  });

  test('many files, in batches: each gets its own text', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `f${i}.yaml`);
    files(names);
    const staged = startStagedWrites();
    for (const [i, name] of names.entries())
      staged.stage(join(dir, name), `${'x'.repeat(i * 500)}${i}\n`);
    expect(await staged.commit()).toEqual([]);
    for (const [i, name] of names.entries())
      expect(readFileSync(join(dir, name), 'utf8')).toBe(`${'x'.repeat(i * 500)}${i}\n`);
    expect(entries()).toHaveLength(300);
  });

  test('abort removes every temporary and writes nothing', async () => {
    files(['a.yaml', 'b.yaml']);
    const staged = startStagedWrites();
    staged.stage(join(dir, 'a.yaml'), 'new a\n');
    staged.stage(join(dir, 'b.yaml'), 'new b\n');
    await staged.abort();
    expect(entries()).toEqual(['a.yaml', 'b.yaml']);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old a.yaml\n');
    await expect(staged.commit()).rejects.toThrow('staged writes were aborted');
    expect(() => staged.stage(join(dir, 'a.yaml'), 'x')).toThrow('staged writes have ended');
  });

  test('a file that became a symbolic link is left to the caller, untouched', async () => {
    files(['a.yaml', 'target.yaml']);
    symlinkSync('target.yaml', join(dir, 'link.yaml'));
    const staged = startStagedWrites();
    staged.stage(join(dir, 'a.yaml'), 'new a\n');
    staged.stage(join(dir, 'link.yaml'), 'through the link\n');
    expect(await staged.commit()).toEqual([join(dir, 'link.yaml')]);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new a\n');
    expect(readFileSync(join(dir, 'target.yaml'), 'utf8')).toBe('old target.yaml\n');
    expect(entries()).toEqual(['a.yaml', 'link.yaml', 'target.yaml']);
  });

  test('a file that cannot be staged fails the commit with its error, and nothing is written', async () => {
    files(['a.yaml', 'not-a-folder']);
    const staged = startStagedWrites();
    staged.stage(join(dir, 'a.yaml'), 'new a\n');
    staged.stage(join(dir, 'not-a-folder', 'b.yaml'), 'new b\n');
    staged.stage(join(dir, 'c.yaml'), 'new c\n');
    const error = await staged.commit().catch((e: unknown) => e as NodeJS.ErrnoException);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'ENOTDIR', syscall: 'lstat' });
    expect(String((error as Error).message)).toContain('not-a-folder');
    expect(entries()).toEqual(['a.yaml', 'not-a-folder']);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old a.yaml\n');
  });

  test('a stale temporary of the same name is refused (wx) and kept: it is not ours', async () => {
    files(['a.yaml']);
    const stale = join(dir, `a.yaml.${process.pid}-s0.tmp`);
    writeFileSync(stale, 'someone else\n');
    const staged = startStagedWrites();
    staged.stage(join(dir, 'a.yaml'), 'new a\n');
    await expect(staged.commit()).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(stale, 'utf8')).toBe('someone else\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old a.yaml\n');
  });

  test('a thread that fails leaves every file to the caller, and no temporary', async () => {
    files(['a.yaml', 'b.yaml']);
    const staged = startStagedWrites("throw new Error('no thread')");
    staged.stage(join(dir, 'a.yaml'), 'new a\n');
    staged.stage(join(dir, 'b.yaml'), 'new b\n');
    expect(await staged.commit()).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(entries()).toEqual(['a.yaml', 'b.yaml']);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old a.yaml\n');
  });

  test('a thread that stops mid-way: what it staged is removed, every file is the caller’s', async () => {
    files(['a.yaml']);
    mkdirSync(join(dir, 'sub'));
    // Stages the first file as the real thread names it, then exits without answering.
    const source = [
      "const fs = require('node:fs');",
      "const { parentPort } = require('node:worker_threads');",
      'parentPort.on("message", (m) => {',
      '  if (m.stage) fs.writeFileSync(m.stage.targets[0] + "." + process.pid + "-s0.tmp", "half");',
      '  else process.exit(1);',
      '});',
    ].join('\n');
    const staged = startStagedWrites(source);
    for (let i = 0; i < 40; i++) staged.stage(join(dir, 'a.yaml'), `new ${i}\n`);
    expect(await staged.commit()).toHaveLength(40);
    expect(entries()).toEqual(['a.yaml', 'sub']);
  });
});
