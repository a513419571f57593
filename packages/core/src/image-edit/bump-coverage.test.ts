import { describe, expect, test } from 'vitest';
import { InputError, PromoteError } from '../errors.js';
import { checkCoverage, type CoverageInput } from './bump-coverage.js';
import { bumpFiles } from './bump-files.js';

const full: CoverageInput = {
  unmatchedPatterns: [],
  matchedFiles: 2,
  unmatchedServices: [],
  allowEmpty: false,
  failOnMissing: true,
};

describe('checkCoverage', () => {
  test('everything found: no warning', () => {
    expect(checkCoverage(full)).toEqual([]);
  });

  test.each([
    [
      'a pattern matching nothing',
      { unmatchedPatterns: ['envs/prdo/*.yaml'] },
      InputError,
      'Input \'files\': "envs/prdo/*.yaml" matches no file: check the pattern and the environment, or set allow-empty: true when a pattern may match nothing',
    ],
    [
      'a service found nowhere',
      { unmatchedServices: ['api', 'web'] },
      PromoteError,
      "No image of 'api', 'web' was found in the 2 file(s) matching 'files'. (fail-on-missing is true: set it to false, or name the services to bump in 'services', to let a service be absent)",
    ],
  ])('%s fails', (_, change, type, message) => {
    const run = () => checkCoverage({ ...full, ...change });
    expect(run).toThrow(type);
    expect(run).toThrow(message);
  });

  test('allowed: warnings instead', () => {
    expect(
      checkCoverage({
        ...full,
        unmatchedPatterns: ['a/*.yaml'],
        unmatchedServices: ['api'],
        allowEmpty: true,
        failOnMissing: false,
        where: 'acme/config@main',
      }),
    ).toEqual([
      "Input 'files': 'a/*.yaml' matches no file.",
      "No image of 'api' was found in the 2 file(s) matching 'files' in acme/config@main.",
    ]);
  });
});

describe('component tags without a service', () => {
  test('fail with a message', () => {
    const run = () => bumpFiles({ files: [], componentTags: {}, write: 'tag+digest' });
    expect(run).toThrow(InputError);
    expect(run).toThrow('Input \'component-tags\': "{}" holds no service');
  });
});
