/**
 * verify-digests at scale: 1,000 image references (500 unique digests in 50 repositories, each
 * digest written twice: `repo@digest` and `repo:tag@digest`) checked against a real registry on
 * loopback with token auth, at concurrency 1, 4, 16 and 64. Wall time and requests made; the
 * goal is one manifest request per unique digest plus one token per repository scope.
 * Measured with the core client directly, then with the action's bundle when it exists.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistryClient, type RequestCounts } from '../packages/core/src/registry/index.js';
import { pushImage, startRegistry, type TestRegistry } from '../test/support/registry/index.js';
import { benchBinaries, type NodeBinary } from '../test/support/node-binaries.js';
import { failureOf, runActionTimed } from './action-runs.js';
import { count, median, ms, repeat } from './measure.js';
import type { BenchContext, Measurement, SectionResult, Table } from './report.js';

const USER = 'bench';
const PASSWORD = 'bench-password';
const CONCURRENCY = [1, 4, 16, 64];

interface Shape {
  repositories: number;
  imagesPerRepository: number;
  runs: number;
  actionRuns: number;
}

function shapeOf(quick: boolean): Shape {
  return quick
    ? { repositories: 10, imagesPerRepository: 10, runs: 2, actionRuns: 1 }
    : { repositories: 50, imagesPerRepository: 10, runs: 5, actionRuns: 3 };
}

interface Seeded {
  registry: TestRegistry;
  references: string[];
  digests: number;
  repositories: number;
}

/** Push `repositories × imagesPerRepository` images, 8 at a time; two references per image. */
async function seed(context: BenchContext, shape: Shape): Promise<Seeded> {
  const registry = await startRegistry({ auth: { mode: 'token', users: { [USER]: PASSWORD } } });
  const jobs: Array<{ repository: string; tag: string }> = [];
  for (let r = 0; r < shape.repositories; r++)
    for (let i = 0; i < shape.imagesPerRepository; i++)
      jobs.push({ repository: `bench/svc-${String(r).padStart(3, '0')}`, tag: `v${i}` });
  const started = performance.now();
  const references: string[] = [];
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const pushed = await pushImage(registry, job.repository, job.tag, {
          seed: `${job.repository}:${job.tag}`,
        });
        const name = `${registry.host}/${job.repository}`;
        references.push(`${name}@${pushed.digest}`, `${name}:${job.tag}@${pushed.digest}`);
      }
    }),
  );
  context.log(`verify-digests: pushed ${jobs.length} images in ${ms(performance.now() - started)}`);
  references.sort();
  return { registry, references, digests: jobs.length, repositories: shape.repositories };
}

interface ClientSample {
  wallMs: number;
  counts: RequestCounts;
  /** Token requests the token service answered during the run (its own count). */
  tokenServerRequests: number;
  notPresent: number;
}

async function clientRun(seeded: Seeded, concurrency: number): Promise<ClientSample> {
  const { registry } = seeded;
  const tokensBefore = registry.tokenServer?.requests.length ?? 0;
  const client = createRegistryClient({
    // Without a port: the token service listens on another loopback port.
    insecureRegistries: ['127.0.0.1'],
    concurrency,
    credentialsFor: () => ({ username: USER, password: PASSWORD }),
  });
  try {
    const start = performance.now();
    const found = await Promise.all(seeded.references.map((ref) => client.lookupManifest(ref)));
    const wallMs = performance.now() - start;
    return {
      wallMs,
      counts: client.requestCounts(),
      tokenServerRequests: (registry.tokenServer?.requests.length ?? 0) - tokensBefore,
      notPresent: found.filter((f) => f.status !== 'present').length,
    };
  } finally {
    client.close();
  }
}

interface ActionSample {
  wallMs: number;
  /** From the action's log line `Registry requests: N (ping 1, token 50, …)`. */
  requests?: Record<string, number>;
  failure?: string;
}

