/**
 * Cold start of each bundled action: `node actions/<name>/dist/index.js` from spawn to exit on
 * a minimal valid input that uploads or downloads nothing, beside a bare `node -e 0` (the floor
 * no JavaScript action can beat); bundle sizes; CPU time and peak RSS of the same runs.
 * Runs go round-robin (floor, then each action) so that other work on the machine spreads over
 * all of them alike.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleSize, failureOf, runActionTimed, type BundleSize } from './action-runs.js';
import { digestOf } from './generate-config-repo.js';
import { kib, mb, median, ms, ratio, repeat, runProcess } from './measure.js';
import { benchBinaries, type NodeBinary } from '../test/support/node-binaries.js';
import type { BenchContext, Measurement, SectionResult, Table } from './report.js';

/** 800 KiB: the issue's ceiling for dist/index.js. */
const ENTRY_LIMIT = 800 * 1024;
/** 2×: the issue's ceiling for cold start over the floor. */
const START_LIMIT = 2;

export interface Scenario {
  /** What the minimal input does, for the table. */
  input: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Put the workspace back before each run (a bump rewrites its file). */
  reset?: () => void;
  /**
   * For an action that talks to a local server: when the server received the run's first
   * request (Unix epoch ms), to report its start-up apart from its requests.
   */
  firstRequestAt?: () => number | undefined;
  /** How many requests the run made (its whole wall includes them; its start-up does not). */
  requestsOfRun?: () => number;
  close?: () => Promise<void>;
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const OLD_DIGEST = digestOf('api@1.0.0');
const NEW_DIGEST = digestOf('api@1.1.0');
const VALUES = `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n    digest: ${OLD_DIGEST}\n`;
const COMPONENT_TAGS = `${JSON.stringify({ api: { tag: '1.1.0', digest: NEW_DIGEST, image: 'ghcr.io/acme/api' } }, null, 2)}\n`;

/** A minimal valid input per action; undefined for an action not known here. */
export async function scenarioFor(
  action: string,
  workspace: string,
): Promise<Scenario | undefined> {
  switch (action) {
    case 'emit-tags':
      return {
        input: 'compute tags for 1 image (version and timestamp given: no git)',
        inputs: { images: 'api=ghcr.io/acme/api', version: '1.2.3', timestamp: '1700000000' },
      };
    case 'bump-values': {
      const reset = () =>
        writeFiles(workspace, { 'values.yaml': VALUES, 'component-tags.json': COMPONENT_TAGS });
      reset();
      return {
        input: 'bump 1 service in 1 values file (no commit)',
        inputs: { files: 'values.yaml' },
        reset,
      };
    }
    case 'verify-digests':
      writeFiles(workspace, { 'values.yaml': VALUES });
      return {
        input: '1 pinned image, check-registry false',
        inputs: { files: 'values.yaml', 'check-registry': 'false' },
      };
    case 'open-promotion-pr':
      return openPromotionScenario(workspace);
    default:
      return undefined;
  }
}

/** open-promotion-pr talks to GitHub: a local one, whose file already holds the target (no-op). */
async function openPromotionScenario(workspace: string): Promise<Scenario | undefined> {
  const { startGitHubServer } = await import('../test/support/github-server/index.js');
  const current = VALUES.replace('"1.0.0"', '"1.1.0"').replace(OLD_DIGEST, NEW_DIGEST);
  const server = await startGitHubServer({
    owner: 'acme',
    repo: 'config',
    files: { 'helm/app/values-staging.yaml': current },
  });
  writeFiles(workspace, { 'component-tags.json': COMPONENT_TAGS });
  return {
    input: '1 service already at its target: no commit, no pull request (local GitHub)',
    inputs: { token: server.token, repository: 'acme/config', environment: 'staging' },
    reset: () => server.resetCounts(),
    firstRequestAt: () => server.requests[0]?.receivedAt,
    requestsOfRun: () => server.requests.length,
    env: {
      GITHUB_API_URL: server.apiUrl,
      GITHUB_GRAPHQL_URL: server.graphqlUrl,
      GITHUB_SERVER_URL: server.webUrl,
      GITHUB_REPOSITORY: 'acme/config',
    },
    close: () => server.close(),
  };
}

interface Subject {
  name: string;
  /** For a CLI row: the arguments after dist/index.js (run in `workspace`, no INPUT_*). */
  cliArgs?: string[];
  /** The Node binary this subject runs on. */
  node: NodeBinary;
  entry?: string;
  size?: BundleSize;
  scenario?: Scenario;
  workspace?: string;
  missing?: string;
  wall: number[];
  /** Spawn to the first request, ms (for a scenario with `firstRequestAt`). */
  startup?: number[];
  /** Requests of each timed run (for a scenario with `requestsOfRun`). */
  requests?: number[];
  cpu: number[];
  peak: number[];
  failure?: string;
}

function listActions(root: string): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, 'actions', e.name, 'action.yml')))
    .map((e) => e.name)
    .sort();
}

