/**
 * open-promotion-pr cost: requests and wall time against the local GitHub
 * (test/support/github-server) for a pull request touching 1, 10 and 100 files, and for a
 * re-run that changes nothing. The config repository always holds 100 services' values files
 * (`helm/<service>/values-staging.yaml`); component-tags moves 1, 10 or 100 of them. Goal: the
 * same small number of requests for all three. Also the time from the call to an opened
 * rollback pull request (`mode: rollback`).
 *
 * Until actions/open-promotion-pr/dist exists this prints "not yet measured: action missing";
 * the code below is ready to run once it lands.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubTestServer, startGitHubServer } from '../test/support/github-server/index.js';
import { withChangeTrailers } from '../packages/core/src/git/change-trailers.js';
import { failureOf, runActionTimed } from './action-runs.js';
import { digestOf, serviceName } from './generate-config-repo.js';
import { count, median, ms, repeat } from './measure.js';
import type { BenchContext, Measurement, SectionResult, Table } from './report.js';

const SERVICES = 100;
const TOUCHED = [1, 10, 100];
const OWNER = 'acme';
const REPO = 'config';

// Types only: the server (and its OpenAPI contract) is loaded when the action exists.
type StartGitHubServer = typeof startGitHubServer;

function valuesFile(service: string): string {
  return [
    `# ${service} in staging`,
    'image:',
    `  repository: ghcr.io/acme/${service}`,
    '  tag: "1.0.0"',
    `  digest: ${digestOf(`${service}@1.0.0`)}`,
    'replicaCount: 2',
    '',
  ].join('\n');
}

/** The first `touched` services move to 1.1.0; the others stay where the repository has them. */
function componentTagsJson(touched: number): string {
  const tags: Record<string, { tag: string; digest: string; image: string }> = {};
  for (let i = 0; i < SERVICES; i++) {
    const service = serviceName(i);
    const version = i < touched ? '1.1.0' : '1.0.0';
    tags[service] = {
      tag: version,
      digest: digestOf(`${service}@${version}`),
      image: `ghcr.io/acme/${service}`,
    };
  }
  return `${JSON.stringify(tags, null, 2)}\n`;
}

interface Pass {
  wallMs: number;
  /** CPU time of the action's process (the local server's work is not in it). */
  cpuMs?: number;
  requests: number;
  /** Requests by operation (OpenAPI operationId or `graphql …`). */
  operations: Record<string, number>;
  operation?: string;
  failure?: string;
}

interface Sample {
  created: Pass;
  rerun: Pass;
  violations: number;
}

/**
 * `github`: the throttling plugin's own spacing of writes (1 s, 3 s before a notifying write),
 * as on GitHub; `none`: GITOPS_PROMOTE_WRITE_INTERVAL_MS=0, the action's own cost.
 */
type Spacing = 'github' | 'none';

function operationsOf(server: GitHubTestServer): Record<string, number> {
  const byOperation: Record<string, number> = {};
  for (const request of server.requests) {
    const name = request.operation ?? `${request.method} ${request.path}`;
    byOperation[name] = (byOperation[name] ?? 0) + 1;
  }
  return byOperation;
}

