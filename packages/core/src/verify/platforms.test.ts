import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import { missingPlatforms, parsePlatforms, platformMatches } from './platforms.js';

describe('parsePlatforms', () => {
  test.each([
    { lines: [], platforms: [] },
    { lines: ['linux/amd64'], platforms: ['linux/amd64'] },
    {
      lines: ['linux/arm/v7', 'linux/arm64', 'linux/arm/v7'],
      platforms: ['linux/arm/v7', 'linux/arm64'],
    },
    { lines: ['windows/amd64'], platforms: ['windows/amd64'] },
  ])('$lines', ({ lines, platforms }) => {
    expect(parsePlatforms(lines)).toEqual(platforms);
  });

  test.each(['amd64', 'linux/', '/amd64', 'linux/arm/v7/extra', 'Linux/AMD64', 'linux amd64'])(
    '%j is an InputError naming the input and the form',
    (entry) => {
      expect(() => parsePlatforms(['linux/amd64', entry])).toThrow(InputError);
      expect(() => parsePlatforms([entry])).toThrow(
        `Input 'platforms': ${JSON.stringify(entry)} is not a platform: expected os/arch or os/arch/variant`,
      );
    },
  );
});

describe('platformMatches', () => {
  test.each([
    { required: 'linux/amd64', available: 'linux/amd64', matches: true },
    { required: 'linux/amd64', available: 'linux/arm64', matches: false },
    { required: 'linux/arm64', available: 'linux/arm64/v8', matches: true },
    { required: 'linux/arm64/v8', available: 'linux/arm64', matches: true },
    { required: 'linux/arm', available: 'linux/arm/v7', matches: true },
    { required: 'linux/arm', available: 'linux/arm/v6', matches: false },
    { required: 'linux/arm/v6', available: 'linux/arm/v7', matches: false },
    { required: 'linux/amd64', available: 'windows/amd64', matches: false },
  ])('$required on $available: $matches', ({ required, available, matches }) => {
    expect(platformMatches(required, available)).toBe(matches);
  });

  test('missingPlatforms lists the required ones nothing satisfies, in order', () => {
    expect(
      missingPlatforms(
        ['linux/amd64', 'linux/arm64', 'linux/s390x'],
        ['linux/arm64/v8', 'linux/amd64'],
      ),
    ).toEqual(['linux/s390x']);
  });
});
