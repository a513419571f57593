import { describe, expect, test } from 'vitest';
import { describeHttpAnswer, distributionErrorsOf } from './error-body.js';

describe('distributionErrorsOf', () => {
  test.each([
    [
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}',
      [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
    ],
    [
      '{"errors":[{"code":"name_unknown"},{"message":"no code"}]}',
      [{ code: 'NAME_UNKNOWN', message: '' }],
    ],
    ['{"errors":null}', []],
    ['404 page not found', []],
    ['', []],
    ['null', []],
  ])('%s', (body, expected) => {
    expect(distributionErrorsOf(body)).toEqual(expected);
  });
});

describe('describeHttpAnswer', () => {
  test.each([
    [
      404,
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}',
      'HTTP 404 Not Found (MANIFEST_UNKNOWN: manifest unknown)',
    ],
    [
      401,
      '{"errors":[{"code":"UNAUTHORIZED","message":"a"},{"code":"DENIED","message":"b"}]}',
      'HTTP 401 Unauthorized (UNAUTHORIZED: a; DENIED: b)',
    ],
    [418, 'teapot', 'HTTP 418'],
    [503, '', 'HTTP 503 Service Unavailable'],
  ])('%s %s', (status, body, expected) => {
    expect(describeHttpAnswer(status, body)).toBe(expected);
  });
});
