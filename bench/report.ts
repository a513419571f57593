/**
 * What each measurement returns, and how the results are printed (Markdown tables, readable in
 * a terminal and pasted as is into bench/README.md) and stored (bench/results.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MachineInfo } from './measure.js';

export interface Table {
  caption: string;
  headers: string[];
  rows: string[][];
}

/** One measurement's outcome: tables for people, data for machines, notes for both. */
export interface SectionResult {
  id: string;
  title: string;
  tables: Table[];
  notes: string[];
  /** The raw figures (every sample), for results.json. */
  data: unknown;
  /** Set when the measurement could not run (what is missing). */
  skipped?: string;
}

export interface BenchContext {
  root: string;
  quick: boolean;
  /** Where the bundles are: `<distRoot>/<action>/index.js` (default actions/<action>/dist). */
  distOf: (action: string) => string;
  log: (message: string) => void;
}

export interface Measurement {
  id: string;
  title: string;
  run: (context: BenchContext) => Promise<SectionResult>;
}

export interface ResultsFile {
  machine: MachineInfo;
  mode: 'full' | 'quick';
  sections: Record<string, SectionResult & { machine: MachineInfo; mode: 'full' | 'quick' }>;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return right ? fill + text : text + fill;
}

/** A Markdown table with aligned columns; columns whose cells all start with a digit go right. */
export function formatTable(table: Table): string {
  const widths = table.headers.map((h, i) =>
    Math.max([...h].length, ...table.rows.map((r) => [...(r[i] ?? '')].length)),
  );
  const numeric = table.headers.map(
    (_, i) => table.rows.length > 0 && table.rows.every((r) => /^[\d–(<~]/.test(r[i] ?? '')),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => pad(c, widths[i] ?? 0, numeric[i] ?? false)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(table.headers), rule, ...table.rows.map(line)].join('\n');
}

/** A section as Markdown: heading, tables with captions, notes as a list. */
export function formatSection(section: SectionResult): string {
  const parts = [`### ${section.title}`];
  if (section.skipped) parts.push(`**not yet measured: ${section.skipped}**`);
  for (const table of section.tables) {
    if (table.caption) parts.push(table.caption);
    parts.push(formatTable(table));
  }
  if (section.notes.length > 0) parts.push(section.notes.map((n) => `- ${n}`).join('\n'));
  return parts.join('\n\n');
}

/** `Machine: 2 × Intel(R) Xeon(R) …, 24 GB, Node v20.20.2, linux x64; load 1.2 / 0.9 / 0.7.` */
export function formatMachine(machine: MachineInfo, mode: string): string {
  return (
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ` +
    `${machine.platform}; load average at start ${machine.loadAverage.join(' / ')}; ` +
    `${machine.date} (${mode} run).`
  );
}

/**
 * Write bench/results.json. A run of some sections (`--only`) keeps the other sections of the
 * previous file; each section carries the machine and mode it was measured with.
 */
export function writeResults(
  path: string,
  machine: MachineInfo,
  mode: 'full' | 'quick',
  sections: SectionResult[],
): ResultsFile {
  const previous: ResultsFile | undefined = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as ResultsFile)
    : undefined;
  const file: ResultsFile = { machine, mode, sections: { ...(previous?.sections ?? {}) } };
  for (const section of sections) file.sections[section.id] = { ...section, machine, mode };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  return file;
}

/**
 * The results file as Markdown, in `order`: the machine of the newest section, then each
 * section, under a line of its own machine and date when it was measured in another run.
 */
export function formatResults(file: ResultsFile, order: readonly string[]): string {
  const sections = order
    .map((id) => file.sections[id])
    .filter((s): s is ResultsFile['sections'][string] => s !== undefined);
  const parts = [formatMachine(file.machine, file.mode)];
  for (const section of sections) {
    const body = formatSection(section);
    parts.push(
      section.machine.date === file.machine.date
        ? body
        : body.replace('\n\n', `\n\n_${formatMachine(section.machine, section.mode)}_\n\n`),
    );
  }
  return parts.join('\n\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replace the results block of bench/README.md; false when the markers are missing. */
export function tryUpdateReadme(path: string, markdown: string): boolean {
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(
    path,
    `${text.slice(0, start + START.length)}\n\n${markdown}\n\n${text.slice(end)}`,
  );
  return true;
}
