/**
 * Find where a JSON path (an ajv `instancePath`, or a list of keys) is written in a YAML or JSON
 * document: the line of the key, or of the deepest ancestor that is written there.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** A parsed document with a way to turn offsets into 1-based lines. */
export interface LocatedDocument {
  document: Document.Parsed;
  lineOf(offset: number): number;
}

/** Parse the first document of `text` (YAML, or JSON, which YAML reads too). */
export function parseLocated(text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  return { document, lineOf: (offset) => lineCounter.linePos(offset).line };
}

/** `/a/b~1c/0` → `['a', 'b/c', '0']`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `a.b[0]`, or `(root)` for the empty path. */
export function dottedPath(segments: readonly string[]): string {
  let out = '';
  for (const segment of segments) {
    if (/^[0-9]+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(root)';
}

export interface PathPlace {
  /** 1-based line of the key (or item) at the deepest segment found. */
  line: number;
  /** How many segments were found: `segments.length` when all of them. */
  depth: number;
}

function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null ? '' : String(key.value);
}

/** Where `segments` lead in the document. */
export function placeOf(located: LocatedDocument, segments: readonly string[]): PathPlace {
  const { document, lineOf } = located;
  let node: unknown = document.contents;
  const start = (node as { range?: [number] } | null)?.range?.[0];
  let place: PathPlace = { line: start === undefined ? 1 : lineOf(start), depth: 0 };
  for (const [index, segment] of segments.entries()) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === segment);
      if (pair === undefined) return place;
      const at = (pair.key as { range?: [number] } | null)?.range?.[0];
      place = { line: at === undefined ? place.line : lineOf(at), depth: index + 1 };
      node = pair.value;
    } else if (isSeq(node) && /^[0-9]+$/.test(segment)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return place;
      const at = (item as { range?: [number] } | null)?.range?.[0];
      place = { line: at === undefined ? place.line : lineOf(at), depth: index + 1 };
      node = item;
    } else {
      return place;
    }
  }
  return place;
}
