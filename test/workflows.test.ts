/**
 * Every workflow we ship (.github/workflows, examples/) and every action.yml: actionlint finds
 * nothing, no `run:` script interpolates an expression (the injection hole: values go through
 * `env:`), and every job states its own least-privilege `permissions:`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkActionManifest, lintFiles, ourFiles } from '../scripts/actionlint.mjs';
import { repoRoot } from './support/run-action.js';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: { workflow_call?: { inputs?: Record<string, unknown> } };
  jobs?: Record<string, Job>;
}
interface Manifest {
  inputs?: Record<string, { required?: boolean; default?: string }>;
}

const OURS = /^gitops-promote\/gitops-promote\/(actions\/[^@]+|\.github\/workflows\/[^@]+)@/;

function inputsOf(target: string): { known: Set<string>; required: string[] } {
  if (target.startsWith('actions/')) {
    const manifest = parse(readFileSync(join(repoRoot, target, 'action.yml'), 'utf8')) as Manifest;
    const inputs = manifest.inputs ?? {};
    return {
      known: new Set(Object.keys(inputs)),
      required: Object.entries(inputs)
        .filter(([, spec]) => spec.required && spec.default === undefined)
        .map(([key]) => key),
    };
  }
  const called = parse(readFileSync(join(repoRoot, target), 'utf8')) as Workflow;
  const inputs = (called.on?.workflow_call?.inputs ?? {}) as Record<string, { required?: boolean }>;
  return {
    known: new Set(Object.keys(inputs)),
    required: Object.entries(inputs)
      .filter(([, spec]) => spec.required)
      .map(([key]) => key),
  };
}

/** `with:` keys that our action or reusable workflow does not take, and required ones missing. */
export function inputMismatches(workflow: Workflow): string[] {
  const found: string[] = [];
  const check = (where: string, uses: string | undefined, given: Record<string, unknown> = {}) => {
    const target = uses === undefined ? undefined : OURS.exec(uses)?.[1];
    if (target === undefined) return;
    const { known, required } = inputsOf(target);
    for (const key of Object.keys(given))
      if (!known.has(key)) found.push(`${where}: ${target} has no input '${key}'`);
    for (const key of required)
      if (!(key in given)) found.push(`${where}: ${target} needs input '${key}'`);
  };
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    check(id, job.uses, job.with);
    (job.steps ?? []).forEach((step, i) => check(`${id}/steps[${i}]`, step.uses, step.with));
  }
  return found;
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
  test('gives our actions and reusable workflows only inputs they take, and every required one', () => {
    expect(inputMismatches(workflow)).toEqual([]);
  });
});

test("promote.yml stays within GitHub's 25 workflow_dispatch inputs", () => {
  const promote = parse(
    readFileSync(join(repoRoot, '.github', 'workflows', 'promote.yml'), 'utf8'),
  ) as { on: { workflow_dispatch: { inputs: Record<string, unknown> } } };
  expect(Object.keys(promote.on.workflow_dispatch.inputs).length).toBeLessThanOrEqual(25);
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
  test('an unknown input and a missing required one', () => {
    const workflow = parse(`
jobs:
  promote:
    steps:
      - uses: gitops-promote/gitops-promote/actions/open-promotion-pr@v1
        with: { environment: dev, enviroment: dev }
`) as Workflow;
    expect(inputMismatches(workflow)).toEqual([
      "promote/steps[0]: actions/open-promotion-pr has no input 'enviroment'",
      "promote/steps[0]: actions/open-promotion-pr needs input 'token'",
    ]);
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
