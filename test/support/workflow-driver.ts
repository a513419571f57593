/**
 * Runs the jobs of a workflow file the way a runner does, for the acceptance tests: each step
 * of ours (`gitops-promote/gitops-promote/actions/<name>@…`) runs its bundled dist/index.js
 * with the step's `with:` (expressions evaluated) over action.yml's defaults; every other
 * step needs an explicit stand-in, named by its id or its `uses:`, or the run fails. Outputs
 * feed later `${{ steps.<id>.outputs.<name> }}`, a job's `outputs:` feed the jobs that
 * `needs:` it, and job and step `if:` conditions decide what runs (a job whose needs did not
 * all succeed is skipped, GitHub's implicit `success()`). Only the expressions of
 * workflow-expression.ts are evaluated; anything else throws, so an example that grows a new
 * construct fails loudly here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runAction, type ActionRun } from './run-action.js';
import {
  evaluateCondition,
  interpolate,
  OPEN_MAP,
  type ContextTree,
  type ExpressionValue,
} from './workflow-expression.js';

interface WorkflowStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface WorkflowJob {
  needs?: string | string[];
  if?: string;
  env?: Record<string, unknown>;
  strategy?: { matrix?: unknown };
  outputs?: Record<string, unknown>;
  steps?: WorkflowStep[];
}
export interface WorkflowFile {
  env?: Record<string, unknown>;
  jobs: Record<string, WorkflowJob>;
}

/** What a finished job gives the jobs that need it. */
export interface NeedResult {
  result: 'success' | 'skipped';
  outputs: Record<string, string>;
}

/** The values expressions read, by context. */
export interface ExpressionContext {
  inputs?: Record<string, string>;
  matrix?: Record<string, string>;
  secrets?: Record<string, string>;
  github?: Record<string, string>;
  vars?: Record<string, string>;
  needs?: Record<string, NeedResult>;
}

/** What a stand-in step returns: its outputs. `job` is the id of the job it runs in. */
export type StandIn = (
  given: Record<string, string>,
  step: { job: string },
) => Promise<Record<string, string>>;

export interface JobRun {
  /** `skipped` when the job's `if:` was false or a job it needs did not succeed. */
  result: 'success' | 'skipped';
  /** Each step that ran, in order: its key (id or uses), what it was given, the bundle's run. */
  steps: Array<{ key: string; given: Record<string, string>; run?: ActionRun }>;
  /** Each step's outputs, by step id. */
  outputs: Record<string, Record<string, string>>;
  /** The job's own `outputs:`, evaluated after its steps. */
  jobOutputs: Record<string, string>;
}

export interface RunOptions {
  context?: ExpressionContext;
  /**
   * The runner's environment for every bundle; a function gives each job its own (jobs run
   * on separate runners, each with a fresh `GITHUB_WORKSPACE`).
   */
  env: Record<string, string> | ((job: string) => Record<string, string>);
  standIns?: Record<string, StandIn>;
  /**
   * Applied to every evaluated `with:` value: where a test's loopback registry stands for
   * the example's `ghcr.io` (the only liberty taken with the workflow, stated per test).
   */
  rewrite?: (value: string) => string;
  /** Inputs added to each of our steps, for what a real runner has and a test lacks. */
  runnerInputs?: Record<string, string>;
}

const OURS = /^gitops-promote\/gitops-promote\/actions\/([^@]+)@/;

export function readWorkflow(file: string): WorkflowFile {
  return parse(readFileSync(file, 'utf8')) as WorkflowFile;
}

/** The ids a job `needs:`, as a list. */
export function needsOf(job: WorkflowJob): string[] {
  if (job.needs === undefined) return [];
  return typeof job.needs === 'string' ? [job.needs] : job.needs;
}

/** The context tree expressions of one job read, with the steps run so far. */
function contextTree(
  context: ExpressionContext,
  env: Record<string, string>,
  steps: Record<string, Record<string, string>>,
  standInSteps: ReadonlySet<string> = new Set(),
): ContextTree {
  const tree: ContextTree = { env: { ...env }, steps: {} };
  for (const [name, values] of Object.entries(context))
    tree[name] = structuredClone(values) as unknown as ContextTree;
  for (const [id, values] of Object.entries(steps)) {
    // A stand-in's output names are not checked against a contract: an unset one reads as ''
    // (as on GitHub). Ours are: every output action.yml declares is there, others throw.
    const outputs: ContextTree = {
      ...values,
      ...(standInSteps.has(id) ? { [OPEN_MAP]: true } : {}),
    };
    (tree.steps as ContextTree)[id] = { outputs, outcome: 'success', conclusion: 'success' };
  }
  return tree;
}

/** Every output our action declares, '' when the run did not set it (as GitHub reads it). */
function declaredOutputs(action: string, outputs: Record<string, string>): Record<string, string> {
  const manifest = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
    outputs?: Record<string, unknown>;
  };
  const declared = Object.fromEntries(Object.keys(manifest.outputs ?? {}).map((k) => [k, '']));
  return { ...declared, ...outputs };
}

/** Every value of `map` as text with its expressions evaluated. */
function interpolateAll(
  map: Record<string, unknown> | undefined,
  tree: () => ContextTree,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(scalar(v), tree())]),
  );
}

