/**
 * Find, plan and apply in one call: the entry point of bump-values, open-promotion-pr and the
 * CLI. Each file is parsed once for finding and planning, and once more to verify its edits.
 */
import type { Change } from '../change.js';
import { applyToAnalysed } from './apply-edits.js';
import type { ImageOccurrence, SkippedOccurrence } from './image-occurrence.js';
import { analyseFile, findImageOccurrences } from './find-occurrences.js';
import { createOverlayReader } from './helm-overlays.js';
import { chartAppVersionEdits } from './chart-app-version.js';
import { createFilePlanner, type PlanInput } from './plan-edits.js';
import { tuneHeapFor } from '../heap-tuning.js';

/** One file a bump changed. */
export interface BumpedFile {
  path: string;
  before: string;
  after: string;
}

/** What a bump did: the changed files (only those), the changes, and what was not found. */
export interface BumpResult {
  files: BumpedFile[];
  changes: Change[];
  unmatchedServices: string[];
  skipped: SkippedOccurrence[];
  /** Occurrences of affected services left alone: their Flux marker is of another namespace. */
  leftAlone: ImageOccurrence[];
}

/** A bump that changes nothing and found nothing: where a result is built up, or none is needed. */
export function emptyBumpResult(): BumpResult {
  return { files: [], changes: [], unmatchedServices: [], skipped: [], leftAlone: [] };
}

/** The length of the files' texts together, in UTF-16 code units (what tuneHeapFor takes). */
export function textLength(files: readonly { text: string }[]): number {
  let chars = 0;
  for (const source of files) chars += source.text.length;
  return chars;
}

/**
 * Bump the affected services' images in `files`. Pure (text in, text out); throws before
 * returning anything when a file cannot be bumped safely, so a caller writes all or nothing.
 * Files are analysed, planned and applied one at a time: only texts and changes are kept, so
 * memory grows with the input, not with every file's parse tree at once; for a large input,
 * V8 is asked to keep its heap near that (see heap-tuning). `onFile` is given each changed
 * file as soon as it is made (so that its write can be staged while the rest is planned: see
 * staged-writes); what it was given stands only once bumpFiles returns.
 */
export function bumpFiles(input: PlanInput, onFile?: (file: BumpedFile) => void): BumpResult {
  tuneHeapFor(textLength(input.files));
  const planner = createFilePlanner(input, input.files);
  const result = emptyBumpResult();
  const overlays = createOverlayReader(input.tree, findImageOccurrences);
  for (const source of input.files) {
    // Only what is found is read on (and the schema, by the proof): hollow large files.
    const analysed = overlays.complete(analyseFile(source, { hollow: true }));
    const plan = planner.planFile(analysed);
    result.changes.push(...plan.changes);
    result.skipped.push(...plan.skipped);
    result.leftAlone.push(...plan.leftAlone);
    if (plan.edits.length === 0) continue;
    const file = {
      path: source.path,
      before: source.text,
      after: applyToAnalysed(analysed, plan.edits),
    };
    result.files.push(file);
    onFile?.(file);
  }
  result.unmatchedServices = planner.unmatchedServices();
  if (input.tree && input.chartAppVersion)
    for (const chart of chartAppVersionEdits(result.changes, input.tree, input.chartAppVersion)) {
      const file = { path: chart.path, before: chart.before, after: chart.after };
      result.files.push(file);
      result.changes.push(chart.change);
      onFile?.(file);
    }
  return result;
}
