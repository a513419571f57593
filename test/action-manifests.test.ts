/** Every action's contract: action.yml complete, README tables generated from it, dist present. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './support/run-action.js';

interface Manifest {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const actions = readdirSync(join(repoRoot, 'actions')).filter((name) =>
  existsSync(join(repoRoot, 'actions', name, 'action.yml')),
);

describe.each(actions)('actions/%s', (action) => {
  const manifest = parse(
    readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8'),
  ) as Manifest;

  test('runs on node24 from the committed dist/index.js', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(repoRoot, 'actions', action, 'dist', 'index.js'))).toBe(true);
  });

  test('has a name, a description, branding, and a description for every input and output', () => {
    expect(manifest.name).toBeTruthy();
    expect(manifest.description).toBeTruthy();
    expect(manifest.branding?.icon).toBeTruthy();
    expect(manifest.branding?.color).toBeTruthy();
    for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
      expect(spec.description, `input ${name}`).toBeTruthy();
      expect(typeof (spec.default ?? ''), `input ${name} default`).toBe('string');
    }
    for (const [name, spec] of Object.entries(manifest.outputs ?? {}))
      expect(spec.description, `output ${name}`).toBeTruthy();
  });

  test('is bundled as CommonJS (dist/package.json says so, beside a package of ES modules)', () => {
    // A CommonJS entry starts sooner (no ES module loader): scripts/ncc-build.mjs.
    expect(
      JSON.parse(readFileSync(join(repoRoot, 'actions', action, 'dist', 'package.json'), 'utf8')),
    ).toEqual({
      type: 'commonjs',
    });
    expect(readFileSync(join(repoRoot, 'actions', action, 'dist', 'index.js'), 'utf8')).toMatch(
      /^\(\(\)=>\{(?:"use strict";)?var \w+=\{/,
    );
  });
});

test('each README’s input and output tables are generated from action.yml', () => {
  expect(() =>
    execFileSync(
      process.execPath,
      [join(repoRoot, 'scripts', 'generate-readme-tables.mjs'), '--check'],
      {
        stdio: 'pipe',
      },
    ),
  ).not.toThrow();
});
