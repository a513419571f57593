/**
 * Proof that a splice did exactly what was planned. The edited text is re-parsed and compared
 * with the original node by node: every scalar, alias, anchor, tag, key and collection is the
 * same, except the planned values (which read back as exactly the planned strings) and the
 * planned new keys. Then the occurrences are re-extracted: the same ones, with only the
 * planned tags and digests changed.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { EditVerificationError } from './image-edit-errors.js';
import type { Edit, PathSegment } from './image-occurrence.js';
import { splitImageString } from './image-strings.js';
import type { AnalysedFile } from './find-occurrences.js';
import { pairKey } from './yaml-maps.js';

/** The planned values of one document: by value path, and new keys by map path. */
interface Expected {
  values: Map<string, string>;
  inserted: Map<string, Set<string>>;
}

/** A difference found while comparing; thrown with the path, turned into an error by the caller. */
class Difference {
  constructor(
    readonly path: string,
    readonly node: unknown,
    readonly what: string,
  ) {}
}

/** Path keys are built by appending `SEP + segment`, so no array is built per node. */
const SEP = '\u0000';
const keyOf = (path: readonly PathSegment[]) => path.map((p) => SEP + String(p)).join('');
const readable = (key: string) => key.split(SEP).slice(1).join('.');

function expectedByDocument(edits: readonly Edit[]): Map<number, Expected> {
  const byDocument = new Map<number, Expected>();
  for (const edit of edits) {
    let expected = byDocument.get(edit.document);
    if (!expected) {
      expected = { values: new Map(), inserted: new Map() };
      byDocument.set(edit.document, expected);
    }
    expected.values.set(keyOf(edit.path), edit.to);
    if (!edit.insert) continue;
    const mapKey = keyOf(edit.path.slice(0, -1));
    const keys = expected.inserted.get(mapKey) ?? new Set<string>();
    keys.add(String(edit.path[edit.path.length - 1]));
    expected.inserted.set(mapKey, keys);
  }
  return byDocument;
}

/** Whether two parsed scalar values are the same (NaN equals NaN; dates by time). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
}

function sameProps(a: Node, b: Node): boolean {
  return a.anchor === b.anchor && a.tag === b.tag;
}

/** Compare two nodes at `path`; `expected` is undefined inside keys. */
function compare(a: unknown, b: unknown, path: string, expected: Expected | undefined): void {
  const want = expected?.values.get(path);
  if (want !== undefined) {
    if (!isScalar(b) || b.value !== want)
      throw new Difference(path, b, `should read ${JSON.stringify(want)}`);
    if (isScalar(a) && !sameProps(a, b)) throw new Difference(path, b, 'lost its anchor or tag');
    return;
  }
  if (a === null || a === undefined || b === null || b === undefined) {
    if ((a ?? null) !== (b ?? null)) throw new Difference(path, b, 'appeared or disappeared');
    return;
  }
  if (isAlias(a)) {
    if (!isAlias(b) || a.source !== b.source)
      throw new Difference(path, b, 'is not the same alias');
  } else if (isScalar(a)) {
    if (!isScalar(b) || !sameValue(a.value, b.value) || a.type !== b.type || !sameProps(a, b))
      throw new Difference(path, b, 'changed');
  } else if (isMap(a)) {
    if (!isMap(b) || a.flow !== b.flow || !sameProps(a, b))
      throw new Difference(path, b, 'changed');
    compareMaps(a.items, b.items, path, expected);
  } else if (isSeq(a)) {
    if (!isSeq(b) || a.items.length !== b.items.length || a.flow !== b.flow || !sameProps(a, b))
      throw new Difference(path, b, 'changed');
    a.items.forEach((item, i) => compare(item, b.items[i], path + SEP + i, expected));
  }
}

type Pairs = Parameters<typeof pairKey>[0][];

function compareMaps(a: Pairs, b: Pairs, path: string, expected: Expected | undefined) {
  const inserted = expected?.inserted.get(path);
  let i = 0;
  for (const pair of b) {
    const key = pairKey(pair);
    const original = a[i];
    if (key !== undefined && inserted?.has(key) && (!original || pairKey(original) !== key)) {
      compare(null, pair.value, path + SEP + key, expected);
      continue;
    }
    if (!original) throw new Difference(path, pair.key, 'has a new key');
    compare(original.key, pair.key, `${path}${SEP}?${i}`, undefined);
    compare(original.value, pair.value, path + SEP + (key ?? `?${i}`), expected);
    i++;
  }
  if (i !== a.length) throw new Difference(path, undefined, 'lost keys');
}

