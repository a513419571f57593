/** The rule for an input that names a file in the config repository (`policy-file`, `holds-file`). */
import { InputError } from '../errors.js';

/**
 * `path` as `input` gives it, checked: relative, with no '\\' and no '.', '..' or empty parts
 * (so no leading '/'); `where` says what it is relative to.
 */
export function checkRepositoryPath(
  input: string,
  path: string,
  where: 'repository' | 'workspace' = 'repository',
): string {
  if (path.includes('\\') || path.split('/').some((p) => p === '' || p === '.' || p === '..'))
    throw new InputError(
      input,
      path,
      `must be a relative path in the ${where}, without '.', '..' or empty parts`,
    );
  return path;
}
