import { describe, expect, test } from 'vitest';
import {
  normalizeVersion,
  resolveVersion,
  versionFromGitTags,
  versionFromReleasePleaseManifest,
} from './version.js';

describe('normalizeVersion', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['1.2.3-rc.1', '1.2.3-rc.1'],
    ['1.2.3+build.5', '1.2.3+build.5'],
  ])('%s -> %s', (input, version) => {
    expect(normalizeVersion(input)).toBe(version);
  });

  test.each(['1.2', 'v', 'latest', '01.2.3', '=1.2.3', 'vv1.2.3'])('rejects %s', (input) => {
    expect(() => normalizeVersion(input)).toThrow(/is not a semantic version/);
  });
});

describe('version sources', () => {
  test('release-please manifest: the . entry, or the only entry', () => {
    expect(versionFromReleasePleaseManifest('{".": "0.2.1", "x": "9.0.0"}')).toBe('0.2.1');
    expect(versionFromReleasePleaseManifest('{"packages/a": "1.0.0"}')).toBe('1.0.0');
    expect(() => versionFromReleasePleaseManifest('{"a": "1.0.0", "b": "2.0.0"}')).toThrow(
      /'version'.*several packages \('a', 'b'\).*steps\.release\.outputs\['a--version'\]/,
    );
    expect(versionFromReleasePleaseManifest('{}')).toBeUndefined();
    const several = {
      input: '',
      releasePleaseManifest: '{"a": "1.0.0", "b": "2.0.0"}',
      packageJson: '{"version":"9.9.9"}',
    };
    expect(resolveVersion(several), 'not needed: no version, no error').toBeUndefined();
    expect(() => resolveVersion(several, true)).toThrow(/several packages \('a', 'b'\)/);
  });

  test('git tags: the newest semver v* tag', () => {
    expect(versionFromGitTags(['v1.2.0', 'v1.10.0', 'v1.9.9', 'vnext', 'release-2'])).toBe(
      '1.10.0',
    );
    expect(versionFromGitTags(['v2.0.0-rc.1', 'v1.0.0'])).toBe('2.0.0-rc.1');
    expect(versionFromGitTags([])).toBeUndefined();
  });

  test.each([
    [
      { input: 'v3.0.0', releasePleaseManifest: '{".":"1.0.0"}' },
      { version: '3.0.0', source: 'input' },
    ],
    [
      { input: '', releasePleaseManifest: '{".":"1.0.0"}', gitTags: ['v2.0.0'] },
      { version: '1.0.0', source: 'release-please-manifest' },
    ],
    [
      { input: '', gitTags: ['v2.0.0'], packageJson: '{"version":"4.0.0"}' },
      { version: '2.0.0', source: 'git-tag' },
    ],
    [
      { input: '', packageJson: '{"version":"4.0.0"}' },
      { version: '4.0.0', source: 'package.json' },
    ],
    [{ input: '' }, undefined],
  ])('resolveVersion(%j)', (evidence, expected) => {
    expect(resolveVersion(evidence)).toEqual(expected);
  });
});
