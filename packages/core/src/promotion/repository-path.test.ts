import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import { checkRepositoryPath } from './repository-path.js';

const RULE = "must be a relative path in the repository, without '.', '..' or empty parts";

describe('checkRepositoryPath', () => {
  test.each(['.gitops-promote/policy.yaml', 'holds.yaml', 'ops/gates/p.yml'])(
    '%j is kept',
    (path) => {
      expect(checkRepositoryPath('policy-file', path)).toBe(path);
    },
  );

  test.each(['/etc/p.yaml', '../p.yaml', 'a/./p.yaml', 'a//p.yaml', 'a/', 'a\\p.yaml', ''])(
    '%j names the input, quotes the value and states the rule',
    (path) => {
      expect(() => checkRepositoryPath('holds-file', path)).toThrow(InputError);
      expect(() => checkRepositoryPath('holds-file', path)).toThrow(
        `Input 'holds-file': ${JSON.stringify(path)} ${RULE}`,
      );
    },
  );

  test('the rule says what the path is relative to', () => {
    expect(() => checkRepositoryPath('holds-file', '..', 'workspace')).toThrow(
      "must be a relative path in the workspace, without '.', '..' or empty parts",
    );
  });
});
