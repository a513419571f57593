import { type Document, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { YamlSyntaxError } from './image-edit-errors.js';
import { parseYamlFile } from './yaml-file.js';

/** What the engine reads of a node: kind, range, anchor, tag, scalar type and value. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isPair(node)) return { key: shape(node.key), value: shape(node.value) };
  const { range, anchor, tag } = node as { range?: unknown; anchor?: string; tag?: string };
  if (isAlias(node)) return { alias: node.source, range };
  if (isScalar(node)) return { value: node.value, type: node.type, range, anchor, tag };
  if (isMap(node) || isSeq(node)) return { items: node.items.map(shape), range, anchor, tag };
  throw new Error(`unexpected node ${String(node)}`);
}

/** The documents of `text` as yaml's parseAllDocuments composes them (the reference). */
function reference(text: string): Document.Parsed[] {
  const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  return Array.isArray(documents) ? documents : [];
}

const shapes = (documents: readonly Document.Parsed[]) =>
  documents.map((d) => ({ range: d.range, contents: shape(d.contents) }));

/** A values file of `n` services, larger than 64 KiB from about 600. */
function valuesFile(n: number, last = ''): string {
  const services = Array.from({ length: n }, (_, i) =>
    [
      `# service ${i}`,
      `svc-${i}:`,
      '  image: &img' + i,
      `    repository: ghcr.io/acme/svc-${i}`,
      `    tag: "1.0.${i}"`,
      '  env: {LOG: info}',
      '  ports:',
      '    - 8080',
      `  copy: *img${i}`,
    ].join('\n'),
  );
  return `${services.join('\n')}\n${last}`;
}

describe('parseYamlFile on large files (composed while parsed, CST given up)', () => {
  test.each([
    ['in the plain subset', valuesFile(1000)],
    ['leaving the subset on its last line (a tag)', valuesFile(1000, 'z: !!str 1\n')],
    ['leaving the subset on its last line (a block scalar)', valuesFile(1000, 'z: |\n  x\n')],
    ['leaving the subset on its first line (a tag)', `z: !!str 1\n${valuesFile(1000)}`],
    ['with a comment folded back into the item before', valuesFile(1000, '  # folded\nz: 1\n')],
    ['of several documents', `${valuesFile(700)}---\n${valuesFile(10, 'w: !t 2\n')}`],
  ])('%s: the same documents as parseAllDocuments', (_, text) => {
    expect(text.length).toBeGreaterThan(64 * 1024);
    const parsed = parseYamlFile('values.yaml', text);
    expect(shapes(parsed.documents)).toEqual(shapes(reference(text)));
    const lastLine = text.lastIndexOf('\n', text.length - 2) + 1;
    expect(parsed.lineOf(lastLine)).toBe(text.split('\n').length - 1);
  });

  test('a syntax error at the end of a large file names its line', () => {
    const text = valuesFile(1000, 'z: a: b\n');
    expect(() => parseYamlFile('values.yaml', text)).toThrow(YamlSyntaxError);
    expect(() => parseYamlFile('values.yaml', text)).toThrow(/values\.yaml:9001\b/);
  });
});
