/**
 * Find, plan and apply in one call: the entry point of bump-values, open-promotion-pr and the
 * CLI. Each file is parsed once for finding and planning, and once more to verify its edits.
 */
import type { Change } from '../change.js';
import { applyToAnalysed } from './apply-edits.js';
import type { SkippedOccurrence } from './image-occurrence.js';
import { analyseFile } from './find-occurrences.js';
import { type PlanInput, planAnalysed } from './plan-edits.js';

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
}

/**
 * Bump the affected services' images in `files`. Pure (text in, text out); throws before
 * returning anything when a file cannot be bumped safely, so a caller writes all or nothing.
 */
export function bumpFiles(input: PlanInput): BumpResult {
  const analysed = input.files.map(analyseFile);
  const plan = planAnalysed(analysed, input);
  const files: BumpedFile[] = [];
  for (const file of analysed) {
    const path = file.source.file;
    const edits = plan.edits.filter((e) => e.file === path);
    if (edits.length === 0) continue;
    files.push({ path, before: file.source.text, after: applyToAnalysed(file, edits) });
  }
  return {
    files,
    changes: plan.changes,
    unmatchedServices: plan.unmatchedServices,
    skipped: plan.skipped,
  };
}
