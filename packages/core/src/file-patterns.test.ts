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
