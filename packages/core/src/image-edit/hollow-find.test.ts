/**
 * The hollowing search (analyseFile with `hollow`): a streamed file's top-level pairs are
 * searched as they are composed and their nodes let go of. It must find exactly what the
 * whole search finds, throw exactly what it throws, and leave the proof and verification of
 * edits unchanged. Small files are streamed here (`streamFrom: 0`) so that every corpus runs
 * through it; the large-file cases run at the real threshold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateConfigRepo } from '../../../../bench/generate-config-repo.js';
import { generatedFile } from '../../../../test/support/generated-yaml.js';
import { applyToAnalysed } from './apply-edits.js';
import { type AnalysedFile, analyseFile } from './find-occurrences.js';
import type { Edit } from './image-occurrence.js';
import { planEdits } from './plan-edits.js';

type Outcome = { found: AnalysedFile['found'] } | { error: string };

function outcome(run: () => AnalysedFile): Outcome {
  try {
    return { found: run().found };
  } catch (error) {
    const { name, message, line } = error as Error & { line?: number };
    return { error: `${name} ${String(line)} ${message}` };
  }
}

/**
 * Check that the hollowing search agrees with the whole one on `text`; whether it hollowed
 * (let go of some nodes), so a corpus can show that it went down that path.
 */
function agrees(path: string, text: string, streamFrom = 0): boolean {
  const whole = outcome(() => analyseFile({ path, text }));
  let hollowed = false;
  const hollow = outcome(() => {
    const analysed = analyseFile({ path, text }, { hollow: true, streamFrom });
    hollowed = analysed.hollow === true;
    return analysed;
  });
  expect(hollow).toEqual(whole);
  return hollowed;
}

const D1 = `sha256:${'1'.repeat(64)}`;

