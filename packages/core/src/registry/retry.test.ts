import { describe, expect, test } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  isRetriableStatus,
  parseRetryAfter,
  retryDelayMs,
} from './retry.js';

const policy = { retries: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe('backoffDelayMs', () => {
  test.each([
    [0, 0, 50],
    [0, 1, 100],
    [1, 0, 100],
    [2, 0.5, 300],
    [3, 1, 800],
    [4, 0, 500], // 1600 capped at 1000
    [10, 1, 1000],
  ])('retry %i, random %d → %i ms', (retry, random, expected) => {
    expect(backoffDelayMs(retry, policy, () => random)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  test.each([
    [undefined, undefined],
    ['0', 0],
    ['2', 2000],
    [' 120 ', 120_000],
    ['Thu, 01 Jan 2026 00:00:03 GMT', 3000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  test.each([
    [0, undefined, 50],
    [0, 2000, 2000],
    [3, 10, 400],
  ])('retry %i with Retry-After %s → %i', (retry, retryAfter, expected) => {
    expect(retryDelayMs(retry, policy, () => 0, retryAfter)).toBe(expected);
  });
});

describe('isRetriableStatus', () => {
  test.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [404, false],
    [401, false],
    [200, false],
  ])('%i → %s', (status, expected) => {
    expect(isRetriableStatus(status)).toBe(expected);
  });
});

test('the default policy retries four times, up to 8 s apart', () => {
  expect(DEFAULT_RETRY_POLICY).toEqual({
    retries: 4,
    baseDelayMs: 250,
    maxDelayMs: 8000,
    maxRetryAfterMs: 60_000,
  });
});
