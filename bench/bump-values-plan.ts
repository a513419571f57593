/**
 * Child process of bump-values-scale: plan a bump of a generated config repo of N services
 * in-process with the core engine (`bumpFiles`), and print one JSON line with the timings and
 * memory. Run alone, so that its peak RSS is the plan's:
 *
 *   node --expose-gc --import tsx bench/bump-values-plan.ts <n> <runs> <warmup> [budgetMs]
 */
import { parseComponentTags } from '../packages/core/src/component-tags.js';
import { bumpFiles, type BumpResult } from '../packages/core/src/image-edit/index.js';
import { generateConfigRepo } from './generate-config-repo.js';

export interface PlanSample {
  wallMs: number;
  cpuMs: number;
  /** Heap in use right after the plan, before any collection (live + garbage), MiB. */
  heapAfterMb: number;
}

export interface PlanReport {
  n: number;
  files: number;
  bytes: number;
  changedFiles: number;
  changes: number;
  samples: PlanSample[];
  /** RSS and heap once the input is generated, before the first plan, MiB. */
  baselineRssMb: number;
  baselineHeapMb: number;
  /** Heap still held by one plan's result after a full collection, MiB. */
  retainedHeapMb: number;
  /** Peak RSS of this process over every run (process.resourceUsage().maxRSS), MiB. */
  peakRssMb: number;
}

const MB = 1024 * 1024;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function main(): void {
  const args = process.argv.slice(2);
  const [n = 100, runs = 3, warmup = 1, budgetMs = Infinity] = args.slice(0, 4).map(Number);
  const repo = generateConfigRepo(n);
  const componentTags = parseComponentTags(repo.componentTagsJson, 'component-tags.json');
  const input = { files: repo.files, componentTags, write: 'tag+digest' as const };
  const plan = () => bumpFiles(input);
  collect();
  const baseline = process.memoryUsage();
  let result: BumpResult | undefined;
  let retainedHeapMb = 0;
  const samples: PlanSample[] = [];
  let started = performance.now();
  for (let i = 0; i < warmup + runs; i++) {
    result = undefined;
    collect();
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = plan();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const heapAfterMb = (process.memoryUsage().heapUsed - baseline.heapUsed) / MB;
    collect();
    retainedHeapMb = (process.memoryUsage().heapUsed - baseline.heapUsed) / MB;
    if (i < warmup) {
      started = performance.now();
      continue;
    }
    samples.push({ wallMs, cpuMs: (used.user + used.system) / 1000, heapAfterMb });
    if (performance.now() - started > budgetMs) break;
  }
  const changedFiles = result?.files.length ?? 0;
  const changes = result?.changes.length ?? 0;
  const report: PlanReport = {
    n,
    files: repo.files.length,
    bytes: repo.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0),
    changedFiles,
    changes,
    samples,
    baselineRssMb: baseline.rss / MB,
    baselineHeapMb: baseline.heapUsed / MB,
    retainedHeapMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
