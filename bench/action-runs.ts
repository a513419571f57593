/**
 * Run a bundled action as a runner does (INPUT_* from action.yml defaults plus the given
 * inputs, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), timed from spawn to exit.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionDefaults, inputVariable, parseOutputFile } from '../test/support/run-action.js';
import { node24Binary } from '../test/support/node-binaries.js';
import { runProcess, type ProcessRun } from './measure.js';

export interface ActionRunOptions {
  /** The bundle to run (`…/dist/index.js`). */
  entry: string;
  action: string;
  inputs: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  resources?: boolean;
  /** Node options before the entry (`--cpu-prof`, …). */
  nodeArgs?: string[];
  /** The Node executable; Node 24 (what `runs.using: node24` runs) unless given. */
  node?: string;
}

export interface TimedActionRun extends ProcessRun {
  outputs: Record<string, string>;
}

/** The environment a runner gives a JavaScript action step. */
export function runnerEnv(
  action: string,
  inputs: Record<string, string>,
  workspace: string,
  files: { output: string; summary: string; temp: string },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? files.temp,
    RUNNER_TEMP: files.temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(action), ...inputs }))
    env[inputVariable(name)] = value;
  return env;
}

/** Run the action once, timed; its outputs are read back from GITHUB_OUTPUT. */
export async function runActionTimed(options: ActionRunOptions): Promise<TimedActionRun> {
  const temp = mkdtempSync(join(tmpdir(), `bench-${options.action}-`));
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary'), temp };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    ...runnerEnv(options.action, options.inputs, options.workspace, files),
    ...options.env,
  };
  try {
    const node = options.node ?? node24Binary().path;
    const run = await runProcess(node, [...(options.nodeArgs ?? []), options.entry], {
      env,
      cwd: options.workspace,
      resources: options.resources ?? false,
    });
    return { ...run, outputs: parseOutputFile(readFileSync(files.output, 'utf8')) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Why a run failed, in one line: its last `::error::` or stderr line. */
export function failureOf(run: ProcessRun): string {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.trim() !== '');
  const error = [...lines].reverse().find((l) => l.startsWith('::error'));
  return (error ?? lines[lines.length - 1] ?? `exit ${run.exitCode}`).slice(0, 300);
}

export interface BundleSize {
  /** index.js bytes. */
  entry: number;
  /** Other .js files of dist/ (chunks loaded with import() at the point of use). */
  chunks: Array<{ name: string; bytes: number }>;
}

/** Sizes of dist/index.js and of its chunks; undefined when there is no bundle. */
export function bundleSize(entry: string): BundleSize | undefined {
  if (!existsSync(entry)) return undefined;
  const dir = join(entry, '..');
  const chunks = readdirSync(dir)
    .filter((name) => /\.(c|m)?js$/.test(name) && name !== 'index.js')
    .sort()
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
  return { entry: statSync(entry).size, chunks };
}
