import { describe, expect, test } from 'vitest';
import { backoffDelay } from './push-with-retry.js';

describe('backoffDelay', () => {
  test.each([
    [1, 0.999, 99],
    [2, 0.5, 100],
    [3, 0.5, 200],
    [4, 0.999, 799],
    [5, 0.999, 999],
    [6, 0.5, 500],
    [1, 0, 0],
  ])('retry %i with random %f waits %i ms (base 100, max 1000)', (retry, random, delay) => {
    expect(backoffDelay(retry, { baseMs: 100, maxMs: 1000 }, () => random)).toBe(delay);
  });
});
