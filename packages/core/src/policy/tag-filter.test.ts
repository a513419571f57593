import { describe, expect, test } from 'vitest';
import { applyTagFilter, compileTagFilter, expandMatch, translateRe2 } from './tag-filter.js';

describe('translateRe2', () => {
  test.each([
    ['^(?P<ts>[0-9]+)$', '^(?<ts>[0-9]+)$'],
    ['(?P<a>x)-(?P<b>y)', '(?<a>x)-(?<b>y)'],
    ['\\(?P<a>x\\)', '\\(?P<a>x\\)'],
    ['\\\\(?P<a>x)', '\\\\(?<a>x)'],
    ['(?:x)(?<y>z)', '(?:x)(?<y>z)'],
  ])('%s', (re2, js) => {
    expect(translateRe2(re2)).toBe(js);
  });
});

describe('expandMatch', () => {
  const match = /^(?<env>[a-z]+)-(?<ts>[0-9]+)$/.exec('staging-42') as RegExpExecArray;
  test.each([
    ['$1', 'staging'],
    ['$2', '42'],
    ['$ts', '42'],
    ['${ts}', '42'],
    ['${env}x', 'stagingx'],
    ['$envx', ''],
    ['$$ts', '$ts'],
    ['$0', 'staging-42'],
    ['$9', ''],
  ])('%s', (template, value) => {
    expect(expandMatch(template, match)).toBe(value);
  });
});

describe('applyTagFilter', () => {
  test('keeps the matching tags in order with their values and groups', () => {
    const filter = compileTagFilter('^v(?P<version>[0-9.]+)(-(?P<pre>[a-z]+))?$', '$version');
    expect(applyTagFilter(['v1.0', 'x', 'v2.0-rc'], filter)).toEqual([
      { tag: 'v1.0', value: '1.0', groups: { version: '1.0' } },
      { tag: 'v2.0-rc', value: '2.0', groups: { version: '2.0', pre: 'rc' } },
    ]);
  });

  test('without a filter every tag is kept as itself', () => {
    expect(applyTagFilter(['a', 'b'])).toEqual([
      { tag: 'a', value: 'a', groups: {} },
      { tag: 'b', value: 'b', groups: {} },
    ]);
  });
});
