import { describe, expect, test } from 'vitest';
import { applyEdits } from './apply-edits.js';
import { EditConflictError, EditVerificationError } from './image-edit-errors.js';
import type { Edit } from './image-occurrence.js';
import { planEdits } from './plan-edits.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const TEXT = [
  '# values',
  'api:',
  '  image:',
  '    repository: ghcr.io/o/api',
  '    tag: "1.0" # keep',
  'web:',
  '  image: ghcr.io/o/web:1.0',
  '',
].join('\n');
const TAGS = { api: { tag: '2.0', digest: D1 }, web: { tag: '2.0', image: 'ghcr.io/o/web' } };

function planned(): Edit[] {
  return planEdits({
    files: [{ path: 'v.yaml', text: TEXT }],
    componentTags: TAGS,
    write: 'tag+digest',
  }).edits;
}

/** What `run` throws (undefined when it does not). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('applyEdits', () => {
  test('splices only the planned bytes', () => {
    expect(applyEdits('v.yaml', TEXT, planned())).toBe(
      [
        '# values',
        'api:',
        '  image:',
        '    repository: ghcr.io/o/api',
        '    tag: "2.0" # keep',
        `    digest: ${D1}`,
        'web:',
        '  image: ghcr.io/o/web:2.0',
        '',
      ].join('\n'),
    );
  });

  test('edits of other files are ignored; no edits, no change', () => {
    expect(applyEdits('other.yaml', TEXT, planned())).toBe(TEXT);
    expect(applyEdits('v.yaml', TEXT, [])).toBe(TEXT);
  });

  test('a duplicated edit is applied once', () => {
    const edits = planned();
    expect(applyEdits('v.yaml', TEXT, [...edits, ...edits])).toBe(
      applyEdits('v.yaml', TEXT, edits),
    );
  });

  const tamper = (index: number, change: Partial<Edit>) =>
    planned().map((edit, i) => (i === index ? { ...edit, ...change } : edit));

  test.each([
    {
      name: 'a value that would read as a number',
      edits: () => tamper(0, { text: '2.0' }),
      error: EditVerificationError,
      message: 'v.yaml:5: after the edit, api.image.tag (document 1) should read "2.0"',
    },
    {
      name: 'bytes that do not say what the plan says',
      edits: () => tamper(2, { text: 'ghcr.io/o/web:3.0' }),
      error: EditVerificationError,
      message: 'should read "ghcr.io/o/web:2.0"',
    },
    {
      name: 'an inserted line at the wrong indentation',
      edits: () => tamper(1, { text: `\n  digest: ${D1}` }),
      error: EditVerificationError,
      message: 'after the edit',
    },
    {
      name: 'a key the plan did not add',
      edits: () => tamper(1, { text: `\n    digests: ${D1}` }),
      error: EditVerificationError,
      message: 'has a new key',
    },
    {
      name: 'a splice that breaks the YAML',
      edits: () => tamper(0, { text: '"2.0' }),
      error: EditVerificationError,
      message: 'after the edit, the file is not valid YAML',
    },
    {
      name: 'a text changed since planning',
      edits: () => tamper(0, { from: '0.9' }),
      error: EditVerificationError,
      message: 'does not fit the text',
    },
    {
      name: 'overlapping edits',
      edits: () => [
        ...planned(),
        { ...planned()[0], start: (planned()[0] as Edit).start + 1, text: 'x' } as Edit,
      ],
      error: EditConflictError,
      message: 'two edits overlap',
    },
  ])('refuses $name', ({ edits, error, message }) => {
    const caught = thrown(() => applyEdits('v.yaml', TEXT, edits()));
    expect(caught).toBeInstanceOf(error);
    expect((caught as Error).message).toContain(message);
  });
});

describe('valid edits are not refused (hole 12)', () => {
  const marked = (gap: string) =>
    [
      'image:',
      '  repository: ghcr.io/o/api # {"$imagepolicy": "ns:p:name"}',
      `  tag:${gap}# {"$imagepolicy": "ns:p:tag"}`,
      '',
    ].join('\n');
  test.each([' ', '  ', '\t', ' \t  '])(
    'a bare key with %j before a marker gets its value',
    (gap) => {
      const text = marked(gap);
      const { edits } = planEdits({
        files: [{ path: 'v.yaml', text }],
        componentTags: { api: { tag: 'v2.0', image: 'ghcr.io/o/api' } },
        write: 'tag',
      });
      expect(edits).toHaveLength(1);
      expect(applyEdits('v.yaml', text, edits)).toBe(
        text.replace(`tag:${gap}#`, `tag: v2.0${gap}#`),
      );
    },
  );
});
