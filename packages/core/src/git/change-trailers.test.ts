import { describe, expect, test } from 'vitest';
import {
  ChangeTrailerError,
  defaultCommitMessage,
  formatChangeTrailers,
  invertChanges,
  parseChangeTrailers,
  parseTrailers,
  withChangeTrailers,
  type RecordedChange,
} from './change-trailers.js';

const FILE = 'helm/splattop/values-staging.yaml';
const API: RecordedChange = {
  service: 'api',
  file: FILE,
  field: 'tag',
  from: '1.7.2',
  to: '1.7.3',
};
const WEB: RecordedChange = {
  service: 'web',
  file: FILE,
  field: 'digest',
  from: '',
  to: 'sha256:ab',
};
const API_LINE =
  'Promote-Change: {"service":"api","file":"helm/splattop/values-staging.yaml","field":"tag","from":"1.7.2","to":"1.7.3"}';

describe('formatChangeTrailers', () => {
  test('writes one trailer per change, keys in a fixed order', () => {
    expect(formatChangeTrailers([API, WEB])).toBe(
      `${API_LINE}\nPromote-Change: {"service":"web","file":"${FILE}","field":"digest","from":"","to":"sha256:ab"}`,
    );
  });

  test('drops a Change line number, and escapes control and non-ASCII characters', () => {
    const change = { ...API, line: 12, to: 'a\nb\u2028ü' };
    expect(formatChangeTrailers([change])).toBe(
      `Promote-Change: {"service":"api","file":"${FILE}","field":"tag","from":"1.7.2","to":"a\\nb\\u2028\\u00fc"}`,
    );
  });
});

describe('withChangeTrailers', () => {
  test.each([
    ['a title', 'chore: bump api', `chore: bump api\n\n${API_LINE}\n`],
    ['a title and body', 'chore: bump api\n\nWhy.\n\n', `chore: bump api\n\nWhy.\n\n${API_LINE}\n`],
    [
      'its own trailer block',
      'chore: bump api\n\nWhy.\n\nSigned-off-by: A <a@b.c>',
      `chore: bump api\n\nWhy.\n\nSigned-off-by: A <a@b.c>\n${API_LINE}\n`,
    ],
    [
      'a body that merely looks like text: x',
      'chore: x\n\nNote: see\nthe docs',
      `chore: x\n\nNote: see\nthe docs\n\n${API_LINE}\n`,
    ],
  ])('appends to a message with %s', (_name, message, expected) => {
    expect(withChangeTrailers(message, [API])).toBe(expected);
  });

  test.each([
    ['a trailer', `chore: x\n\n${API_LINE}`],
    ['a body line', `chore: x\n\npromote-change : {}\nmore text`],
  ])('refuses a message that already holds a change trailer in %s', (_name, message) => {
    expect(() => withChangeTrailers(message, [API])).toThrow(ChangeTrailerError);
  });
});

describe('parseTrailers', () => {
  test.each([
    ['no body', 'Promote-Change: {}', []],
    [
      'a title only, then trailers',
      `t\n\nA: 1\nb-c : 2\n  folded\n`,
      [
        { key: 'A', value: '1' },
        { key: 'b-c', value: '2 folded' },
      ],
    ],
    ['a last paragraph with text', 't\n\nA: 1\nnot a trailer', []],
    [
      'a git-generated trailer among text',
      't\n\nA: 1\nsome text\nSigned-off-by: x',
      [
        { key: 'A', value: '1' },
        { key: 'Signed-off-by', value: 'x' },
      ],
    ],
    ['trailers in an earlier paragraph', 't\n\nA: 1\n\nplain text', []],
    ['CRLF line ends', 't\r\n\r\nA: 1\r\n', [{ key: 'A', value: '1' }]],
    ['a comment line', 't\n\n# comment\nA: 1', [{ key: 'A', value: '1' }]],
  ])('reads the trailer block of a message with %s, as git does', (_name, message, expected) => {
    expect(parseTrailers(message)).toEqual(expected);
  });
});

describe('parseChangeTrailers', () => {
  test('reads back what was written, ignoring other trailers', () => {
    const message = withChangeTrailers('chore: bump\n\nbody\n\nSigned-off-by: A <a@b.c>', [
      API,
      WEB,
    ]);
    expect(parseChangeTrailers(message)).toEqual([API, WEB]);
  });

  test('ignores a change line in the body, as git does', () => {
    expect(
      parseChangeTrailers(`chore: x\n\n${API_LINE}\nwhich was text\n\nReviewed-by: B`),
    ).toEqual([]);
  });

  test('matches the key case-insensitively and ignores unknown JSON keys', () => {
    const line = `promote-change: {"service":"api","file":"f","field":"image","from":"a","to":"b","line":3}`;
    expect(parseChangeTrailers(`t\n\n${line}`)).toEqual([
      { service: 'api', file: 'f', field: 'image', from: 'a', to: 'b' },
    ]);
  });

  test.each([
    ['not JSON', '{"service":', /is not valid JSON/],
    ['an array', '[]', /must be a JSON object/],
    ['a missing key', '{"service":"a","file":"f","field":"tag","from":"1"}', /needs a string 'to'/],
    [
      'a number',
      '{"service":"a","file":"f","field":"tag","from":"1","to":2}',
      /needs a string 'to'/,
    ],
    [
      'an unknown field',
      '{"service":"a","file":"f","field":"repo","from":"1","to":"2"}',
      /expected one of tag, digest, image/,
    ],
    [
      'an empty service',
      '{"service":"","file":"f","field":"tag","from":"1","to":"2"}',
      /non-empty 'service'/,
    ],
    [
      'no change',
      '{"service":"a","file":"f","field":"tag","from":"1","to":"1"}',
      /the same 'from' and 'to'/,
    ],
  ])('rejects a trailer with %s', (_name, value, message) => {
    expect(() => parseChangeTrailers(`t\n\nPromote-Change: ${value}`)).toThrow(ChangeTrailerError);
    expect(() => parseChangeTrailers(`t\n\nPromote-Change: ${value}`)).toThrow(message);
  });
});

describe('invertChanges', () => {
  test('swaps from and to, in reverse order, and names each kind', () => {
    const removed: RecordedChange = {
      service: 'db',
      file: 'f',
      field: 'digest',
      from: 'sha256:cd',
      to: '',
    };
    expect(invertChanges([API, WEB, removed])).toEqual([
      { service: 'db', file: 'f', field: 'digest', from: '', to: 'sha256:cd', kind: 'add' },
      { service: 'web', file: FILE, field: 'digest', from: 'sha256:ab', to: '', kind: 'remove' },
      { service: 'api', file: FILE, field: 'tag', from: '1.7.3', to: '1.7.2', kind: 'replace' },
    ]);
  });
});

describe('defaultCommitMessage', () => {
  test.each([
    [['web', 'api', 'web'], 'staging', 'chore(deploy): bump api, web in staging [skip ci]'],
    [['api'], undefined, 'chore(deploy): bump api [skip ci]'],
    [['api'], '', 'chore(deploy): bump api [skip ci]'],
    [[], 'prod', 'chore(deploy): bump images in prod [skip ci]'],
    [
      ['api\n\nPromote-Change: {}'],
      'prod\r\nX: y',
      'chore(deploy): bump api Promote-Change: {} in prod X: y [skip ci]',
    ],
  ])('%j in %j', (services, environment, expected) => {
    expect(defaultCommitMessage(services, environment)).toBe(expected);
  });
});
