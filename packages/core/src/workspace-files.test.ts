import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TextEncodingError } from './text-encoding.js';
import {
  readWorkspaceText,
  resolveInWorkspace,
  workspacePathOf,
  writeFileAtomic,
} from './workspace-files.js';

const workspace = () => mkdtempSync(join(tmpdir(), 'workspace-files-'));

describe('writeFileAtomic keeps the file mode', () => {
  test.each([0o600, 0o640, 0o644, 0o755, 0o444, 0o400])('%o stays %o', (mode) => {
    const path = join(workspace(), 'values.yaml');
    writeFileSync(path, 'tag: v1\n');
    chmodSync(path, mode);
    writeFileAtomic(path, 'tag: v2\n');
    expect(readFileSync(path, 'utf8')).toBe('tag: v2\n');
    expect((statSync(path).mode & 0o7777).toString(8)).toBe(mode.toString(8));
  });

  test('a new file gets the default mode, not 0600', () => {
    const path = join(workspace(), 'new', 'report.json');
    writeFileAtomic(path, '{}\n');
    expect(statSync(path).mode & 0o044).toBe(0o044 & ~process.umask());
  });
});

describe('writeFileAtomic leaves no temporary file', () => {
  test('many writes of one folder leave only the files written', () => {
    const dir = workspace();
    for (let i = 0; i < 50; i++) writeFileAtomic(join(dir, `f${i % 5}.yaml`), `tag: v${i}\n`);
    expect(readdirSync(dir).sort()).toEqual([
      'f0.yaml',
      'f1.yaml',
      'f2.yaml',
      'f3.yaml',
      'f4.yaml',
    ]);
    expect(readFileSync(join(dir, 'f4.yaml'), 'utf8')).toBe('tag: v49\n');
  });
});

describe('writeFileAtomic writes through a symbolic link inside the workspace', () => {
  test('values-dev.yaml -> values-staging.yaml: the target changes, the link stays', () => {
    const root = workspace();
    writeFileSync(join(root, 'values-staging.yaml'), 'tag: v1\n');
    chmodSync(join(root, 'values-staging.yaml'), 0o600);
    symlinkSync('values-staging.yaml', join(root, 'values-dev.yaml'));
    const path = resolveInWorkspace(root, 'values-dev.yaml', 'files');
    const written = writeFileAtomic(path, 'tag: v2\n');
    expect(lstatSync(join(root, 'values-dev.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'values-dev.yaml'))).toBe('values-staging.yaml');
    expect(readFileSync(join(root, 'values-staging.yaml'), 'utf8')).toBe('tag: v2\n');
    expect(statSync(join(root, 'values-staging.yaml')).mode & 0o7777).toBe(0o600);
    expect(written).toBe(join(root, 'values-staging.yaml'));
    expect(workspacePathOf(root, 'values-dev.yaml', 'files')).toBe('values-staging.yaml');
  });

  test('a chain of links into a subfolder reports the final target', () => {
    const root = workspace();
    mkdirSync(join(root, 'env', 'staging'), { recursive: true });
    writeFileSync(join(root, 'env', 'staging', 'values.yaml'), 'tag: v1\n');
    symlinkSync('staging/values.yaml', join(root, 'env', 'b.yaml'));
    symlinkSync('env/b.yaml', join(root, 'a.yaml'));
    writeFileAtomic(resolveInWorkspace(root, 'a.yaml', 'files'), 'tag: v2\n');
    expect(lstatSync(join(root, 'a.yaml')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(root, 'env', 'b.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'env', 'staging', 'values.yaml'), 'utf8')).toBe('tag: v2\n');
    expect(workspacePathOf(root, 'a.yaml', 'files')).toBe('env/staging/values.yaml');
  });

  test('a link to a file outside the workspace is refused before anything is written', () => {
    const root = workspace();
    const outside = join(workspace(), 'secret.yaml');
    writeFileSync(outside, 'tag: v1\n');
    symlinkSync(outside, join(root, 'values.yaml'));
    expect(() => resolveInWorkspace(root, 'values.yaml', 'files')).toThrow(
      /Input 'files': "values.yaml" is outside the workspace/,
    );
    expect(readFileSync(outside, 'utf8')).toBe('tag: v1\n');
  });
});

describe('readWorkspaceText reads UTF-8 or says why not', () => {
  const read = (bytes: number[] | Buffer) => {
    const path = join(workspace(), 'values.yaml');
    writeFileSync(path, Buffer.from(bytes));
    return () => readWorkspaceText(path, 'values.yaml');
  };
  test('UTF-8 with a BOM and CRLF is read as is', () => {
    const text = '\uFEFFimage:\r\n  tag: v1 # é\r\n';
    expect(read(Buffer.from(text, 'utf8'))()).toBe(text);
  });
  test.each([
    ['UTF-16 LE with a BOM', Buffer.from('\uFEFFtag: v1\n', 'utf16le'), /values.yaml:1: is UTF-16/],
    ['UTF-16 LE without a BOM', Buffer.from('tag: v1\n', 'utf16le'), /values.yaml:1: holds NUL/],
    [
      'UTF-16 BE with a BOM',
      Buffer.from([0xfe, 0xff, 0, 0x74, 0, 0x3a]),
      /values.yaml:1: is UTF-16 \(big-endian\)/,
    ],
    [
      'a Latin-1 comment on line 2',
      Buffer.concat([Buffer.from('tag: v1\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      /values.yaml:2: is not valid UTF-8/,
    ],
    ['CR-only line breaks', Buffer.from('a: 1\rtag: v1\r'), /values.yaml:1: has a line break/],
  ])('%s is refused with file and line', (_name, bytes, message) => {
    const run = read(bytes);
    expect(run).toThrow(TextEncodingError);
    expect(run).toThrow(message);
  });
});