async function prepare(context: BenchContext, name: string, node: NodeBinary): Promise<Subject> {
  const entry = context.distOf(name);
  const size = bundleSize(entry);
  if (!size) return { name, node, missing: 'no dist/ yet', wall: [], cpu: [], peak: [] };
  const workspace = mkdtempSync(join(tmpdir(), `bench-cold-${name}-`));
  const scenario = await scenarioFor(name, workspace);
  if (!scenario) return { name, node, size, missing: 'no scenario', wall: [], cpu: [], peak: [] };
  return { name, node, entry, size, scenario, workspace, wall: [], cpu: [], peak: [] };
}

/** The CLI rows: `gitops-promote --version` and a dry-run bump of the bump-values scenario. */
async function prepareCli(context: BenchContext, node: NodeBinary): Promise<Subject[]> {
  const entry = join(context.root, 'packages', 'cli', 'dist', 'index.js');
  const size = bundleSize(entry);
  const rows: Array<[string, string, string[]]> = [
    ['gitops-promote --version', 'print the version', ['--version']],
    [
      'gitops-promote bump',
      'dry-run bump of 1 service in 1 values file (prints the diff)',
      ['bump', '--files', 'values.yaml'],
    ],
  ];
  return rows.map(([name, input, cliArgs]) => {
    if (!size) return { name, node, missing: 'no dist/ yet', wall: [], cpu: [], peak: [] };
    const workspace = mkdtempSync(join(tmpdir(), 'bench-cold-cli-'));
    writeFiles(workspace, { 'values.yaml': VALUES, 'component-tags.json': COMPONENT_TAGS });
    const scenario: Scenario = { input, inputs: {} };
    return { name, node, entry, size, scenario, workspace, cliArgs, wall: [], cpu: [], peak: [] };
  });
}

/** One timed run of a subject; a failing run is recorded and the subject dropped. */
async function runOnce(subject: Subject, resources: boolean): Promise<void> {
  const { scenario, entry, workspace } = subject;
  if (!scenario || !entry || !workspace || subject.failure) return;
  scenario.reset?.();
  const run = subject.cliArgs
    ? await runProcess(subject.node.path, [entry, ...subject.cliArgs], {
        env: { PATH: process.env.PATH ?? '', HOME: workspace },
        cwd: workspace,
        resources,
      })
    : await runActionTimed({
        entry,
        action: subject.name,
        inputs: scenario.inputs,
        workspace,
        resources,
        node: subject.node.path,
        ...(scenario.env ? { env: scenario.env } : {}),
      });
  if (run.exitCode !== 0) {
    subject.failure = failureOf(run);
    return;
  }
  if (resources) {
    if (run.cpuMs !== undefined) subject.cpu.push(run.cpuMs);
    if (run.peakMb !== undefined) subject.peak.push(run.peakMb);
    return;
  }
  subject.wall.push(run.ms);
  const first = scenario.firstRequestAt?.();
  if (first !== undefined) (subject.startup ??= []).push(first - run.startedAt);
  const requests = scenario.requestsOfRun?.();
  if (requests !== undefined) (subject.requests ??= []).push(requests);
}

