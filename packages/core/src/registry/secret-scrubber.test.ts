import { describe, expect, test } from 'vitest';
import { scrubStrings } from '../verify/scrub-result.js';
import { createSecretScrubber } from './secret-scrubber.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('createSecretScrubber', () => {
  test('learns the token, base64(user:pass), the password and its base64 from headers', () => {
    const masked: string[] = [];
    const secrets = createSecretScrubber((s) => masked.push(s));
    secrets.addAuthorization(`Basic ${b64('ci:pa55word')}`);
    secrets.addAuthorization('Bearer eyJ.token.sig');
    expect(masked.sort()).toEqual(
      [b64('ci:pa55word'), b64('pa55word'), 'eyJ.token.sig', 'pa55word'].sort(),
    );
  });

  test.each([
    ['echo: Basic Y2k6cGE1NXdvcmQ=', 'echo: Basic ***'],
    ['password pa55word and pa55word', 'password *** and ***'],
    ['Bearer eyJ.token.sig!', 'Bearer ***!'],
    ['nothing secret here', 'nothing secret here'],
  ])('%j → %j', (text, expected) => {
    const secrets = createSecretScrubber();
    secrets.addAuthorization(`Basic ${b64('ci:pa55word')}`);
    secrets.addAuthorization('Bearer eyJ.token.sig');
    expect(secrets.scrub(text)).toBe(expected);
    expect(secrets.holdsSecret(text)).toBe(text !== expected);
  });

  test('secrets shorter than 4 characters are not learnt (they would blank words)', () => {
    const secrets = createSecretScrubber();
    secrets.add('ab');
    expect(secrets.scrub('ab cd')).toBe('ab cd');
  });
});

describe('scrubStrings', () => {
  test('reaches every string in nested data, leaves the rest', () => {
    const scrub = (t: string) => t.replace(/s3cret/g, '***');
    expect(scrubStrings({ a: ['x s3cret', 1, null, { b: 's3cret' }], c: true }, scrub)).toEqual({
      a: ['x ***', 1, null, { b: '***' }],
      c: true,
    });
  });
});
