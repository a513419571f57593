/**
 * bump-values at scale: a generated config repo of N services (4 Helm values files of N
 * services each, N kustomizations, N Flux-marked manifests) and a component-tags.json moving
 * all N. Measured twice:
 *   plan    the core engine in-process (`bumpFiles`), in a child process of its own per N
 *           (wall and CPU time, heap, peak RSS);
 *   action  the whole bundle, `node actions/bump-values/dist/index.js` as a runner runs it
 *           (list, read, plan, write the files, outputs and summary; no commit).
 * The per-service cost at each N shows whether the curve is linear.
 */
import { existsSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBinaries, node24Binary, type NodeBinary } from '../test/support/node-binaries.js';
import { failureOf, runActionTimed } from './action-runs.js';
import type { PlanReport } from './bump-values-plan.js';
import {
  FILE_PATTERNS,
  generateConfigRepo,
  resetConfigFiles,
  writeConfigRepo,
} from './generate-config-repo.js';
import { count, mb, median, ms, runProcess } from './measure.js';
import type { BenchContext, Measurement, SectionResult, Table } from './report.js';

const PLAN_TARGET_MS = 1000;
const PLAN_TARGET_N = 1000;
const PEAK_TARGET_MB = 200;
const PEAK_TARGET_N = 5000;
const ACTION_TARGET_MS = 1000;

interface Size {
  n: number;
  planRuns: number;
  planWarmup: number;
  actionRuns: number;
  actionWarmup: number;
  /** After this much measured time, no further run is started. */
  budgetMs: number;
}

function sizes(quick: boolean): Size[] {
  if (quick)
    return [
      { n: 100, planRuns: 3, planWarmup: 1, actionRuns: 2, actionWarmup: 1, budgetMs: 5_000 },
      { n: 500, planRuns: 1, planWarmup: 0, actionRuns: 1, actionWarmup: 0, budgetMs: 5_000 },
    ];
  return [
    { n: 100, planRuns: 7, planWarmup: 2, actionRuns: 5, actionWarmup: 1, budgetMs: 30_000 },
    { n: 1000, planRuns: 5, planWarmup: 1, actionRuns: 3, actionWarmup: 0, budgetMs: 30_000 },
    { n: 5000, planRuns: 3, planWarmup: 0, actionRuns: 3, actionWarmup: 0, budgetMs: 60_000 },
  ];
}

