/**
 * Every workflow we ship (.github/workflows, examples/) and every action.yml: actionlint finds
 * nothing, no `run:` script interpolates an expression (the injection hole: values go through
 * `env:`), and every job states its own least-privilege `permissions:`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkActionManifest, lintFiles, ourFiles } from '../scripts/actionlint.mjs';
import { repoRoot } from './support/run-action.js';

interface Step {
  run?: string;
  uses?: string;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  jobs?: Record<string, Job>;
}

/** Each `run:` script containing `${{`, as `job/step-index`. */
export function interpolatedRuns(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([id, job]) =>
    (job.steps ?? []).flatMap((step, i) =>
      typeof step.run === 'string' && step.run.includes('${{') ? [`${id}/steps[${i}]`] : [],
    ),
  );
}

/** Jobs without their own `permissions:`. */
export function jobsWithoutPermissions(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs ?? {})
    .filter(([, job]) => job.permissions === undefined)
    .map(([id]) => id);
}

const { workflows, actions } = ourFiles();
const rows = workflows.map((file) => [relative(repoRoot, file), file] as const);

test('finds the repository workflows and every example workflow', () => {
  const names = rows.map(([name]) => name);
  for (const expected of [
    '.github/workflows/ci.yml',
    '.github/workflows/release.yml',
    '.github/workflows/build-image.yml',
    '.github/workflows/promote.yml',
    '.github/workflows/config-repo-guard.yml',
  ])
    expect(names).toContain(expected);
  expect(names.filter((n) => n.startsWith('examples/')).length).toBeGreaterThanOrEqual(5);
  expect(actions.length).toBeGreaterThanOrEqual(4);
});

test('actionlint finds nothing in any workflow or action.yml', { timeout: 60_000 }, async () => {
  expect(await lintFiles(workflows, actions)).toEqual([]);
});

describe.each(rows)('%s', (_, file) => {
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
  test('no run: script interpolates ${{ }} (pass values through env:)', () => {
    expect(interpolatedRuns(workflow)).toEqual([]);
  });
  test('every job sets its own permissions', () => {
    expect(jobsWithoutPermissions(workflow)).toEqual([]);
  });
});

describe('the checks catch what they look for', () => {
  const bad = `
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.pull_request.title }}
`;
  test('an interpolated run: and a job without permissions', () => {
    const workflow = parse(bad) as Workflow;
    expect(interpolatedRuns(workflow)).toEqual(['build/steps[0]']);
    expect(jobsWithoutPermissions(workflow)).toEqual(['build']);
  });
  test('actionlint reports an unknown expression context', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'actionlint-')), 'bad.yml');
    writeFileSync(file, bad.replace('github.event', 'gthub.event'));
    const findings = await lintFiles([file], []);
    expect(findings.map((f) => f.kind)).toContain('expression');
  });
  test.each([
    [
      'no description',
      'name: x\nruns:\n  using: node24\n  main: dist/index.js\n',
      /"description" is required/,
    ],
    [
      'a runtime GitHub does not run',
      'name: x\ndescription: y\nruns:\n  using: node12\n  main: a.js\n',
      /runs.using "node12"/,
    ],
    [
      'an input without description',
      'name: x\ndescription: y\ninputs:\n  a: {}\nruns:\n  using: node24\n  main: a.js\n',
      /input "a" has no description/,
    ],
  ])('an action.yml with %s', (_, text, message) => {
    expect(
      checkActionManifest(text, 'action.yml')
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(message);
  });
});
