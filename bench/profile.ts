/**
 * Where the time goes, for proposals (nothing here is part of `npm run bench`):
 *
 *   npx tsx bench/profile.ts deps        what each dependency costs at start: one ncc bundle
 *                                        per import, its size and cold start over an empty one
 *   npx tsx bench/profile.ts cold-start  node --cpu-prof of each dist/index.js on its minimal input
 *   npx tsx bench/profile.ts plan [N]    node --cpu-prof of the bump-values plan at N (5000)
 *
 * Bundles are built in a temporary folder; profiles go to bench/profiles/ (ignored by git).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleSize, runActionTimed } from './action-runs.js';
import { scenarioFor } from './cold-start.js';
import { inclusiveTimes, summariseProfile, type TimeShare } from './cpu-profile.js';
import { kib, median, ms, runProcess } from './measure.js';
import { formatTable, type Table } from './report.js';

const root = new URL('../', import.meta.url).pathname;
// Bundles are built outside the repository, so that eslint and prettier never see them.
const work = mkdtempSync(join(tmpdir(), 'bench-profile-'));
const profiles = join(root, 'bench', 'profiles');
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Build `entry` with ncc as scripts/build.mjs does (minified, es2022). */
async function ncc(entry: string, out: string, cwd = root): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const cli = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const args = [
    cli,
    'build',
    entry,
    '-o',
    out,
    '-m',
    '--target',
    'es2022',
    '--transpile-only',
    '-q',
  ];
  let output = '';
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (c) => resolve(c ?? -1));
  });
  if (code !== 0) throw new Error(`ncc failed for ${entry}:\n${output.slice(0, 2000)}`);
}

/**
 * tsconfig.json and package.json for a build outside the repository. ESNext + Bundler: then
 * ts-loader's transpile-only emit is ESM whatever the folder (with the repository's NodeNext,
 * it emitted CommonJS for files outside its actions/ and packages/).
 */
function writeProject(dir: string): void {
  const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler' };
  const include = ['**/*.ts'];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
}

/** Median wall and CPU time of `node <file>` (round-robin over the files). */
async function startTimes(
  files: string[],
  runs: number,
): Promise<Map<string, { wall: number; cpu: number }>> {
  const wall = new Map<string, number[]>(files.map((f) => [f, []]));
  const cpu = new Map<string, number[]>(files.map((f) => [f, []]));
  for (let i = 0; i <= runs; i++)
    for (const file of files) {
      const timed = await runProcess(process.execPath, [file], { env: { PATH: process.env.PATH } });
      const used = await runProcess(process.execPath, [file], {
        env: { PATH: process.env.PATH },
        resources: true,
      });
      if (i === 0) continue; // warm-up
      wall.get(file)?.push(timed.ms);
      if (used.cpuMs !== undefined) cpu.get(file)?.push(used.cpuMs);
    }
  return new Map(
    files.map((f) => [f, { wall: median(wall.get(f) ?? []), cpu: median(cpu.get(f) ?? []) }]),
  );
}

const IF_NEVER = "if (process.env.BENCH_NEVER === 'x') console.log";

/** One entry per dependency: importing it (and the least use that loads it) is all it does. */
function dependencyEntries(): Record<string, string> {
  const schema = readFileSync(join(root, 'schemas', 'component-tags.schema.json'), 'utf8');
  // The ajv packages/core resolves (8.x; the repository's root node_modules holds a 6.x).
  const ajvPath = createRequire(join(root, 'packages', 'core', 'package.json')).resolve('ajv');
  const ajv = `import AjvModule from ${JSON.stringify(ajvPath)};\nconst Ajv = AjvModule.default ?? AjvModule;\n`;
  return {
    'empty bundle': 'process.exitCode = 0;\n',
    '@actions/core': "import * as core from '@actions/core';\ncore.getInput('x');\n",
    yaml: "import { parseDocument } from 'yaml';\nparseDocument('a: 1\\n');\n",
    'ajv (import, new Ajv)': `${ajv}new Ajv({ allErrors: true });\n`,
    'ajv + compile component-tags schema': `${ajv}new Ajv({ allErrors: true, strict: true }).compile(${schema});\n`,
    semver: `import * as semver from 'semver';\n${IF_NEVER}(semver);\n`,
    picomatch: `import picomatch from 'picomatch';\n${IF_NEVER}(picomatch);\n`,
    '@gitops-promote/core (barrel)': `import * as core from '@gitops-promote/core';\n${IF_NEVER}(core);\n`,
    '@actions/github getOctokit + retry + throttling': `import { getOctokit } from '@actions/github';\nimport { retry } from '@octokit/plugin-retry';\nimport { throttling } from '@octokit/plugin-throttling';\ngetOctokit('t', {}, retry, throttling);\n`,
    '@octokit/core + retry + throttling (global fetch)': `import { Octokit } from '@octokit/core';\nimport { retry } from '@octokit/plugin-retry';\nimport { throttling } from '@octokit/plugin-throttling';\nconst O = Octokit.plugin(retry, throttling);\nnew O({ auth: 't', throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false } });\n`,
  };
}