/** Throw an EditVerificationError describing a difference. */
function fail(after: AnalysedFile, diff: Difference, document: number, fallback: number): never {
  const start = (diff.node as Node | null)?.range?.[0];
  const line = start === undefined ? fallback : after.source.lineOf(start);
  const where = readable(diff.path) || 'the document';
  throw new EditVerificationError(
    after.source.file,
    line,
    `after the edit, ${where} (document ${document + 1}) ${diff.what}; nothing was written`,
  );
}

const NOTHING: Expected = { values: new Map(), inserted: new Map() };

/** Every node of `after` equals `before` except the planned values and keys. */
export function verifyDocuments(before: AnalysedFile, after: AnalysedFile, edits: readonly Edit[]) {
  const a = before.source.documents;
  const b = after.source.documents;
  if (a.length !== b.length)
    throw new EditVerificationError(
      before.source.file,
      edits[0]?.line ?? 0,
      'the edit changed the number of documents; nothing was written',
    );
  const expected = expectedByDocument(edits);
  a.forEach((doc, i) => {
    try {
      compare(doc.contents, b[i]?.contents, '', expected.get(i) ?? NOTHING);
    } catch (error) {
      if (error instanceof Difference) fail(after, error, i, edits[0]?.line ?? 0);
      throw error;
    }
  });
}

/**
 * The skipped occurrences expected after the edits: those before, less a Flux marker on a key
 * that had no value (`tag:  # {"$imagepolicy": …}`, which Flux ignores) and now has one.
 */
function expectedSkips(before: AnalysedFile, edits: readonly Edit[]): readonly { line: number }[] {
  const filled = new Set(edits.filter((e) => !e.insert && e.start === e.end).map((e) => e.line));
  return before.found.skipped.filter(
    (s) => !(s.reason === 'marker-not-on-scalar' && filled.has(s.line)),
  );
}

/** The first line at which two lists of located things differ, for a refusal's message. */
function firstChangedLine(
  ...lists: [
    readonly { line: number }[],
    readonly { line: number }[],
    readonly { line: number }[],
    readonly { line: number }[],
  ]
): number | undefined {
  const [a, b, c, d] = lists;
  const first = (x: readonly { line: number }[], y: readonly { line: number }[]) => {
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if (x[i]?.line !== y[i]?.line)
        return Math.min(x[i]?.line ?? Infinity, y[i]?.line ?? Infinity);
    return undefined;
  };
  const lines = [first(a, b), first(c, d)].filter((l): l is number => l !== undefined);
  return lines.length > 0 ? Math.min(...lines) : undefined;
}

/** Re-extracted occurrences are the same, with only the planned tags and digests changed. */
export function verifyOccurrences(
  before: AnalysedFile,
  after: AnalysedFile,
  edits: readonly Edit[],
) {
  const file = before.source.file;
  const a = before.found.occurrences;
  const b = after.found.occurrences;
  const skipped = expectedSkips(before, edits);
  if (a.length !== b.length || skipped.length !== after.found.skipped.length)
    throw new EditVerificationError(
      file,
      firstChangedLine(a, b, skipped, after.found.skipped) ?? edits[0]?.line ?? 0,
      'the edit changed which images the file holds; nothing was written',
    );
  const wanted = a.map((occ) => ({ tag: occ.tag, digest: occ.digest }));
  for (const edit of edits) {
    const want = wanted[edit.occurrence];
    if (!want) continue;
    if (edit.field === 'ref') {
      const parts = splitImageString(edit.to);
      want.tag = parts?.tag;
      want.digest = parts?.digest;
    } else want[edit.field] = edit.to || undefined;
  }
  a.forEach((occ, i) => {
    const now = b[i];
    const want = wanted[i];
    if (
      !now ||
      !want ||
      now.kind !== occ.kind ||
      now.keyPath !== occ.keyPath ||
      now.repository !== occ.repository ||
      now.tag !== want.tag ||
      now.digest !== want.digest
    )
      throw new EditVerificationError(
        file,
        now?.line ?? occ.line,
        `after the edit, ${occ.keyPath} does not read as planned ` +
          `(tag ${JSON.stringify(now?.tag)}, digest ${JSON.stringify(now?.digest)}); nothing was written`,
      );
  });
}
