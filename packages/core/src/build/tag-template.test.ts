import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import {
  placeholdersOf,
  renderTag,
  renderTags,
  tagSafeRefName,
  type TagContext,
} from './tag-template.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const CONTEXT: TagContext = {
  sha: SHA,
  shortSha: 'a1b2c3d',
  version: '0.0.1',
  env: 'develop',
  timestamp: 1738860000,
  branch: 'main',
  runNumber: '42',
};

describe('renderTag', () => {
  test.each([
    ['{{short_sha}}', 'a1b2c3d'],
    ['sha-{{sha}}', `sha-${SHA}`],
    ['latest', 'latest'],
    ['v{{version}}', 'v0.0.1'],
    ['{{env}}-v{{version}}-{{short_sha}}-{{timestamp}}', 'develop-v0.0.1-a1b2c3d-1738860000'],
    ['{{ env }}', 'develop'],
    ['{{branch}}-{{run_number}}', 'main-42'],
  ])('%s -> %s', (template, tag) => {
    expect(renderTag(template, CONTEXT)).toBe(tag);
  });

  test.each([
    ['{{commit}}', /unknown placeholder \{\{commit\}\}/],
    ['{{version}}', /needs \{\{version\}\}.*set 'version'/],
    ['{{env}}', /needs \{\{env\}\}.*set 'environment'/],
    ['x:{{short_sha}}', /must match/],
    [`{{sha}}{{sha}}{{sha}}{{sha}}`, /is 160 characters long/],
  ])('rejects %s', (template, message) => {
    const context: TagContext = { sha: SHA, shortSha: 'a1b2c3d', timestamp: 1 };
    expect(() => renderTag(template, context)).toThrow(InputError);
    expect(() => renderTag(template, context)).toThrow(message);
  });

  test('renderTags keeps order and drops duplicates', () => {
    expect(renderTags(['latest', '{{short_sha}}', 'latest'], CONTEXT)).toEqual([
      'latest',
      'a1b2c3d',
    ]);
  });

  test('placeholdersOf lists what a template needs', () => {
    expect(placeholdersOf('{{env}}-{{timestamp}}')).toEqual(['env', 'timestamp']);
  });
});

describe('tagSafeRefName', () => {
  test.each([
    ['refs/heads/main', 'main'],
    ['refs/heads/feature/x', 'feature-x'],
    ['feature/Add thing!', 'feature-Add-thing-'],
    ['refs/pull/12/merge', '12-merge'],
    ['.hidden', 'hidden'],
  ])('%s -> %s', (ref, tag) => {
    expect(tagSafeRefName(ref)).toBe(tag);
  });
});
