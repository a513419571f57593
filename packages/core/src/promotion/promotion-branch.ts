/**
 * The branch of a promotion pull request: one per environment and purpose (`promote/<env>`,
 * `hotfix/<env>`), so a re-run finds and updates its pull request instead of opening another.
 */
import { InputError } from '../errors.js';

/** `promote/<environment>`, or `hotfix/<environment>` for a hotfix. */
export function promotionBranch(environment: string, hotfix: boolean): string {
  return `${hotfix ? 'hotfix' : 'promote'}/${environment}`;
}

/** `rollback/<environment>`: one rollback pull request per environment at a time. */
export function rollbackBranch(environment: string): string {
  return `rollback/${environment}`;
}

// Git forbids control characters, space and these in a ref name (git check-ref-format).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;

/** Why `name` is not a valid branch name by git's check-ref-format rules, or undefined. */
export function branchNameProblem(name: string): string | undefined {
  if (name === '' || name === '@') return 'is empty';
  if (FORBIDDEN.test(name)) return 'holds a space, a control character or one of ~ ^ : ? * [ \\';
  if (name.includes('..') || name.includes('@{')) return "holds '..' or '@{'";
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
    return "starts or ends with '/' or holds '//'";
  if (name.endsWith('.')) return "ends with '.'";
  if (name.startsWith('-')) return "starts with '-'";
  const parts = name.split('/');
  if (parts.some((part) => part.startsWith('.') || part.endsWith('.lock')))
    return "has a part that starts with '.' or ends with '.lock'";
  return undefined;
}

/** The branch name, checked; an invalid one is an InputError naming `input`. */
export function checkBranchName(name: string, input = 'branch'): string {
  if (Buffer.byteLength(name) > 255)
    throw new InputError(input, name, 'is not a valid branch name: it is longer than 255 bytes');
  const problem = branchNameProblem(name);
  if (problem !== undefined)
    throw new InputError(input, name, `is not a valid branch name: it ${problem}`);
  return name;
}

/** `promote/<from>-to-<to>`: the branch of an environment-to-environment promotion. */
export function environmentPromotionBranch(from: string, to: string): string {
  return `promote/${from}-to-${to}`;
}
