import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import { branchNameProblem, checkBranchName, promotionBranch } from './promotion-branch.js';

describe('promotionBranch', () => {
  test.each([
    ['dev', false, 'promote/dev'],
    ['prod', true, 'hotfix/prod'],
    ['eu-west.staging', false, 'promote/eu-west.staging'],
  ])('%s (hotfix %s) -> %s', (environment, hotfix, branch) => {
    expect(promotionBranch(environment, hotfix)).toBe(branch);
  });
});

describe('branchNameProblem', () => {
  test.each([
    ['promote/dev', undefined],
    ['release/v1.2', undefined],
    ['', 'is empty'],
    ['a b', 'holds a space, a control character or one of ~ ^ : ? * [ \\'],
    ['a~1', 'holds a space, a control character or one of ~ ^ : ? * [ \\'],
    ['a..b', "holds '..' or '@{'"],
    ['a@{1}', "holds '..' or '@{'"],
    ['/a', "starts or ends with '/' or holds '//'"],
    ['a//b', "starts or ends with '/' or holds '//'"],
    ['a/', "starts or ends with '/' or holds '//'"],
    ['a.', "ends with '.'"],
    ['-a', "starts with '-'"],
    ['a/.b', "has a part that starts with '.' or ends with '.lock'"],
    ['a.lock/b', "has a part that starts with '.' or ends with '.lock'"],
  ])('%j: %s', (name, problem) => {
    expect(branchNameProblem(name)).toBe(problem);
  });

  test('checkBranchName names the input and quotes the value', () => {
    expect(() => checkBranchName('a..b')).toThrow(InputError);
    expect(() => checkBranchName('a..b')).toThrow(
      `Input 'branch': "a..b" is not a valid branch name: it holds '..' or '@{'`,
    );
    expect(checkBranchName('promote/dev')).toBe('promote/dev');
  });
});
