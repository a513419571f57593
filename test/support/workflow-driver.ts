/**
 * Runs one job of a workflow file the way a runner does, for the acceptance tests: each step
 * of ours (`gitops-promote/gitops-promote/actions/<name>@…`) runs its bundled dist/index.js
 * with the step's `with:` (expressions evaluated) over action.yml's defaults; every other
 * step needs an explicit stand-in, named by its id or its `uses:`, or the run fails. Outputs
 * feed later `${{ steps.<id>.outputs.<name> }}`. Only the expressions the examples use are
 * evaluated (`steps.*.outputs.*`, `inputs.*`, `matrix.*`, `secrets.*`, `github.*`, `vars.*`);
 * anything else throws, so an example that grows a new construct fails loudly here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runAction, type ActionRun } from './run-action.js';

interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface WorkflowJob {
  if?: string;
  steps?: WorkflowStep[];
}
export interface WorkflowFile {
  jobs: Record<string, WorkflowJob>;
}

/** The values expressions read, by context. */
export interface ExpressionContext {
  inputs?: Record<string, string>;
  matrix?: Record<string, string>;
  secrets?: Record<string, string>;
  github?: Record<string, string>;
  vars?: Record<string, string>;
}

/** What a stand-in step returns: its outputs. */
export type StandIn = (given: Record<string, string>) => Promise<Record<string, string>>;

export interface JobRun {
  /** Each step, in order: its key (id or uses), what it was given, and the bundle's run. */
  steps: Array<{ key: string; given: Record<string, string>; run?: ActionRun }>;
  outputs: Record<string, Record<string, string>>;
}

const OURS = /^gitops-promote\/gitops-promote\/actions\/([^@]+)@/;
const EXPRESSION = /\$\{\{\s*([^}]+?)\s*\}\}/g;

export function readWorkflow(file: string): WorkflowFile {
  return parse(readFileSync(file, 'utf8')) as WorkflowFile;
}

/** `${{ … }}` replaced; a path outside the supported contexts throws. */
export function evaluate(
  text: string,
  context: ExpressionContext,
  steps: Record<string, Record<string, string>>,
): string {
  return text.replace(EXPRESSION, (_, expression: string) => {
    const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (step) {
      const value = steps[step[1] as string]?.[step[2] as string];
      if (value === undefined) throw new Error(`no output for \${{ ${expression} }}`);
      return value;
    }
    const path = /^(inputs|matrix|secrets|github|vars)\.([\w-]+)$/.exec(expression);
    if (!path) throw new Error(`the driver does not evaluate \${{ ${expression} }}`);
    const value = context[path[1] as keyof ExpressionContext]?.[path[2] as string];
    if (value === undefined) throw new Error(`no value for \${{ ${expression} }}`);
    return value;
  });
}

/** Run `jobId` of the workflow; `env` is the runner's environment for every bundle. */
export async function runJob(
  workflow: WorkflowFile,
  jobId: string,
  options: {
    context?: ExpressionContext;
    env: Record<string, string>;
    standIns?: Record<string, StandIn>;
    /**
     * Applied to every evaluated `with:` value: where a test's loopback registry stands for
     * the example's `ghcr.io` (the only liberty taken with the workflow, stated per test).
     */
    rewrite?: (value: string) => string;
    /** Inputs added to each of our steps, for what a real runner has and a test lacks. */
    runnerInputs?: Record<string, string>;
  },
): Promise<JobRun> {
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`the workflow has no job '${jobId}'`);
  const context = options.context ?? {};
  const result: JobRun = { steps: [], outputs: {} };
  for (const [index, step] of (job.steps ?? []).entries()) {
    const key = step.id ?? step.uses ?? `steps[${index}]`;
    const given = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [
        k,
        (options.rewrite ?? ((x: string) => x))(evaluate(String(v), context, result.outputs)),
      ]),
    );
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [
        k,
        evaluate(String(v), context, result.outputs),
      ]),
    );
    const ours = step.uses === undefined ? undefined : OURS.exec(step.uses)?.[1];
    let outputs: Record<string, string>;
    let run: ActionRun | undefined;
    if (ours !== undefined) {
      run = await runAction(ours, {
        inputs: { ...options.runnerInputs, ...given },
        env: { ...options.env, ...stepEnv },
      });
      if (run.exitCode !== 0)
        throw new Error(`${jobId}/${key} (${ours}) failed:\n${run.stdout}\n${run.stderr}`);
      outputs = run.outputs;
    } else {
      const standIn = options.standIns?.[step.id ?? ''] ?? options.standIns?.[step.uses ?? ''];
      if (!standIn) throw new Error(`${jobId}/${key}: no stand-in for a step that is not ours`);
      outputs = await standIn(given);
    }
    if (step.id !== undefined) result.outputs[step.id] = outputs;
    result.steps.push({ key, given, ...(run ? { run } : {}) });
  }
  return result;
}
