/**
 * The properties of the byte-exact YAML engine on generated files (fast-check), run by
 * test/yaml-engine-property*.test.ts. For each generated file and a random set of services to
 * bump:
 * - the bump is not refused (every generated edit is valid);
 * - the bytes outside the planned edits' ranges are identical, and each range held the old value;
 * - the result parses, and its data equals the original with exactly the bumped values changed
 *   (tag, digest, or the whole `repo:tag@digest` string; a missing digest key added);
 * - every written value reads back as the same string under YAML 1.1 and 1.2;
 * - a second run is a no-op.
 * A second property puts an alias, a template or a block scalar where a bumped tag is: the bump
 * refuses with a FileError naming the file and a line, and returns nothing to write.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ComponentTags } from '../../packages/core/src/component-tags.js';
import { FileError } from '../../packages/core/src/errors.js';
import {
  applyEdits,
  bumpFiles,
  type Edit,
  needsQuotes,
  planEdits,
} from '../../packages/core/src/image-edit/index.js';
import {
  digest,
  type GeneratedFile,
  generatedFile,
  repositoryOf,
  SERVICES,
  tag,
} from './generated-yaml.js';

const FILE = 'values.yaml';

/** Every document's data (YAML 1.2, as the engine reads it). */
function dataOf(text: string, version: '1.1' | '1.2' = '1.2'): unknown[] {
  return parseAllDocuments(text, { version, uniqueKeys: false }).map((d) => {
    expect(d.errors, 'the text parses').toEqual([]);
    return d.toJS({ maxAliasCount: -1 });
  });
}

type Data = Record<string | number, unknown>;

/** The value at `path` in `root`. */
function at(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Data | undefined)?.[key], root);
}

/** Set the value at `path` in `root` (the parent must exist). */
function set(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = at(root, path.slice(0, -1)) as Data;
  parent[path[path.length - 1] as string] = value;
}

/** The original data with the bump's intended changes made: what the result must hold. */
function expectedData(file: GeneratedFile, before: unknown[], tags: ComponentTags): unknown[] {
  const want = structuredClone(before);
  for (const image of file.images) {
    const entry = tags[image.service];
    if (!entry) continue;
    const doc = want[image.document];
    if (image.refPath) {
      set(doc, image.refPath, `${image.repository}:${entry.tag}@${entry.digest}`);
    } else if (image.mapPath && image.tagKey) {
      set(doc, [...image.mapPath, image.tagKey], entry.tag);
      set(doc, [...image.mapPath, 'digest'], entry.digest);
    }
  }
  return want;
}

/** The text with the edits spliced in, checking that each range held the planned old value. */
function spliced(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const edit of sorted) {
    expect(edit.start).toBeGreaterThanOrEqual(last);
    const old = text.slice(edit.start, edit.end);
    if (edit.insert || edit.start === edit.end) expect(old).toBe('');
    else expect(old.includes(edit.from) || old.replace(/''/g, "'").includes(edit.from)).toBe(true);
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}

const componentTags = fc
  .uniqueArray(fc.constantFrom(...SERVICES), { minLength: 1, maxLength: SERVICES.length })
  .chain((services) =>
    fc.tuple(...services.map((s) => fc.tuple(fc.constant(s), tag, digest))).map((entries) => {
      const tags: ComponentTags = {};
      for (const [service, t, d] of entries)
        tags[service] = { tag: t, digest: d, image: repositoryOf(service) };
      return tags;
    }),
  );

const plainOk = (value: string) => !needsQuotes(value);

/** Counts for the report (docs/reliability.md). */
export const stats = {
  cases: 0,
  edits: 0,
  files: 0,
  crlf: 0,
  bom: 0,
  multiDocument: 0,
  kinds: {} as Record<string, number>,
};

/** The bump of a generated file changes exactly the intended values (see the file comment). */
export const bumpProperty = () =>
  fc.property(generatedFile(plainOk), componentTags, (file, tags) => {
    const before = dataOf(file.text);
    const input = { files: [{ path: FILE, text: file.text }], componentTags: tags };
    const plan = planEdits({ ...input, write: 'tag+digest' });
    const after = applyEdits(FILE, file.text, plan.edits);
    expect(after, 'the bytes outside the edits are the same').toBe(spliced(file.text, plan.edits));
    expect(dataOf(after)).toEqual(expectedData(file, before, tags));
    // Each bumped value reads back as the same string under YAML 1.1 too.
    const after11 = dataOf(after, '1.1');
    for (const image of file.images) {
      const entry = tags[image.service];
      if (!entry) continue;
      if (image.mapPath && image.tagKey)
        expect(at(after11[image.document], [...image.mapPath, image.tagKey])).toBe(entry.tag);
    }
    const again = planEdits({
      ...input,
      files: [{ path: FILE, text: after }],
      write: 'tag+digest',
    });
    expect(again.edits, 'a second run is a no-op').toEqual([]);
    stats.cases++;
    stats.edits += plan.edits.length;
    if (after !== file.text) stats.files++;
    if (file.text.includes('\r\n')) stats.crlf++;
    if (file.text.startsWith('\uFEFF')) stats.bom++;
    if (before.length > 1) stats.multiDocument++;
    for (const image of file.images) stats.kinds[image.kind] = (stats.kinds[image.kind] ?? 0) + 1;
  });

/** Ways to write a bumped tag that the engine must refuse to edit. */
const unsafe = fc.constantFrom(
  [
    'an alias',
    (t: string) => `tagdef: &t ${t}\nimage:\n  repository: ghcr.io/acme/api\n  tag: *t\n`,
  ],
  ['a template', () => 'image:\n  repository: ghcr.io/acme/api\n  tag: "{{ .Values.tag }}"\n'],
  [
    'a block scalar',
    (t: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: |-\n    ${t}\n`,
  ],
  [
    'a shared anchor',
    (t: string) => `image: &i\n  repository: ghcr.io/acme/api\n  tag: ${t}\nother: *i\n`,
  ],
);

/** A bump where a bumped tag is unsafe to edit is refused naming file and line. */
export const unsafeProperty = () =>
  fc.property(unsafe, generatedFile(plainOk), tag, digest, ([_name, make], prefix, t, d) => {
    const text = `${prefix.text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')}---\n${make('v0')}`;
    const run = () =>
      bumpFiles({
        files: [{ path: FILE, text }],
        componentTags: { api: { tag: t, digest: d, image: 'ghcr.io/acme/api' } },
        write: 'tag+digest',
      });
    expect(run).toThrow(FileError);
    expect(run).toThrow(/^values\.yaml:[1-9][0-9]*: /);
  });
