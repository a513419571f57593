/**
 * A test helper, not a part of the engine: the YAML that the two port tests (cst-lexer.test.ts,
 * cst-parser.test.ts) check beside their own cases. No source file imports it, so no bundle
 * holds it; vitest runs only `*.test.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generatedFile } from '../../../../test/support/generated-yaml.js';

const yamlFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFilesUnder(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });

const root = new URL('../../../../', import.meta.url).pathname;

/** Every YAML file of the golden cases and the examples, read once. */
export const repoYaml = ['test/golden', 'examples', 'example']
  .flatMap((dir) => yamlFilesUnder(join(root, dir)))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Run `same` on 500 generated config-repository files (a fixed seed). */
export function onGeneratedFiles(same: (text: string) => void): void {
  fc.assert(
    fc.property(
      generatedFile(() => true),
      (file) => {
        same(file.text);
      },
    ),
    { seed: 20261204, numRuns: 500 },
  );
}