describe('the hollowing search', () => {
  test.each([
    [
      'services with image maps',
      true,
      'a:\n  image:\n    repository: r/a\n    tag: "1"\nb:\n  image: r/b:2\n',
    ],
    [
      'a merge key on an anchor of an earlier item',
      true,
      'x: &d\n  pullPolicy: Always\na:\n  image:\n    <<: *d\n    repository: r/a\n    tag: 1\nb: {image: {repository: r/b, tag: 2}}\n',
    ],
    [
      'an image string aliasing an anchor of an earlier item',
      true,
      'x: &img r/x:1\na:\n  image: *img\nb:\n  image: r/b:2\n',
    ],
    [
      'an image string aliasing an anchor inside an earlier item (which is kept)',
      true,
      'x:\n  img: &img r/x:1\n  other: {a: 1}\na:\n  image: *img\nb:\n  image: r/b:2\n',
    ],
    [
      'an occurrence under an anchor aliased by a later item (shared)',
      true,
      'a: &a\n  image:\n    repository: r/a\n    tag: 1\nb:\n  c: 1\nd: *a\ne:\n  f: *a\n',
    ],
    [
      'Flux markers at the top level and inside items',
      true,
      'image: r/x:1 # {"$imagepolicy": "ns:x"}\ntag: 2 # {"$imagepolicy": "ns:x:tag"}\na:\n  image: r/a:1 # {"$imagepolicy": "ns:a"}\nb:\n  c: d\n',
    ],
    ['a stray marker', true, 'a:\n  b: 1\n# {"$imagepolicy": "ns:a"}\nc:\n  d: 2\n'],
    // An error returns nothing: "hollowed" is false wherever the file throws.
    ['a repeated top-level key', false, 'a:\n  b: 1\nc:\n  d: 2\na:\n  e: 3\n'],
    ['a repeated key inside an item', false, 'a:\n  b: 1\n  b: 2\nc:\n  d: 2\n'],
    ['a repeated key inside an item and at the top', false, 'a:\n  b: 1\n  b: 2\na:\n  d: 2\n'],
    [
      'a top-level image map (read before its pairs)',
      false,
      'repository: r/a\ntag: 1\nother:\n  x: 1\n',
    ],
    [
      'a Kustomization (read as one from the start)',
      false,
      'kind: Kustomization\nimages:\n  - name: r/a\n    newTag: "1"\nresources:\n  - a.yaml\n',
    ],
    [
      'a Kustomization whose kind comes last',
      false,
      'images:\n  - name: r/a\n    newTag: "1"\nresources:\n  - a.yaml\nkind: Kustomization\n',
    ],
    [
      'an Argo CD Application',
      false,
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    helm:\n      parameters:\n        - name: image.tag\n          value: "1"\nmetadata:\n  name: x\n',
    ],
    [
      'several documents (indices of the later ones)',
      true,
      'a:\n  image: r/a:1\nb:\n  c: 1\n---\n- x\n---\nd:\n  image: r/d:1\ne:\n  image: r/e:2\n',
    ],
    ['one top-level item (never handed on)', false, 'a:\n  image: r/a:1\n'],
    ['a syntax error after the items', false, 'a:\n  image: r/a:1\nb:\n  c: 1\nd: e: f\n'],
    ['outside the composed subset', false, 'a:\n  image: r/a:1\nb: !!str x\nc:\n  d: 1\n'],
  ])('%s: the same as the whole search (hollowed: %s)', (_, hollowed, text) => {
    expect(agrees('values.yaml', text)).toBe(hollowed);
  });

  test('a Kustomization by file name is searched whole', () => {
    const text = 'images:\n  - name: r/a\n    newTag: "1"\nresources:\n  - a.yaml\n';
    expect(agrees('kustomization.yaml', text)).toBe(false);
  });

  test('every file of the benchmark repository and every golden input agrees', () => {
    const repo = generateConfigRepo(6);
    let hollowed = 0;
    for (const file of repo.files) if (agrees(file.path, file.text)) hollowed++;
    expect(hollowed).toBeGreaterThan(repo.files.length / 2);
    const root = new URL('../../../../test/golden/', import.meta.url).pathname;
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [path] : [];
      });
    const golden = walk(root).filter((p) => p.includes(`${join('input')}`));
    expect(golden.length).toBeGreaterThan(10);
    for (const path of golden)
      agrees(path.slice(path.lastIndexOf('/') + 1), readFileSync(path, 'utf8'));
  });

  test('on generated files it finds what the whole search finds', () => {
    let hollowed = 0;
    fc.assert(
      fc.property(
        generatedFile(() => true),
        (file) => {
          if (agrees('values.yaml', file.text)) hollowed++;
        },
      ),
      { seed: 20261204, numRuns: 400 },
    );
    expect(hollowed).toBeGreaterThan(100);
  });

  test('on random items of keys, values and comments it agrees, errors included', () => {
    const value = fc.constantFrom(
      '1',
      'r/x:1',
      '"d q"',
      '&x v',
      '*x',
      '&x',
      '{a: 1}',
      '[1, b]',
      '',
    );
    const comment = fc.constantFrom('', ' # c', ' # {"$imagepolicy": "ns:a"}');
    const key = fc.constantFrom('a', 'image', 'tag', 'repository', '<<', 'kind', 'x');
    const entry = fc.tuple(key, value, comment).map(([k, v, c]) => ({ k, line: `: ${v}${c}\n` }));
    // A body of map entries, of sequence items, or an image map, at two spaces.
    const body = fc.oneof(
      fc
        .array(entry, { maxLength: 4 })
        .map((es) => es.map(({ k, line }, j) => `  ${k}${k === 'x' ? '' : j}${line}`).join('')),
      fc
        .array(fc.tuple(value, comment), { maxLength: 3 })
        .map((vs) => vs.map(([v, c]) => `  - ${v}${c}\n`).join('')),
      fc
        .tuple(fc.constantFrom('', '    <<: *x\n'), comment)
        .map(([merge, c]) => `  image:\n${merge}    repository: r/x\n    tag: 1${c}\n`),
    );
    const item = fc.tuple(
      key,
      fc.constantFrom(':', ': &x', ': 1', ': r/x:1', ': *x', ' : # c'),
      body,
    );
    let hollowed = 0;
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        // Keys made unique but for `x`, which repeats now and then (an error to agree on).
        const text = items.map(
          ([k, head, rest], i) =>
            `${k}${k === 'x' ? '' : i}${/^: (1|r)/.test(head) ? `${head}\n` : `${head}\n${rest}`}`,
        );
        if (agrees('values.yaml', text.join(''))) hollowed++;
      }),
      { seed: 20261205, numRuns: 2000 },
    );
    expect(hollowed).toBeGreaterThan(200);
  });

  test('a large values file is hollowed at the real threshold and finds the same', () => {
    const values = generateConfigRepo(400).files.find((f) =>
      f.path.endsWith('values-staging.yaml'),
    );
    expect(values && values.text.length).toBeGreaterThan(64 * 1024);
    const { path, text } = values as { path: string; text: string };
    expect(agrees(path, text, undefined)).toBe(true);
  });
});