async function runFloor(floor: Subject, resources: boolean): Promise<void> {
  const run = await runProcess(floor.node.path, ['-e', '0'], {
    env: { PATH: process.env.PATH ?? '' },
    resources,
  });
  if (resources) {
    if (run.cpuMs !== undefined) floor.cpu.push(run.cpuMs);
    if (run.peakMb !== undefined) floor.peak.push(run.peakMb);
  } else floor.wall.push(run.ms);
}

function sizeCells(size: BundleSize | undefined): [string, string] {
  if (!size) return ['–', '–'];
  const over = size.entry > ENTRY_LIMIT ? ' (over 800 KiB)' : '';
  const chunks = size.chunks.reduce((sum, c) => sum + c.bytes, 0);
  return [
    `${size.entry.toLocaleString('en-US')} B = ${kib(size.entry)}${over}`,
    size.chunks.length === 0 ? '0' : `${kib(chunks)} in ${size.chunks.length} (lazy)`,
  ];
}

function tableOf(floors: Subject[], subjects: Subject[]): Table {
  return {
    ...tableOfNode(floors[0] as Subject, []),
    rows: floors.flatMap(
      (floor) =>
        tableOfNode(
          floor,
          subjects.filter((s) => s.node === floor.node),
        ).rows,
    ),
  };
}

/** The start-up of an action that talks to a server: spawn to its first request, same runs. */
function startupRow(s: Subject, floorWall: number): string[] {
  const wall = median(s.startup ?? []);
  const over = wall / floorWall > START_LIMIT ? ' (over 2×)' : '';
  const input = 'the runs above, from spawn to the first request the local GitHub receives';
  return [
    `${s.name} start-up`,
    s.node.label,
    ms(wall),
    `${ratio(wall / floorWall)}${over}`,
    '–',
    '–',
    '–',
    '–',
    input,
  ];
}

function tableOfNode(floor: Subject, subjects: Subject[]): Table {
  const floorWall = median(floor.wall);
  const floorCpu = median(floor.cpu);
  const rows = [
    [
      '`node -e 0` (floor)',
      floor.node.label,
      ms(floorWall),
      '1.00×',
      ms(floorCpu),
      mb(median(floor.peak)),
      '–',
      '–',
      'nothing',
    ],
  ];
  for (const s of subjects) {
    const [entry, chunks] = sizeCells(s.size);
    if (s.missing || s.failure) {
      const why = s.failure ? `failed: ${s.failure}` : `skipped: ${s.missing}`;
      rows.push([s.name, s.node.label, '–', '–', '–', '–', entry, chunks, why]);
      continue;
    }
    const wall = median(s.wall);
    // A run that talks to a server is held to the target by its start-up (the next row).
    const over = s.requests?.length
      ? ` (with ${median(s.requests)} requests)`
      : wall / floorWall > START_LIMIT
        ? ' (over 2×)'
        : '';
    rows.push([
      s.name,
      s.node.label,
      ms(wall),
      `${ratio(wall / floorWall)}${over}`,
      `${ms(median(s.cpu))} (${ratio(median(s.cpu) / floorCpu)})`,
      mb(median(s.peak)),
      entry,
      chunks,
      s.scenario?.input ?? '',
    ]);
    if (s.startup?.length) rows.push(startupRow(s, floorWall));
  }
  return {
    caption: `Median of ${floor.wall.length} runs after a warm-up, each row against the floor of its own Node binary (${floor.node.path} first); CPU (user + system) and peak RSS from process.resourceUsage() at exit, median of ${floor.cpu.length} further runs.`,
    headers: [
      'Action',
      'Node',
      'Wall',
      'vs floor',
      'CPU (vs floor)',
      'Peak RSS',
      'dist/index.js',
      'Chunks',
      'Input',
    ],
    rows,
  };
}

