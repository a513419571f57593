import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TextEncodingError } from './text-encoding.js';
import { InputError } from './errors.js';
import {
  listedPathOf,
  listWorkspace,
  listWorkspaceFiles,
  readListedFile,
  readWorkspaceText,
  resolveInWorkspace,
  workspacePathOf,
  writeFileAtomic,
  writeListedFile,
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

/**
 * A workspace with a regular file, a folder, links inside and out, a dangling link, a link to
 * a folder (not followed) and .git (skipped).
 */
function linkedWorkspace(): { root: string; outside: string } {
  const root = workspace();
  const outside = join(workspace(), 'secret.yaml');
  writeFileSync(outside, 'tag: v1\n');
  mkdirSync(join(root, 'env', 'staging'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '');
  writeFileSync(join(root, 'values.yaml'), 'tag: v1\n');
  writeFileSync(join(root, 'env', 'staging', 'values.yaml'), 'tag: v1\n');
  symlinkSync('env/staging/values.yaml', join(root, 'link.yaml'));
  symlinkSync(outside, join(root, 'out.yaml'));
  symlinkSync('nowhere.yaml', join(root, 'dangling.yaml'));
  symlinkSync('env', join(root, 'env-link'));
  return { root, outside };
}

describe('listWorkspace marks the regular files, whose paths need no resolving', () => {
  test('files sorted as listWorkspaceFiles lists them; only regular files are plain', () => {
    const { root } = linkedWorkspace();
    const listing = listWorkspace(root);
    expect(listing.root).toBe(realpathSync(root));
    expect(listing.files).toEqual([
      'dangling.yaml',
      'env/staging/values.yaml',
      'link.yaml',
      'out.yaml',
      'values.yaml',
    ]);
    expect(listWorkspaceFiles(root)).toEqual(listing.files);
    expect([...listing.plain].sort()).toEqual(['env/staging/values.yaml', 'values.yaml']);
  });

  test.each([
    ['values.yaml', 'values.yaml'],
    ['env/staging/values.yaml', 'env/staging/values.yaml'],
    ['link.yaml', 'env/staging/values.yaml'],
  ])('listedPathOf(%s) is %s, as workspacePathOf says', (path, expected) => {
    const { root } = linkedWorkspace();
    expect(listedPathOf(listWorkspace(root), path, 'files')).toBe(expected);
    expect(workspacePathOf(root, path, 'files')).toBe(expected);
  });

  test.each([
    ['out.yaml', /Input 'files': "out.yaml" is outside the workspace/],
    ['dangling.yaml', /"dangling.yaml" is a symbolic link to nothing \(dangling\)/],
  ])('readListedFile(%s) is refused: %s', (path, message) => {
    const { root } = linkedWorkspace();
    const read = () => readListedFile(listWorkspace(root), path, 'files');
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });

  test('readListedFile reads a regular file and a link inside', () => {
    const { root } = linkedWorkspace();
    writeFileSync(join(root, 'env', 'staging', 'values.yaml'), 'tag: staging\n');
    const listing = listWorkspace(root);
    expect(readListedFile(listing, 'values.yaml', 'files')).toBe('tag: v1\n');
    expect(readListedFile(listing, 'link.yaml', 'files')).toBe('tag: staging\n');
  });
});

describe('writeListedFile writes inside the workspace only', () => {
  test('a regular file keeps its mode; a link inside is kept and its target written', () => {
    const { root } = linkedWorkspace();
    chmodSync(join(root, 'values.yaml'), 0o640);
    const listing = listWorkspace(root);
    expect(writeListedFile(listing, 'values.yaml', 'tag: v2\n', 'files')).toBe(
      join(listing.root, 'values.yaml'),
    );
    writeListedFile(listing, 'link.yaml', 'tag: v3\n', 'files');
    expect(readFileSync(join(root, 'values.yaml'), 'utf8')).toBe('tag: v2\n');
    expect(statSync(join(root, 'values.yaml')).mode & 0o7777).toBe(0o640);
    expect(lstatSync(join(root, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'env', 'staging', 'values.yaml'), 'utf8')).toBe('tag: v3\n');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a link out of the workspace is refused, also one made after the listing', () => {
    const { root, outside } = linkedWorkspace();
    const listing = listWorkspace(root);
    // values.yaml was a regular file when listed; it is now a link to a file outside.
    rmSync(join(root, 'values.yaml'));
    symlinkSync(outside, join(root, 'values.yaml'));
    for (const path of ['out.yaml', 'values.yaml'])
      expect(() => writeListedFile(listing, path, 'tag: v2\n', 'files')).toThrow(
        new RegExp(`Input 'files': "${path}" is outside the workspace`),
      );
    expect(readFileSync(outside, 'utf8')).toBe('tag: v1\n');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
