import { describe, expect, test } from 'vitest';
import { checkEditableText, decodeEditableText, TextEncodingError } from './text-encoding.js';

describe('checkEditableText', () => {
  test.each([
    ['tag: v1\n', false],
    ['tag: v1\r\n', false],
    ['\uFEFFtag: "\u00e9\u4e2d\ud83d\ude80"\n', false],
    ['tag: \uFFFD\n', false],
  ])('%j is editable (lossy: %s)', (text, lossy) => {
    expect(() => checkEditableText('f.yaml', text, lossy)).not.toThrow();
  });
  test.each([
    ['a: 1\ntag: v\u0000\n', false, /^f.yaml:2: holds NUL/],
    ['a: 1\n# caf\uFFFD\n', true, /^f.yaml:2: holds U\+FFFD/],
    ['a: 1\r\ntag: v1\rb: 2\r\n', false, /^f.yaml:2: has a line break that is a lone carriage/],
  ])('%j is refused', (text, lossy, message) => {
    const run = () => checkEditableText('f.yaml', text, lossy);
    expect(run).toThrow(TextEncodingError);
    expect(run).toThrow(message);
  });
});

describe('decodeEditableText finds the line of the first invalid byte', () => {
  test.each([1, 2, 7, 100])('on line %i', (line) => {
    const lines = Array.from({ length: 120 }, (_, i) => Buffer.from(`k${i}: v # é\n`));
    lines[line - 1] = Buffer.concat([
      Buffer.from('bad: '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const run = () => decodeEditableText('f.yaml', Buffer.concat(lines));
    expect(run).toThrow(new RegExp(`^f.yaml:${line}: is not valid UTF-8`));
  });
});