async function measureColdStart(context: BenchContext): Promise<SectionResult> {
  const runs = context.quick ? 5 : 15;
  const resourceRuns = context.quick ? 2 : 5;
  const binaries = benchBinaries();
  const subjects: Subject[] = [];
  for (const node of binaries) {
    for (const name of listActions(context.root)) subjects.push(await prepare(context, name, node));
    subjects.push(...(await prepareCli(context, node)));
  }
  const floors: Subject[] = binaries.map((node) => ({
    name: 'floor',
    node,
    wall: [],
    cpu: [],
    peak: [],
  }));
  context.log(
    `cold start: ${subjects.filter((s) => s.entry).length} bundle runs on ${binaries.map((b) => b.label).join(' and ')}, ${runs} runs each`,
  );
  try {
    // Round-robin over every binary's floor and subjects, so noise spreads over all alike.
    const round = async (resources: boolean) => {
      for (const floor of floors) {
        await runFloor(floor, resources);
        for (const subject of subjects)
          if (subject.node === floor.node) await runOnce(subject, resources);
      }
    };
    // One warm-up round fills the page cache; its samples are dropped.
    await round(false);
    for (const s of [...floors, ...subjects]) {
      s.wall.length = 0;
      if (s.startup) s.startup.length = 0;
    }
    await repeat(() => round(false), { runs, warmup: 0 });
    await repeat(() => round(true), { runs: resourceRuns, warmup: 0 });
  } finally {
    for (const s of subjects) {
      await s.scenario?.close?.();
      if (s.workspace) rmSync(s.workspace, { recursive: true, force: true });
    }
  }
  const notes = [
    `Targets: each dist/index.js under 800 KiB (819,200 B); cold start within ${START_LIMIT}× the floor on Node 24 (what runs.using: node24 runs).`,
    `Binaries: ${binaries.map((b) => `${b.label} (${b.path})`).join('; ')}.`,
    'Chunks are loaded with import() at the point of use (e.g. @actions/artifact for uploads): they cost nothing on these runs, but for open-promotion-pr, which loads its promotion wing once its first request is written.',
    'An action that talks to GitHub is held to the target by its start-up, spawn to the first request its local GitHub receives; its whole run adds the round trips of its requests to a server that checks each against the OpenAPI description.',
  ];
  for (const floor of floors) {
    const floorWall = median(floor.wall);
    for (const s of subjects) {
      if (s.node !== floor.node) continue;
      if (!s.requests?.length && s.wall.length > 0 && median(s.wall) / floorWall > START_LIMIT)
        notes.push(
          `${s.name} on ${s.node.label} starts at ${ratio(median(s.wall) / floorWall)} the floor: over target.`,
        );
      if (s.startup?.length && median(s.startup) / floorWall > START_LIMIT)
        notes.push(
          `${s.name} on ${s.node.label} sends its first request at ${ratio(median(s.startup) / floorWall)} the floor: over target.`,
        );
    }
  }
  const [primary] = floors as [Subject];
  return {
    id: 'cold-start',
    title: 'Cold start and bundle size',
    tables: [tableOf(floors, subjects)],
    notes,
    data: {
      floor: { node: primary.node, wallMs: primary.wall, cpuMs: primary.cpu, peakMb: primary.peak },
      floors: floors.map((f) => ({ node: f.node, wallMs: f.wall, cpuMs: f.cpu, peakMb: f.peak })),
      actions: subjects.map((s) => ({
        name: s.name,
        node: s.node,
        input: s.scenario?.input,
        skipped: s.missing,
        failure: s.failure,
        size: s.size,
        wallMs: s.wall,
        ...(s.startup ? { startupMs: s.startup } : {}),
        cpuMs: s.cpu,
        peakMb: s.peak,
      })),
    },
  };
}

export const coldStart: Measurement = {
  id: 'cold-start',
  title: 'Cold start and bundle size',
  run: measureColdStart,
};