/** The references as 50 manifests of Deployments, one container per reference. */
function writeManifests(dir: string, references: readonly string[], files: number): void {
  mkdirSync(join(dir, 'manifests'), { recursive: true });
  const perFile = Math.ceil(references.length / files);
  for (let f = 0; f < files; f++) {
    const containers = references
      .slice(f * perFile, (f + 1) * perFile)
      .map((image, i) => `        - name: c${i}\n          image: ${image}\n`)
      .join('');
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${f}\nspec:\n  template:\n    spec:\n      containers:\n${containers}`;
    writeFileSync(join(dir, 'manifests', `app-${f}.yaml`), text);
  }
}

function parseRequestLine(stdout: string): Record<string, number> | undefined {
  const line = /Registry requests: (\d+) \(([^)]*)\)/.exec(stdout);
  if (!line) return undefined;
  const counts: Record<string, number> = { total: Number(line[1]) };
  for (const part of (line[2] ?? '').split(',')) {
    const [kind, n] = part.trim().split(' ');
    if (kind && n !== undefined) counts[kind] = Number(n);
  }
  return counts;
}

async function actionRun(
  context: BenchContext,
  seeded: Seeded,
  workspace: string,
  concurrency: number,
  node: NodeBinary,
): Promise<ActionSample> {
  const run = await runActionTimed({
    node: node.path,
    entry: context.distOf('verify-digests'),
    action: 'verify-digests',
    workspace,
    inputs: {
      files: 'manifests/*.yaml',
      'insecure-registries': '127.0.0.1',
      'registry-auth': `${seeded.registry.host}=${USER}:${PASSWORD}`,
      concurrency: String(concurrency),
      schema: 'off',
    },
  });
  if (run.exitCode !== 0) return { wallMs: run.ms, failure: failureOf(run) };
  const requests = parseRequestLine(run.stdout);
  return { wallMs: run.ms, ...(requests ? { requests } : {}) };
}

function requestCells(counts: RequestCounts): string {
  return `${counts.manifest} manifest, ${counts.token} token, ${counts.ping} ping, ${counts.blob + counts.tags} other, ${counts.retries} retries`;
}

function clientTable(seeded: Seeded, samples: Map<number, ClientSample[]>): Table {
  const goal = seeded.digests + seeded.repositories;
  return {
    caption: `Core client: ${count(seeded.references.length)} references, ${count(seeded.digests)} unique digests, ${seeded.repositories} repositories (token auth); medians of fresh clients after a warm-up.`,
    headers: [
      'Concurrency',
      'Wall',
      'Per reference',
      'Requests',
      'Goal',
      'Breakdown',
      'Token service saw',
      'Not present',
    ],
    rows: [...samples].map(([concurrency, list]) => {
      const last = list[list.length - 1] as ClientSample;
      const total = Object.entries(last.counts)
        .filter(([kind]) => kind !== 'retries')
        .reduce((sum, [, n]) => sum + n, 0);
      const wall = median(list.map((s) => s.wallMs));
      return [
        String(concurrency),
        ms(wall),
        `${((wall * 1000) / seeded.references.length).toFixed(0)} µs`,
        `${count(total)}${total === goal ? '' : total - goal > 0 ? ` (+${total - goal})` : ` (${total - goal})`}`,
        count(goal),
        requestCells(last.counts),
        String(last.tokenServerRequests),
        String(last.notPresent),
      ];
    }),
  };
}

function actionTable(seeded: Seeded, samples: Map<string, ActionSample[]>): Table {
  return {
    caption: `Whole action: \`node actions/verify-digests/dist/index.js\` on ${count(seeded.references.length)} references in 50 manifests (schema off); medians.`,
    headers: ['Concurrency', 'Node', 'Wall', 'Requests', 'Breakdown', 'Runs'],
    rows: [...samples].map(([key, list]) => {
      const [concurrency, node] = key.split(' on ') as [string, string];
      const ok = list.filter((s) => !s.failure);
      if (ok.length === 0)
        return [concurrency, node, `failed: ${list[0]?.failure ?? ''}`, '–', '–', '0'];
      const requests = ok[ok.length - 1]?.requests;
      const breakdown = requests
        ? Object.entries(requests)
            .filter(([kind, n]) => kind !== 'total' && n > 0)
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ')
        : 'not reported';
      return [
        concurrency,
        node,
        ms(median(ok.map((s) => s.wallMs))),
        requests ? count(requests.total ?? 0) : '–',
        breakdown,
        String(ok.length),
      ];
    }),
  };
}

async function measureVerifyDigests(context: BenchContext): Promise<SectionResult> {
  const shape = shapeOf(context.quick);
  const seeded = await seed(context, shape);
  const clientSamples = new Map<number, ClientSample[]>();
  const actionSamples = new Map<string, ActionSample[]>();
  const hasDist = existsSync(context.distOf('verify-digests'));
  const workspace = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  try {
    for (const concurrency of CONCURRENCY) {
      context.log(`verify-digests: client, concurrency ${concurrency}`);
      clientSamples.set(
        concurrency,
        await repeat(() => clientRun(seeded, concurrency), { runs: shape.runs, warmup: 1 }),
      );
    }
    if (hasDist) {
      writeManifests(workspace, seeded.references, 50);
      for (const node of benchBinaries())
        for (const concurrency of CONCURRENCY) {
          context.log(`verify-digests: action, concurrency ${concurrency} on ${node.label}`);
          actionSamples.set(
            `${concurrency} on ${node.label}`,
            await repeat(() => actionRun(context, seeded, workspace, concurrency, node), {
              runs: shape.actionRuns,
              warmup: concurrency === CONCURRENCY[0] ? 1 : 0,
            }),
          );
        }
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    await seeded.registry.stop();
  }
  const tables = [clientTable(seeded, clientSamples)];
  if (hasDist) tables.push(actionTable(seeded, actionSamples));
  const notes = [
    `Goal: ${count(seeded.digests)} manifest requests (one per unique digest) + ${seeded.repositories} token requests (one per repository scope) = ${count(seeded.digests + seeded.repositories)}; a ping per registry comes on top when the client asks for one.`,
    "The registry is CNCF distribution 2.8 (Debian docker-registry) with a token service on loopback: wall times are the client's overhead plus a fast local server, not network latency.",
  ];
  if (!hasDist)
    notes.push('Whole action not yet measured: actions/verify-digests/dist is missing.');
  return {
    id: 'verify-digests',
    title: 'verify-digests at scale',
    tables,
    notes,
    data: {
      references: seeded.references.length,
      digests: seeded.digests,
      repositories: seeded.repositories,
      client: Object.fromEntries(clientSamples),
      action: Object.fromEntries(actionSamples),
    },
  };
}

export const verifyDigestsScale: Measurement = {
  id: 'verify-digests',
  title: 'verify-digests at scale',
  run: measureVerifyDigests,
};
