/**
 * `npm run bench`: measure speed, cost and scale; print Markdown tables; write
 * bench/results.json (and, after a full run of every measurement, bench/README.md's table).
 *
 *   npm run bench                              every measurement, full size (~10 min on 2 cores)
 *   npm run bench -- --quick                   smaller sizes, fewer runs (~1 min)
 *   npm run bench -- --only cold-start,bump-values
 *   npm run bench -- --dist-root /tmp/dists    bundles from /tmp/dists/<action>/index.js
 *                                              (to compare a rebuilt variant with dist/)
 *
 * Nothing here fails: a slow machine prints slow figures. The exit code is 1 only when a
 * measurement itself broke (an exception), so that a broken bench is noticed.
 */
import { join } from 'node:path';
import { bumpValuesScale } from './bump-values-scale.js';
import { coldStart } from './cold-start.js';
import {
  formatMachine,
  formatResults,
  formatSection,
  tryUpdateReadme,
  writeResults,
} from './report.js';
import type { BenchContext, Measurement, SectionResult } from './report.js';
import { machineInfo } from './measure.js';
import { openPromotionPrCost } from './open-promotion-pr-cost.js';
import { verifyDigestsScale } from './verify-digests-scale.js';

const MEASUREMENTS: Measurement[] = [
  coldStart,
  bumpValuesScale,
  verifyDigestsScale,
  openPromotionPrCost,
];

interface Flags {
  quick: boolean;
  only: string[];
  distRoot?: string;
}

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { quick: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--quick') flags.quick = true;
    else if (name === '--only')
      flags.only = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (name === '--dist-root') flags.distRoot = value();
    else throw new Error(`Unknown flag '${arg}'. Expected --quick, --only a,b or --dist-root DIR.`);
  }
  const known = new Set(MEASUREMENTS.map((m) => m.id));
  const unknown = flags.only.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Error(
      `Unknown measurement '${unknown.join(', ')}'. Known: ${[...known].join(', ')}.`,
    );
  return flags;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const root = new URL('../', import.meta.url).pathname;
  const machine = machineInfo();
  const mode = flags.quick ? 'quick' : 'full';
  const started = performance.now();
  const context: BenchContext = {
    root,
    quick: flags.quick,
    distOf: (action) =>
      flags.distRoot
        ? join(flags.distRoot, action, 'index.js')
        : join(root, 'actions', action, 'dist', 'index.js'),
    log: (message) =>
      process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`),
  };
  const selected = MEASUREMENTS.filter((m) => flags.only.length === 0 || flags.only.includes(m.id));
  const sections: SectionResult[] = [];
  let broken = false;
  for (const measurement of selected) {
    context.log(`${measurement.title}…`);
    try {
      sections.push(await measurement.run(context));
    } catch (error) {
      broken = true;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      context.log(`${measurement.id} broke: ${message}`);
      sections.push({
        id: measurement.id,
        title: measurement.title,
        tables: [],
        notes: [],
        data: { error: message },
        skipped: `the measurement broke (${message.split('\n')[0]})`,
      });
    }
  }
  const markdown = [formatMachine(machine, mode), ...sections.map(formatSection)].join('\n\n');
  process.stdout.write(`${markdown}\n`);
  const results = writeResults(join(root, 'bench', 'results.json'), machine, mode, sections);
  // The README keeps the latest full-size figures of every measurement (from results.json).
  const full = Object.values(results.sections).every((s) => s.mode === 'full');
  const readme = join(root, 'bench', 'README.md');
  const order = MEASUREMENTS.map((m) => m.id);
  if (
    !flags.quick &&
    !flags.distRoot &&
    full &&
    tryUpdateReadme(readme, formatResults(results, order))
  )
    context.log('bench/README.md updated');
  context.log(
    `done in ${((performance.now() - started) / 1000).toFixed(0)} s; bench/results.json written`,
  );
  if (broken) process.exitCode = 1;
}

await main();
