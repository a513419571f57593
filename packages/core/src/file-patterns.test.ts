import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { expandEnvironment, matchFilePatterns } from './file-patterns.js';

const PATHS = [
  'helm/splattop/values-dev.yaml',
  'helm/splattop/values-staging.yaml',
  'helm/splattop/values.yaml',
  'k8s/backend/kustomization.yaml',
  'k8s/frontend/kustomization.yaml',
  'flux/apps/backend/develop/deployment.yaml',
  'flux/apps/backend/staging/deployment.yaml',
  '.hidden/values-staging.yaml',
];

describe('matchFilePatterns', () => {
  test.each([
    [['helm/splattop/values-{env}.yaml'], 'staging', ['helm/splattop/values-staging.yaml'], []],
    [
      ['k8s/*/kustomization.yaml'],
      '',
      ['k8s/backend/kustomization.yaml', 'k8s/frontend/kustomization.yaml'],
      [],
    ],
    [['flux/apps/*/{env}/*.yaml'], 'develop', ['flux/apps/backend/develop/deployment.yaml'], []],
    [['**/values-{env}.yaml', '!.hidden/**'], 'staging', ['helm/splattop/values-staging.yaml'], []],
    [
      ['helm/*/values-{env}.yaml', 'nothing/*.yaml'],
      'dev',
      ['helm/splattop/values-dev.yaml'],
      ['nothing/*.yaml'],
    ],
  ])('%j in %s', (patterns, env, files, unmatched) => {
    expect(matchFilePatterns(PATHS, expandEnvironment(patterns, env))).toEqual({
      files,
      unmatched,
    });
  });

  test.each([
    [['/etc/passwd'], /must be relative/],
    [['../other/*.yaml'], /must not leave the workspace/],
    [['helm/../../x'], /must not leave the workspace/],
    [[], /lists no file pattern/],
  ])('rejects %j', (patterns, message) => {
    expect(() => matchFilePatterns(PATHS, patterns)).toThrow(message);
  });

  test('{env} without an environment is an error naming the input', () => {
    expect(() => expandEnvironment(['values-{env}.yaml'], '')).toThrow(
      /Input 'files': "values-\{env\}.yaml" uses \{env\}, but 'environment' is empty/,
    );
  });
});

describe('a pattern without glob syntax matches as picomatch would', () => {
  const segment = fc.stringMatching(/^[A-Za-z0-9_.-]{1,6}$/);
  const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));

  test('the same answer as picomatch for plain paths and their near misses', () => {
    fc.assert(
      fc.property(path, fc.array(path, { maxLength: 5 }), (pattern, others) => {
        fc.pre(!pattern.split('/').includes('..'));
        const variants = [pattern, `${pattern}/x`, pattern.toUpperCase(), `./${pattern}`];
        const paths = [...new Set([...variants, ...others])].sort();
        const isMatch = picomatch(pattern, { dot: true });
        const expected = paths.filter((p) => isMatch(p));
        expect(matchFilePatterns(paths, [pattern]).files).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['helm/app/values-staging.yaml', ['helm/app/values-staging.yaml']],
    ['./helm/app/values-staging.yaml', ['helm/app/values-staging.yaml']],
    ['helm/app/Values-staging.yaml', []],
    ['helm/app/values-staging.yam?', ['helm/app/values-staging.yaml']],
  ])('%s matches %j', (pattern, files) => {
    const paths = ['helm/app/values-staging.yaml', 'helm/app/values.yaml'];
    expect(matchFilePatterns(paths, [pattern]).files).toEqual(files);
  });
});
