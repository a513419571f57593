import { describe, expect, test } from 'vitest';
import { analyseFile } from './find-occurrences.js';
import type { Edit } from './image-occurrence.js';
import { editsProvenByLexemes } from './lexeme-proof.js';
import { planEdits } from './plan-edits.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const TAGS = {
  api: { tag: '2.0', digest: D1 },
  web: { tag: '2.0', image: 'ghcr.io/o/web' },
  cron: { tag: '2.0', digest: D1 },
};

/** The planned edits of `text`, in file order, and whether the lexemes prove `change(edits)`. */
function proven(text: string, change: (edits: Edit[]) => Edit[] = (edits) => edits): boolean {
  const files = [{ path: 'v.yaml', text }];
  const planned = planEdits({ files, componentTags: TAGS, write: 'tag+digest' }).edits;
  if (planned.length === 0) throw new Error('nothing planned');
  const edits = change(planned).sort((a, b) => a.start - b.start);
  let after = '';
  let at = 0;
  for (const edit of edits) {
    after += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return editsProvenByLexemes(analyseFile(files[0] as never), after + text.slice(at), edits);
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const HELM = lines(
  'api:',
  '  image:',
  '    repository: ghcr.io/o/api',
  '    tag: "1.0" # keep',
  'web:',
  '  image: ghcr.io/o/web:1.0',
  'cron:',
  '  image:',
  "    repository: 'ghcr.io/o/cron'",
  "    tag: '1.0'",
  `    digest: ${D1.replace('1', '2')}`,
);
const tamper = (index: number, change: Partial<Edit>) => (edits: Edit[]) =>
  edits.map((edit, i) => (i === index ? { ...edit, ...change } : edit));

describe('editsProvenByLexemes', () => {
  test.each([
    { name: 'replaced plain and quoted scalars and a new sibling line', text: HELM },
    { name: 'CRLF line endings', text: HELM.replace(/\n/g, '\r\n') },
    {
      name: 'a key in a sequence item',
      text: lines('kind: Kustomization', 'images:', '  - name: ghcr.io/o/api'),
    },
    {
      name: 'a key with no value',
      text: lines('api:', '  image:', '    tag:', `    digest: ${D1}`),
    },
  ])('proves $name', ({ text }) => {
    expect(proven(text)).toBe(true);
  });

  test.each([
    { name: 'a value that would read as a number', change: tamper(0, { text: '2.0' }) },
    { name: 'bytes that do not say what the plan says', change: tamper(2, { text: 'x:3.0' }) },
    { name: 'a broken quote', change: tamper(0, { text: '"2.0' }) },
    {
      name: 'an inserted line at another indentation',
      change: tamper(1, { text: `\n  digest: ${D1}` }),
    },
    { name: 'another key', change: tamper(1, { text: `\n    digests: ${D1}` }) },
    { name: 'a trailing comment in the value', change: tamper(0, { text: '"2.0" # x' }) },
  ])('does not prove $name', ({ change }) => {
    expect(proven(HELM, change)).toBe(false);
  });

  test.each([
    { name: 'a tag before the scalar', text: lines('api:', '  image:', '    tag: !!str 1.0') },
    {
      name: 'a key added to a flow map',
      text: lines('api:', '  image: {repository: x/api, tag: "1"}'),
    },
  ])('leaves $name to the full check', ({ text }) => {
    expect(proven(text)).toBe(false);
  });
});