async function pass(
  context: BenchContext,
  server: GitHubTestServer,
  workspace: string,
  spacing: Spacing,
): Promise<Pass> {
  server.resetCounts();
  const run = await runActionTimed({
    entry: context.distOf('open-promotion-pr'),
    action: 'open-promotion-pr',
    workspace,
    inputs: { token: server.token, repository: `${OWNER}/${REPO}`, environment: 'staging' },
    env: {
      GITHUB_API_URL: server.apiUrl,
      GITHUB_GRAPHQL_URL: server.graphqlUrl,
      GITHUB_SERVER_URL: server.webUrl,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      ...(spacing === 'none' ? { GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0' } : {}),
    },
    resources: true,
  });
  const result: Pass = {
    wallMs: run.ms,
    ...(run.cpuMs === undefined ? {} : { cpuMs: run.cpuMs }),
    requests: server.requests.length,
    operations: operationsOf(server),
  };
  if (run.outputs.operation !== undefined) result.operation = run.outputs.operation;
  if (run.exitCode !== 0) result.failure = failureOf(run);
  return result;
}

/** A fresh repository, a first run (opens the pull request), a second (changes nothing). */
async function sample(
  context: BenchContext,
  start: StartGitHubServer,
  touched: number,
  spacing: Spacing,
): Promise<Sample> {
  const files: Record<string, string> = {};
  for (let i = 0; i < SERVICES; i++)
    files[`helm/${serviceName(i)}/values-staging.yaml`] = valuesFile(serviceName(i));
  const server = await start({ owner: OWNER, repo: REPO, files });
  const workspace = mkdtempSync(join(tmpdir(), 'bench-promotion-'));
  try {
    writeFileSync(join(workspace, 'component-tags.json'), componentTagsJson(touched));
    const created = await pass(context, server, workspace, spacing);
    const rerun = await pass(context, server, workspace, spacing);
    return { created, rerun, violations: server.violations.length };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    await server.close();
  }
}

interface Measured {
  touched: number;
  none: Sample[];
  github: Sample[];
}

/** The median wall of the passes, or why there is none. */
function wallOf(passes: Pass[]): string {
  const failed = passes.find((p) => p.failure);
  if (failed) return `failed: ${failed.failure}`;
  return passes.length === 0 ? '(full run)' : ms(median(passes.map((p) => p.wallMs)));
}

function cpuOf(passes: Pass[]): string {
  const cpu = passes.flatMap((p) => (p.cpuMs === undefined ? [] : [p.cpuMs]));
  return cpu.length === 0 ? '–' : ms(median(cpu));
}

function requestsOf(passes: Pass[]): string {
  return passes.length === 0 ? '–' : count(median(passes.map((p) => p.requests)));
}

function table(measured: Measured[]): Table {
  return {
    caption: `Local GitHub (REST + GraphQL, OpenAPI-checked, in the bench's process), a repository of ${SERVICES} services' values files; medians over fresh repositories. "No spacing" sets GITOPS_PROMOTE_WRITE_INTERVAL_MS=0; "GitHub spacing" keeps the throttling plugin's pauses between writes (1 s, 3 s before a pull request), as on GitHub.`,
    headers: [
      'Files touched',
      'Requests',
      'Action CPU',
      'Wall, no spacing',
      'Wall, GitHub spacing',
      'Operation',
      'Re-run requests',
      'Re-run action CPU',
      'Re-run wall, no spacing',
      'Re-run wall, GitHub spacing',
      'Re-run operation',
      'Contract violations',
    ],
    rows: measured.map(({ touched, none, github }) => [
      String(touched),
      requestsOf(none.map((s) => s.created)),
      cpuOf(none.map((s) => s.created)),
      wallOf(none.map((s) => s.created)),
      wallOf(github.map((s) => s.created)),
      none[0]?.created.operation ?? '–',
      requestsOf(none.map((s) => s.rerun)),
      cpuOf(none.map((s) => s.rerun)),
      wallOf(none.map((s) => s.rerun)),
      wallOf(github.map((s) => s.rerun)),
      none[0]?.rerun.operation ?? '–',
      String(Math.max(0, ...[...none, ...github].map((s) => s.violations))),
    ]),
  };
}

function operationList(pass: Pass | undefined): string {
  if (!pass) return '–';
  return Object.entries(pass.operations)
    .map(([name, n]) => (n > 1 ? `${name} ×${n}` : name))
    .join(', ');
}

/** Services a measured rollback reverts (one bump commit of theirs, by its change trailers). */
const ROLLED_BACK = 10;

/**
 * A bump of the first ROLLED_BACK services pushed straight to main (as bump-values does), then
 * the wall time from the call to the opened rollback pull request (`mode: rollback`).
 */
async function rollbackSample(
  context: BenchContext,
  start: StartGitHubServer,
  spacing: Spacing,
): Promise<Pass> {
  const files: Record<string, string> = {};
  for (let i = 0; i < SERVICES; i++)
    files[`helm/${serviceName(i)}/values-staging.yaml`] = valuesFile(serviceName(i));
  const server = await start({ owner: OWNER, repo: REPO, files });
  const workspace = mkdtempSync(join(tmpdir(), 'bench-rollback-'));
  try {
    const bumped: Record<string, string> = {};
    const changes = [];
    for (let i = 0; i < ROLLED_BACK; i++) {
      const service = serviceName(i);
      const file = `helm/${service}/values-staging.yaml`;
      const [from, to] = [digestOf(`${service}@1.0.0`), digestOf(`${service}@1.1.0`)];
      bumped[file] = (files[file] as string).replace('"1.0.0"', '"1.1.0"').replace(from, to);
      changes.push({ service, file, field: 'tag' as const, from: '1.0.0', to: '1.1.0' });
      changes.push({ service, file, field: 'digest' as const, from, to });
    }
    const sha = await server.commitFiles(
      'main',
      bumped,
      withChangeTrailers(`chore(deploy): bump ${ROLLED_BACK} services in staging`, changes),
    );
    server.resetCounts();
    const run = await runActionTimed({
      entry: context.distOf('open-promotion-pr'),
      action: 'open-promotion-pr',
      workspace,
      inputs: {
        token: server.token,
        repository: `${OWNER}/${REPO}`,
        environment: 'staging',
        mode: 'rollback',
        revert: sha,
      },
      env: {
        GITHUB_API_URL: server.apiUrl,
        GITHUB_GRAPHQL_URL: server.graphqlUrl,
        GITHUB_SERVER_URL: server.webUrl,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        ...(spacing === 'none' ? { GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0' } : {}),
      },
      resources: true,
    });
    const result: Pass = {
      wallMs: run.ms,
      ...(run.cpuMs === undefined ? {} : { cpuMs: run.cpuMs }),
      requests: server.requests.length,
      operations: operationsOf(server),
    };
    if (run.outputs.operation !== undefined) result.operation = run.outputs.operation;
    if (run.exitCode !== 0) result.failure = failureOf(run);
    return result;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    await server.close();
  }
}

function rollbackTable(none: Pass[], github: Pass[]): Table {
  return {
    caption: `Rollback: from the call to the opened pull request (\`mode: rollback\`, \`revert\` a commit bumping ${ROLLED_BACK} of ${SERVICES} services), against the same local GitHub. The seeds' goal is a healthy rollback within 5 minutes; this step must not be what takes the time.`,
    headers: ['Requests', 'Action CPU', 'Wall, no spacing', 'Wall, GitHub spacing', 'Operation'],
    rows: [
      [requestsOf(none), cpuOf(none), wallOf(none), wallOf(github), none[0]?.operation ?? '–'],
    ],
  };
}

async function measureOpenPromotionPr(context: BenchContext): Promise<SectionResult> {
  const entry = context.distOf('open-promotion-pr');
  const base = { id: 'open-promotion-pr', title: 'open-promotion-pr cost', notes: [] };
  if (!existsSync(entry)) {
    context.log('open-promotion-pr: not yet measured: action missing');
    return { ...base, tables: [], data: { entry }, skipped: 'action missing' };
  }
  const { startGitHubServer: start } = await import('../test/support/github-server/index.js');
  const measured: Measured[] = [];
  for (const touched of TOUCHED) {
    context.log(`open-promotion-pr: ${touched} file(s)`);
    const none = await repeat(() => sample(context, start, touched, 'none'), {
      runs: context.quick ? 1 : 3,
      warmup: touched === TOUCHED[0] && !context.quick ? 1 : 0,
    });
    const github = context.quick
      ? []
      : await repeat(() => sample(context, start, touched, 'github'), { runs: 1, warmup: 0 });
    measured.push({ touched, none, github });
  }
  context.log('open-promotion-pr: rollback');
  const rollbackNone = await repeat(() => rollbackSample(context, start, 'none'), {
    runs: context.quick ? 1 : 3,
    warmup: 0,
  });
  const rollbackGitHub = context.quick
    ? []
    : await repeat(() => rollbackSample(context, start, 'github'), { runs: 1, warmup: 0 });
  const counts = measured.map((m) => median(m.none.map((s) => s.created.requests)));
  const first = measured[0]?.none[0];
  const notes = [
    'Goal: the same small number of requests whatever the number of files touched; a re-run that changes nothing makes no commit and no pull request.',
    counts.every((c) => c === counts[0])
      ? `Requests do not grow with the files touched (${counts[0]} each).`
      : `Requests grow with the files touched: ${counts.join(', ')}.`,
    `Requests of a first run: ${operationList(first?.created)}.`,
    `Requests of a re-run: ${operationList(first?.rerun)}.`,
    `Requests of a rollback: ${operationList(rollbackNone[0])}.`,
    "Wall times include the local server, which runs in the bench process and checks every request and answer against the OpenAPI description: read them as an upper bound of the action's own time; the Action CPU columns count the action's process alone.",
  ];
  return {
    ...base,
    notes,
    tables: [table(measured), rollbackTable(rollbackNone, rollbackGitHub)],
    data: { bump: measured, rollback: { none: rollbackNone, github: rollbackGitHub } },
  };
}

export const openPromotionPrCost: Measurement = {
  id: 'open-promotion-pr',
  title: 'open-promotion-pr cost',
  run: measureOpenPromotionPr,
};
