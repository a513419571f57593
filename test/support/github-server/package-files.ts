/**
 * Locating files of installed packages without going through their `exports`: the OpenAPI
 * description and the GraphQL schema are data files that the packages do not export.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The absolute path of `relativePath` inside the installed package `packageName`. */
export function findPackageFile(packageName: string, relativePath: string): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', packageName, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Cannot find '${relativePath}' of the package '${packageName}' from ${here}.`);
}

/** The repository root: the directory holding `packages/core`. */
export function repositoryRoot(): string {
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'packages', 'core', 'package.json'))) return dir;
  }
  throw new Error(`Cannot find the repository root (packages/core) above ${here}.`);
}

/**
 * A `require` that resolves modules as `packages/core` does. The project's ajv (8) is a
 * dependency of the core; the `ajv` hoisted at the root is eslint's ajv 6.
 */
export function requireAsCore(): NodeRequire {
  return createRequire(join(repositoryRoot(), 'packages', 'core', 'package.json'));
}
