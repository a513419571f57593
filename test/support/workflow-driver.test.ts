/**
 * The workflow driver itself: jobs in `needs:` order, job outputs read through
 * `needs.<job>.outputs`, job and step `if:`, GitHub's implicit `success()` for a job whose
 * need was skipped, and loud failures for what it does not run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  jobOrder,
  runJob,
  runWorkflow,
  type StandIn,
  type WorkflowFile,
} from './workflow-driver.js';

const workflow = parse(`
jobs:
  deploy:
    needs: [build]
    steps:
      - id: show
        uses: acme/show@v1
        with:
          tags: \${{ needs.build.outputs.tags }}
  release:
    outputs:
      created: \${{ steps.rp.outputs.created }}
      tag: \${{ steps.rp.outputs.tag }}
    steps:
      - id: rp
        uses: acme/release@v1
  build:
    needs: release
    if: needs.release.outputs.created == 'true'
    env:
      CHANNEL: \${{ github.ref_name == 'main' && 'stable' || 'edge' }}
    outputs:
      tags: \${{ steps.meta.outputs.tags }}
    steps:
      - id: meta
        uses: gitops-promote/gitops-promote/actions/emit-tags@v1
        with:
          images: app=ghcr.io/acme/app
          tags: \${{ needs.release.outputs.tag }}-\${{ env.CHANNEL }}
          version: '1.2.3'
          sha: '${'a'.repeat(40)}'
          timestamp: '1738860000'
      - id: never
        if: env.CHANNEL == 'edge'
        uses: acme/never@v1
`) as WorkflowFile;

function recorder(release: Record<string, string>) {
  const calls: Array<{ job: string; given: Record<string, string> }> = [];
  const record =
    (outputs: Record<string, string>): StandIn =>
    async (given, step) => {
      calls.push({ job: step.job, given });
      return outputs;
    };
  const standIns = {
    'acme/release@v1': record(release),
    'acme/show@v1': record({}),
    'acme/never@v1': record({}),
  };
  return { calls, standIns };
}

const env = () => ({ GITHUB_WORKSPACE: mkdtempSync(join(tmpdir(), 'driver-ws-')) });
const context = { github: { ref_name: 'main' } };

describe('runWorkflow', () => {
  test('runs jobs in needs order, each reading the outputs of the jobs it needs', async () => {
    const { calls, standIns } = recorder({ created: 'true', tag: 'v0.3.0' });
    const runs = await runWorkflow(workflow, { env: env(), context, standIns });
    expect(Object.keys(runs)).toEqual(['release', 'build', 'deploy']);
    expect(runs.build?.steps.map((s) => s.key)).toEqual(['meta']);
    expect(runs.build?.steps[0]?.given.tags).toBe('v0.3.0-stable');
    expect(runs.build?.jobOutputs).toEqual({ tags: 'ghcr.io/acme/app:v0.3.0-stable' });
    expect(calls).toEqual([
      { job: 'release', given: {} },
      { job: 'deploy', given: { tags: 'ghcr.io/acme/app:v0.3.0-stable' } },
    ]);
  }, 30_000);

  test('a job whose if: is false is skipped, and so is every job that needs it', async () => {
    const { calls, standIns } = recorder({ created: 'false', tag: '' });
    const runs = await runWorkflow(workflow, { env: env(), context, standIns });
    expect(Object.values(runs).map((r) => r.result)).toEqual(['success', 'skipped', 'skipped']);
    expect(runs.deploy?.steps).toEqual([]);
    expect(calls.map((c) => c.job)).toEqual(['release']);
  });

  test('a job reading needs.<job> it does not need fails instead of reading an empty value', async () => {
    const { standIns } = recorder({ created: 'true', tag: 'v0.3.0' });
    const bad = structuredClone(workflow);
    const show = bad.jobs.deploy?.steps?.[0] as { with: Record<string, string> };
    show.with.ref = '${{ needs.release.outputs.tag }}';
    await expect(runWorkflow(bad, { env: env(), context, standIns })).rejects.toThrow(
      /no value for \$\{\{ needs\.release\.outputs\.tag \}\}/,
    );
  }, 30_000);
});

describe('runJob', () => {
  test('runs a job alone as if its needs succeeded, with no needs outputs to read', async () => {
    const { standIns } = recorder({});
    await expect(runJob(workflow, 'build', { env: env(), context, standIns })).rejects.toThrow(
      /no context 'needs'/,
    );
  });

  test('a step whose if: is true runs; a stand-in is required for it', async () => {
    const { calls, standIns } = recorder({});
    const needs = {
      release: { result: 'success' as const, outputs: { created: 'true', tag: 'v1' } },
    };
    const run = await runJob(workflow, 'build', {
      env: env(),
      context: { github: { ref_name: 'feature' }, needs },
      standIns,
    });
    expect(run.steps.map((s) => s.key)).toEqual(['meta', 'never']);
    expect(calls.map((c) => c.job)).toEqual(['build']);
    await expect(
      runJob(workflow, 'build', {
        env: env(),
        context: { github: { ref_name: 'feature' }, needs },
      }),
    ).rejects.toThrow(/build\/never: no stand-in for a step that is not ours/);
  }, 30_000);
});

describe('outputs a step did not set', () => {
  const outputsWorkflow = (read: string) =>
    parse(`
jobs:
  one:
    outputs:
      value: \${{ ${read} }}
    steps:
      - id: rp
        uses: acme/release@v1
      - id: meta
        uses: gitops-promote/gitops-promote/actions/emit-tags@v1
        with:
          images: app=ghcr.io/acme/app
          version: '1.2.3'
          sha: '${'a'.repeat(40)}'
          timestamp: '1738860000'
`) as WorkflowFile;

  test.each([
    // A stand-in's: GitHub reads an unset output as '' (release-please's release_created).
    ['steps.rp.outputs.release_created', ''],
    // Ours: declared in action.yml but not set in this mode.
    ['steps.meta.outputs.source-tag', ''],
    ['steps.meta.outputs.version', '1.2.3'],
  ])(
    '%s reads as %j',
    async (read, expected) => {
      const { standIns } = recorder({});
      const run = await runJob(outputsWorkflow(read), 'one', { env: env(), standIns });
      expect(run.jobOutputs.value).toBe(expected);
    },
    30_000,
  );

  test('an output our action does not declare is a typo, and fails', async () => {
    const { standIns } = recorder({});
    await expect(
      runJob(outputsWorkflow('steps.meta.outputs.source_tag'), 'one', { env: env(), standIns }),
    ).rejects.toThrow(/no value for \$\{\{ steps\.meta\.outputs\.source_tag \}\}/);
  }, 30_000);
});

describe('what the driver refuses', () => {
  test.each([
    [
      'a need the workflow lacks',
      { a: { needs: 'b', steps: [] } },
      /needs 'b', which the workflow does not have/,
    ],
    ['a cycle', { a: { needs: 'b' }, b: { needs: 'a' } }, /cycle through 'a'/],
  ])('%s', (_, jobs, error) => {
    expect(() => jobOrder({ jobs } as WorkflowFile)).toThrow(error);
  });

  test('a matrix job in runWorkflow', async () => {
    const matrix = { jobs: { build: { strategy: { matrix: { service: ['a'] } }, steps: [] } } };
    await expect(runWorkflow(matrix as WorkflowFile, { env: {} })).rejects.toThrow(/has a matrix/);
  });

  test('a job if: with a function', async () => {
    const always = { jobs: { build: { if: 'always()', steps: [] } } };
    await expect(runJob(always as WorkflowFile, 'build', { env: {} })).rejects.toThrow(
      /function call always\(\)/,
    );
  });
});
