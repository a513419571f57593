import { describe, expect, test } from 'vitest';
import { uniqueToken } from './unique-token.js';

describe('uniqueToken', () => {
  test('a prefix and a UUID-shaped suffix, new on every call', () => {
    const tokens = Array.from({ length: 1_000 }, () => uniqueToken('ghadelimiter_'));
    for (const token of tokens)
      expect(token).toMatch(
        /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
