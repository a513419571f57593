/**
 * Plan a bump over the workspace: match the file patterns, read the files, run the core engine.
 * Used for the first plan and again, on a fresh tree, when a push must be retried.
 */
import { readFileSync } from 'node:fs';
import {
  bumpFiles,
  type BumpResult,
  type ComponentTags,
  listWorkspaceFiles,
  matchFilePatterns,
  resolveInWorkspace,
} from '@gitops-promote/core';
import type { BumpValuesSettings } from './settings.js';

export interface WorkspacePlan extends BumpResult {
  /** Every file the patterns matched. */
  matchedFiles: string[];
  /** Patterns that matched no file. */
  unmatchedPatterns: string[];
}

/** Match, read and plan; throws before anything is written when a file cannot be bumped. */
export function planWorkspace(
  workspace: string,
  componentTags: ComponentTags,
  settings: BumpValuesSettings,
): WorkspacePlan {
  const paths = listWorkspaceFiles(workspace);
  const { files, unmatched } = matchFilePatterns(paths, settings.filePatterns);
  const read = (path: string) => readFileSync(resolveInWorkspace(workspace, path, 'files'), 'utf8');
  const sources = files.map((path) => ({ path, text: read(path) }));
  const tree = { paths: new Set(paths), read };
  const result = bumpFiles({
    files: sources,
    componentTags,
    write: settings.write,
    tree,
    allowDowngrade: settings.allowDowngrade,
    fluxNamespace: settings.fluxNamespace,
    chartAppVersion: settings.chartAppVersion,
  });
  return { ...result, matchedFiles: files, unmatchedPatterns: unmatched };
}