async function profileDependencies(): Promise<void> {
  const dir = join(work, 'deps');
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeProject(dir);
  const built: Array<{ name: string; entry: string }> = [];
  let i = 0;
  for (const [name, source] of Object.entries(dependencyEntries())) {
    const src = join(dir, 'src', `entry-${i}.mjs`);
    mkdirSync(dirname(src), { recursive: true });
    writeFileSync(src, source);
    const out = join(dir, 'out', String(i++));
    log(`ncc ${name}`);
    await ncc(src, out, dir);
    built.push({ name, entry: join(out, 'index.mjs') });
  }
  const times = await startTimes(
    built.map((b) => b.entry),
    10,
  );
  const empty = times.get(built[0]?.entry ?? '') ?? { wall: NaN, cpu: NaN };
  const table: Table = {
    caption:
      'One ncc bundle (minified, es2022) per import; median of 10 cold starts after a warm-up. "Over empty" is what the import adds at start.',
    headers: ['Import', 'index.js', 'Wall', 'Over empty', 'CPU', 'CPU over empty'],
    rows: built.map((b) => {
      const t = times.get(b.entry) ?? { wall: NaN, cpu: NaN };
      return [
        b.name,
        kib(bundleSize(b.entry)?.entry ?? 0),
        ms(t.wall),
        `+${ms(t.wall - empty.wall)}`,
        ms(t.cpu),
        `+${ms(t.cpu - empty.cpu)}`,
      ];
    }),
  };
  process.stdout.write(`${formatTable(table)}\n`);
}

function buildableActions(): string[] {
  return readdirSync(join(root, 'actions')).filter((a) =>
    existsSync(join(root, 'actions', a, 'src', 'main.ts')),
  );
}

function shareRows(list: TimeShare[]): string[][] {
  return list.map((t) => [t.name, ms(t.ms), `${(t.share * 100).toFixed(1)}%`]);
}

function printProfile(path: string, title: string, stages?: RegExp): void {
  const summary = summariseProfile(path, root, 15);
  process.stdout.write(`### ${title}\n\nProfile: ${path} (${ms(summary.totalMs)} sampled)\n\n`);
  if (stages) {
    const totals = [...inclusiveTimes(path, stages)].sort((a, b) => b[1] - a[1]);
    const rows = totals.map(([name, t]) => [
      name,
      ms(t),
      `${((t / summary.totalMs) * 100).toFixed(1)}%`,
    ]);
    process.stdout.write(
      `${formatTable({ caption: '', headers: ['Stage (inclusive)', 'Time', 'Share'], rows })}\n\n`,
    );
  }
  process.stdout.write(
    `${formatTable({ caption: '', headers: ['Self time by file or package', 'Time', 'Share'], rows: shareRows(summary.byFile) })}\n\n`,
  );
  process.stdout.write(
    `${formatTable({ caption: '', headers: ['Self time by function', 'Time', 'Share'], rows: shareRows(summary.byFunction) })}\n\n`,
  );
}

function newestProfile(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  return join(dir, files[files.length - 1] ?? '');
}

async function profileColdStart(): Promise<void> {
  for (const action of buildableActions()) {
    const entry = join(root, 'actions', action, 'dist', 'index.js');
    if (!existsSync(entry)) continue;
    const workspace = mkdtempSync(join(tmpdir(), `bench-prof-${action}-`));
    const scenario = await scenarioFor(action, workspace);
    if (!scenario) continue;
    const dir = join(profiles, `cold-start-${action}`);
    rmSync(dir, { recursive: true, force: true });
    try {
      scenario.reset?.();
      await runActionTimed({
        entry,
        action,
        inputs: scenario.inputs,
        workspace,
        nodeArgs: ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir],
        ...(scenario.env ? { env: scenario.env } : {}),
      });
    } finally {
      await scenario.close?.();
      rmSync(workspace, { recursive: true, force: true });
    }
    printProfile(newestProfile(dir), `Cold start of ${action}`);
  }
}

const PLAN_STAGES =
  /^(bumpFiles|analyseFile|parseYamlFile|parseCstTokens|composeSimpleDocuments|findInParsedFile|planAnalysed|applyToAnalysed|editsProvenByLexemes|verifyDocuments|verifyOccurrences|checkFits|orderEdits|changesInResult|editsForOccurrence|servicesOf|generateConfigRepo|parseComponentTags)$/;

async function profilePlan(n: number): Promise<void> {
  const dir = join(profiles, `plan-${n}`);
  rmSync(dir, { recursive: true, force: true });
  const script = join(root, 'bench', 'bump-values-plan.ts');
  const args = ['--expose-gc', '--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', script];
  const run = await runProcess(process.execPath, [...args, String(n), '1', '0'], {
    env: process.env,
    cwd: root,
  });
  if (run.exitCode !== 0) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout.trim()) as { samples: Array<{ wallMs: number }> };
  log(`plan N=${n}: ${ms(report.samples[0]?.wallMs)}`);
  // The profile of the main thread is the largest file (tsx adds a loader thread).
  const files = readdirSync(dir).map((f) => join(dir, f));
  const biggest = files.sort(
    (a, b) => summariseProfile(b, root).totalMs - summariseProfile(a, root).totalMs,
  );
  const main = biggest.find(
    (f) => summariseProfile(f, root).byFunction[0]?.name.startsWith('(idle)') !== true,
  );
  printProfile(main ?? newestProfile(dir), `bump-values plan at N = ${n}`, PLAN_STAGES);
}

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  mkdirSync(profiles, { recursive: true });
  try {
    if (command === 'deps') await profileDependencies();
    else if (command === 'cold-start') await profileColdStart();
    else if (command === 'plan') await profilePlan(Number(arg ?? 5000));
    else throw new Error('Usage: npx tsx bench/profile.ts deps | cold-start | plan [N]');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
