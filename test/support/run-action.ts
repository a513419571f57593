/**
 * Run a bundled action the way a runner does: `node actions/<name>/dist/index.js`, on Node 24
 * (what `runs.using: node24` runs; see node-binaries.ts), with every
 * input as `INPUT_<NAME>` (defaults taken from action.yml, as the runner sets them), and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files that are read back after the run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { node24Binary } from './node-binaries.js';

export const repoRoot = new URL('../../', import.meta.url).pathname;

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…,line=…::message` and the like, parsed from stdout. */
  annotations: Array<{ level: string; properties: Record<string, string>; message: string }>;
  /** The Node executable the bundle ran on. */
  node: string;
}

interface ActionManifest {
  inputs?: Record<string, { default?: string; required?: boolean }>;
}

/** The action's inputs with their defaults, from its action.yml. */
export function actionDefaults(action: string): Record<string, string> {
  const manifest = parse(
    readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8'),
  ) as ActionManifest;
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs ?? {}))
    defaults[name] = String(spec.default ?? '');
  return defaults;
}

/** The runner's name for an input's environment variable. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parse a GITHUB_OUTPUT file (`name<<delimiter` blocks and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function unescapeProperty(value: string): string {
  return value
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%');
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    found.push({ level: m[1] as string, properties, message: unescapeProperty(m[3] as string) });
  }
  return found;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  cwd?: string;
  /** The Node executable; Node 24 unless a test says otherwise. */
  node?: string;
}

/** Run actions/<action>/dist/index.js as a runner would. */
export async function runAction(
  action: string,
  options: RunActionOptions = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `run-${action}-`));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    // The local GitHub needs no spacing of writes (1 s, 3 s before a pull request): a test of
    // the pacing itself sets this back to '' in `env`.
    GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(action), ...options.inputs }))
    env[inputVariable(name)] = value;
  Object.assign(env, options.env);
  const node = options.node ?? node24Binary().path;
  const child = spawn(node, [join(repoRoot, 'actions', action, 'dist', 'index.js')], {
    cwd: options.cwd ?? env.GITHUB_WORKSPACE ?? dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(code ?? -1)),
  );
  const run: ActionRun = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    node,
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}