function scalar(value: unknown): string {
  if (value === null || typeof value === 'object')
    throw new Error(`the driver takes only scalar values, not ${JSON.stringify(value)}`);
  return String(value as ExpressionValue);
}

/**
 * Whether the job runs: every need succeeded, and its `if:` (when any) holds. Without a
 * `needs` context (a test running one job alone) its needs count as succeeded, with no
 * outputs to read.
 */
function jobRuns(job: WorkflowJob, jobId: string, tree: ContextTree, context: ExpressionContext) {
  for (const need of context.needs === undefined ? [] : needsOf(job)) {
    const result = context.needs?.[need];
    if (result === undefined) throw new Error(`job '${jobId}' needs '${need}', which has not run`);
    if (result.result !== 'success') return false;
  }
  return job.if === undefined || evaluateCondition(job.if, tree);
}

/** Run `jobId` of the workflow (a skipped job returns `result: 'skipped'` and runs nothing). */
export async function runJob(
  workflow: WorkflowFile,
  jobId: string,
  options: RunOptions,
): Promise<JobRun> {
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`the workflow has no job '${jobId}'`);
  const context = options.context ?? {};
  const result: JobRun = { result: 'success', steps: [], outputs: {}, jobOutputs: {} };
  const workflowEnv = interpolateAll(workflow.env, () => contextTree(context, {}, {}));
  const jobEnv = {
    ...workflowEnv,
    ...interpolateAll(job.env, () => contextTree(context, workflowEnv, {})),
  };
  const runnerEnv = typeof options.env === 'function' ? options.env(jobId) : options.env;
  const standInSteps = new Set<string>();
  const tree = () => contextTree(context, jobEnv, result.outputs, standInSteps);
  if (!jobRuns(job, jobId, tree(), context)) return { ...result, result: 'skipped' };
  for (const [index, step] of (job.steps ?? []).entries()) {
    const key = step.id ?? step.uses ?? `steps[${index}]`;
    if (step.if !== undefined && !evaluateCondition(step.if, tree())) continue;
    const rewrite = options.rewrite ?? ((x: string) => x);
    const given = Object.fromEntries(
      Object.entries(interpolateAll(step.with, tree)).map(([k, v]) => [k, rewrite(v)]),
    );
    const stepEnv = { ...jobEnv, ...interpolateAll(step.env, tree) };
    const ours = step.uses === undefined ? undefined : OURS.exec(step.uses)?.[1];
    let outputs: Record<string, string>;
    let run: ActionRun | undefined;
    if (ours !== undefined) {
      run = await runAction(ours, {
        inputs: { ...options.runnerInputs, ...given },
        env: { ...runnerEnv, ...stepEnv },
      });
      if (run.exitCode !== 0)
        throw new Error(`${jobId}/${key} (${ours}) failed:\n${run.stdout}\n${run.stderr}`);
      outputs = declaredOutputs(ours, run.outputs);
    } else {
      const standIn = options.standIns?.[step.id ?? ''] ?? options.standIns?.[step.uses ?? ''];
      if (!standIn) throw new Error(`${jobId}/${key}: no stand-in for a step that is not ours`);
      outputs = await standIn(given, { job: jobId });
      if (step.id !== undefined) standInSteps.add(step.id);
    }
    if (step.id !== undefined) result.outputs[step.id] = outputs;
    result.steps.push({ key, given, ...(run ? { run } : {}) });
  }
  result.jobOutputs = interpolateAll(job.outputs, tree);
  return result;
}

/** The job ids in an order where each comes after every job it needs; a cycle throws. */
export function jobOrder(workflow: WorkflowFile): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string, from?: string): void => {
    if (order.includes(id)) return;
    const job = workflow.jobs[id];
    if (!job) throw new Error(`job '${from}' needs '${id}', which the workflow does not have`);
    if (visiting.has(id)) throw new Error(`the jobs' needs form a cycle through '${id}'`);
    visiting.add(id);
    for (const need of needsOf(job)) visit(need, id);
    order.push(id);
  };
  for (const id of Object.keys(workflow.jobs)) visit(id);
  return order;
}

/**
 * Run every job of the workflow in `needs:` order, each seeing the results and outputs of the
 * jobs it needs (`needs.<job>.outputs.<name>`, `needs.<job>.result`). A matrix job is refused:
 * run it per combination with `runJob` and a `matrix` context.
 */
export async function runWorkflow(
  workflow: WorkflowFile,
  options: RunOptions,
): Promise<Record<string, JobRun>> {
  const runs: Record<string, JobRun> = {};
  for (const id of jobOrder(workflow)) {
    const job = workflow.jobs[id] as WorkflowJob;
    if (job.strategy?.matrix !== undefined)
      throw new Error(`job '${id}' has a matrix: runWorkflow does not expand it`);
    const needs = Object.fromEntries(
      needsOf(job).map((need) => {
        const run = runs[need] as JobRun;
        return [need, { result: run.result, outputs: run.jobOutputs }];
      }),
    );
    runs[id] = await runJob(workflow, id, {
      ...options,
      context: { ...options.context, needs },
    });
  }
  return runs;
}