describe('edits of a hollowed file', () => {
  const TEXT = [
    'x: &d',
    '  pullPolicy: Always',
    'api:',
    '  image:',
    '    <<: *d',
    '    repository: ghcr.io/o/api',
    '    tag: "1.0" # keep',
    'web:',
    '  image:',
    '    repository: ghcr.io/o/web',
    '    tag: 1.0',
    '',
  ].join('\n');
  const analysed = () => ({
    whole: analyseFile({ path: 'v.yaml', text: TEXT }),
    hollow: analyseFile({ path: 'v.yaml', text: TEXT }, { hollow: true, streamFrom: 0 }),
  });

  test('are planned, proven and applied as those of the whole file', () => {
    const { whole, hollow } = analysed();
    expect(hollow.hollow).toBe(true);
    const { edits } = planEdits({
      files: [{ path: 'v.yaml', text: TEXT }],
      componentTags: { api: { tag: '2.0', digest: D1 }, web: { tag: '2.0' } },
      write: 'tag+digest',
    });
    expect(edits.length).toBeGreaterThan(2);
    expect(applyToAnalysed(hollow, edits)).toBe(applyToAnalysed(whole, edits));
  });

  /** The web tag's edit written as `text`: past the lexeme proof, so the documents are compared. */
  function webTagEdit(file: AnalysedFile, text: string, to: string): Edit {
    const index = file.found.occurrences.findIndex((o) => o.keyPath === 'web.image');
    const span = file.found.occurrences[index]?.fields.tag;
    if (!span) throw new Error('no web tag');
    return {
      file: 'v.yaml',
      start: span.start,
      end: span.end,
      text,
      line: span.line,
      service: 'web',
      kind: 'helm-map',
      keyPath: 'web.image',
      field: 'tag',
      from: span.value,
      to,
      insert: false,
      document: 0,
      path: span.path,
      occurrence: index,
    };
  }

  test('that the proof cannot show are verified against the whole documents', () => {
    const { whole, hollow } = analysed();
    // A trailing space is not one scalar lexeme: the proof declines, the re-parse accepts.
    const fine = (file: AnalysedFile) => applyToAnalysed(file, [webTagEdit(file, 'v2 ', 'v2')]);
    expect(fine(hollow)).toBe(fine(whole));
    expect(fine(hollow)).toContain('    tag: v2 \n');
    // One that adds a key is refused, with the same words.
    const bad = (file: AnalysedFile) => () =>
      applyToAnalysed(file, [webTagEdit(file, 'v2\n    extra: 1', 'v2')]);
    expect(bad(hollow)).toThrow();
    expect(outcome(bad(hollow) as () => never)).toEqual(outcome(bad(whole) as () => never));
  });
});