async function measurePlan(context: BenchContext, size: Size): Promise<PlanReport> {
  const script = join(context.root, 'bench', 'bump-values-plan.ts');
  const args = ['--expose-gc', '--import', 'tsx', script];
  args.push(String(size.n), String(size.planRuns), String(size.planWarmup), String(size.budgetMs));
  const run = await runProcess(node24Binary().path, args, {
    env: process.env,
    cwd: context.root,
  });
  if (run.exitCode !== 0) throw new Error(`plan of N=${size.n} failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as PlanReport;
}

/** Where the bench's workspace is made: the disk a runner's workspace is on, or memory. */
interface Place {
  /** `disk` or `tmpfs`, as the table prints it. */
  label: string;
  /** The folder workspaces are made in. */
  dir: string;
}

const TMPFS_MAGIC = 0x01021994;

/**
 * The system's temporary folder (a disk here, as a runner's workspace is), and /dev/shm when it
 * is a tmpfs: on some machines (this one) creating a file costs ten times what it costs on a
 * runner, and a workspace in memory shows what is the action's and what is the disk's.
 */
function places(): Place[] {
  const all: Place[] = [{ label: 'disk', dir: tmpdir() }];
  try {
    if (statfsSync('/dev/shm').type === TMPFS_MAGIC) all.push({ label: 'tmpfs', dir: '/dev/shm' });
  } catch {
    // No /dev/shm: the disk alone.
  }
  return all;
}

interface ActionReport {
  n: number;
  /** The Node binary, e.g. `node 24.22.3`. */
  node: string;
  /** `disk` or `tmpfs` (see places). */
  place: string;
  wallMs: number[];
  /** The files floor (bench/files-floor.mjs) on the same workspace, one per run. */
  floorMs: number[];
  cpuMs: number[];
  peakMb: number[];
  changed?: string;
  failure?: string;
}

async function measureAction(
  context: BenchContext,
  size: Size,
  node: NodeBinary,
  place: Place,
): Promise<ActionReport> {
  const entry = context.distOf('bump-values');
  const report: ActionReport = {
    n: size.n,
    node: node.label,
    place: place.label,
    wallMs: [],
    floorMs: [],
    cpuMs: [],
    peakMb: [],
  };
  const repo = generateConfigRepo(size.n);
  const workspace = mkdtempSync(join(place.dir, `bench-bump-${size.n}-`));
  const listFile = `${workspace}.files`;
  try {
    writeConfigRepo(workspace, repo);
    writeFileSync(listFile, repo.files.map((file) => file.path).join('\n'));
    let started = performance.now();
    for (let i = 0; i < size.actionWarmup + size.actionRuns; i++) {
      resetConfigFiles(workspace, repo);
      const run = await runActionTimed({
        entry,
        action: 'bump-values',
        inputs: { files: FILE_PATTERNS.join('\n') },
        workspace,
        resources: true,
        node: node.path,
      });
      if (run.exitCode !== 0) {
        report.failure = failureOf(run);
        break;
      }
      report.changed = run.outputs.changed;
      if (i < size.actionWarmup) {
        started = performance.now();
        continue;
      }
      report.wallMs.push(run.ms);
      if (run.cpuMs !== undefined) report.cpuMs.push(run.cpuMs);
      if (run.peakMb !== undefined) report.peakMb.push(run.peakMb);
      resetConfigFiles(workspace, repo);
      const floor = await runProcess(
        node.path,
        [join(context.root, 'bench', 'files-floor.mjs'), workspace, listFile],
        {
          env: process.env,
          cwd: workspace,
        },
      );
      if (floor.exitCode === 0) report.floorMs.push(floor.ms);
      if (performance.now() - started > size.budgetMs) break;
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(listFile, { force: true });
  }
  return report;
}

/** µs per service, or ms when large. */
function perService(totalMs: number, n: number): string {
  const us = (totalMs * 1000) / n;
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`;
}

/**
 * The cost of each service added since the previous N: (T(N) − T(N′)) / (N − N′). Constant
 * for a linear curve whatever the fixed costs (process start, loading the bundle); growing
 * when the cost per service grows with the repository.
 */
function marginal(points: ReadonlyArray<{ n: number; ms: number }>, i: number): string {
  const at = points[i];
  const before = points[i - 1];
  if (!at || !before) return '–';
  return perService(at.ms - before.ms, at.n - before.n);
}

function planTable(plans: PlanReport[]): Table {
  const points = plans.map((p) => ({ n: p.n, ms: median(p.samples.map((s) => s.wallMs)) }));
  return {
    caption: `Plan: \`bumpFiles\` in-process (parse, find, plan, splice, re-parse to verify), medians; a child process per N on ${node24Binary().label}.`,
    headers: [
      'N',
      'Files',
      'Input',
      'Changes',
      'Wall',
      'CPU',
      'Per service',
      'Marginal per service',
      'Heap after plan',
      'Retained',
      'Peak RSS (baseline)',
      'Runs',
    ],
    rows: plans.map((p, i) => {
      const wall = median(p.samples.map((s) => s.wallMs));
      const target =
        p.n === PLAN_TARGET_N
          ? wall < PLAN_TARGET_MS
            ? ' (target < 1 s: met)'
            : ' (target < 1 s: over)'
          : '';
      return [
        count(p.n),
        count(p.files),
        `${(p.bytes / 1024 / 1024).toFixed(1)} MiB`,
        count(p.changes),
        `${ms(wall)}${target}`,
        ms(median(p.samples.map((s) => s.cpuMs))),
        perService(wall, p.n),
        marginal(points, i),
        mb(median(p.samples.map((s) => s.heapAfterMb))),
        mb(p.retainedHeapMb),
        `${mb(p.peakRssMb)} (${mb(p.baselineRssMb)})`,
        String(p.samples.length),
      ];
    }),
  };
}

function actionTable(all: ActionReport[], plans: PlanReport[]): Table {
  const runs = [...new Set(all.map((a) => `${a.node}\t${a.place}`))];
  const tables = runs.map((run) =>
    actionTableOf(
      all.filter((a) => `${a.node}\t${a.place}` === run),
      plans,
    ),
  );
  return { ...(tables[0] as Table), rows: tables.flatMap((t) => t.rows) };
}

function actionTableOf(actions: ActionReport[], plans: PlanReport[]): Table {
  const done = actions.filter((a) => a.wallMs.length > 0);
  const points = done.map((a) => ({ n: a.n, ms: median(a.wallMs) }));
  return {
    caption:
      'Whole action: `node actions/bump-values/dist/index.js` with every file pattern, writing the files (no commit); CPU and peak RSS from process.resourceUsage() at exit. Files floor: `bench/files-floor.mjs`, the same listing, reads and atomic writes with no YAML, on the same workspace after each run.',
    headers: [
      'N',
      'Node',
      'Workspace',
      'Wall',
      'Files floor',
      'Beyond floor',
      'CPU',
      'Per service',
      'Marginal per service',
      'Plan share',
      'Peak RSS',
      'Runs',
    ],
    rows: actions.map((a) => {
      if (a.failure || a.wallMs.length === 0)
        return [
          count(a.n),
          a.node,
          a.place,
          `failed: ${a.failure ?? 'no run'}`,
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
          '0',
        ];
      const wall = median(a.wallMs);
      const plan = plans.find((p) => p.n === a.n);
      const planMs = plan ? median(plan.samples.map((s) => s.wallMs)) : NaN;
      const peak = median(a.peakMb);
      const floor = a.floorMs.length > 0 ? median(a.floorMs) : NaN;
      const fast =
        a.n === PLAN_TARGET_N
          ? wall < ACTION_TARGET_MS
            ? ' (target < 1 s: met)'
            : floor >= ACTION_TARGET_MS
              ? ' (target < 1 s: over, as is the files floor)'
              : ' (target < 1 s: over)'
          : '';
      const target =
        a.n === PEAK_TARGET_N
          ? peak < PEAK_TARGET_MB
            ? ' (target < 200 MB: met)'
            : ' (target < 200 MB: over)'
          : '';
      return [
        count(a.n),
        a.node,
        a.place,
        `${ms(wall)}${fast}`,
        Number.isNaN(floor) ? '–' : ms(floor),
        Number.isNaN(floor) ? '–' : ms(wall - floor),
        ms(median(a.cpuMs)),
        perService(wall, a.n),
        marginal(points, done.indexOf(a)),
        `${Math.round((planMs / wall) * 100)}%`,
        `${mb(peak)}${target}`,
        String(a.wallMs.length),
      ];
    }),
  };
}

function notesOf(plans: PlanReport[], actions: ActionReport[]): string[] {
  const notes = [
    `Targets: N = ${count(PLAN_TARGET_N)} plans in under 1 s; peak memory under ${PEAK_TARGET_MB} MB at N = ${count(PEAK_TARGET_N)}.`,
    '"Marginal per service" is the cost of each service added since the previous N: constant for a linear curve, growing when the cost per service grows with the repository. "Per service" also spreads fixed costs (process start, loading the bundle), which dominate at small N.',
    '"Plan share" divides the plan\'s median by the action\'s; they are separate runs, so noise can push it past 100%.',
    `Targets of the whole action: under 1 s at N = ${count(PLAN_TARGET_N)}, peak RSS under ${PEAK_TARGET_MB} MB at N = ${count(PEAK_TARGET_N)}. "Beyond floor" is the wall time the action spends past the files floor, which writes its files one after the other after reading them all; from 500 files the action creates them on a second thread while it plans (see packages/core/src/staged-writes.ts), so on a slow disk its wall time is less than the plan and the floor added.`,
    'Workspace "disk" is the system temporary folder, on disk as a runner\'s workspace is; "tmpfs" is /dev/shm, in memory, run on Node 24 only. On this machine creating a file on disk costs far more than on a runner (the files floor shows how much), so the tmpfs rows show the action\'s own cost more truly.',
    'Each N has 4 values files of N services, N kustomizations and N Flux manifests (2N + 4 files); every service moves, so every occurrence changes (12 changes per service).',
  ];
  const plan = plans.find((p) => p.n === PEAK_TARGET_N);
  if (plan)
    notes.push(
      `Plan child at N = ${count(plan.n)}: peak RSS ${mb(plan.peakRssMb)}, of which ${mb(plan.baselineRssMb)} before planning (node, tsx, the generated input).`,
    );
  for (const a of actions) {
    const floor = a.floorMs.length > 0 ? median(a.floorMs) : NaN;
    if (a.n === PLAN_TARGET_N && floor >= ACTION_TARGET_MS)
      notes.push(
        `At N = ${count(a.n)} on ${a.node}, ${a.place}: the files floor alone took ${ms(floor)}, the disk's time for the files' writes with no YAML at all, so no action could meet 1 s there in these runs; the action took ${ms(median(a.wallMs) - floor)} beyond it.`,
      );
  }
  const missing = actions.find((a) => a.failure);
  if (missing) notes.push(`The action did not run: ${missing.failure}.`);
  return notes;
}

async function measureBumpValues(context: BenchContext): Promise<SectionResult> {
  const plans: PlanReport[] = [];
  const actions: ActionReport[] = [];
  const hasDist = existsSync(context.distOf('bump-values'));
  for (const size of sizes(context.quick)) {
    context.log(`bump-values: plan N=${size.n}`);
    plans.push(await measurePlan(context, size));
    if (!hasDist) continue;
    const [disk, ...others] = places();
    for (const node of benchBinaries()) {
      context.log(`bump-values: action N=${size.n} on ${node.label}`);
      actions.push(await measureAction(context, size, node, disk as Place));
    }
    for (const place of others) {
      context.log(`bump-values: action N=${size.n} on ${node24Binary().label}, ${place.label}`);
      actions.push(await measureAction(context, size, node24Binary(), place));
    }
  }
  const tables = [planTable(plans)];
  if (hasDist) tables.push(actionTable(actions, plans));
  const notes = notesOf(plans, actions);
  if (!hasDist) notes.push('Whole action not yet measured: actions/bump-values/dist is missing.');
  return {
    id: 'bump-values',
    title: 'bump-values at scale',
    tables,
    notes,
    data: { plans, actions },
  };
}

export const bumpValuesScale: Measurement = {
  id: 'bump-values',
  title: 'bump-values at scale',
  run: measureBumpValues,
};
