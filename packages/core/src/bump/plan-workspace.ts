/**
 * Plan a bump over the workspace: match the file patterns, read the files, run the core engine.
 * Used for the first plan and again, on a fresh tree, when a push must be retried.
 */
import type { ComponentTags } from '../component-tags.js';
import { matchFilePatterns } from '../file-patterns.js';
import { bumpFiles, type BumpResult } from '../image-edit/bump-files.js';
import type { WriteMode } from '../image-edit/image-occurrence.js';
import {
  listWorkspaceFiles,
  readWorkspaceFile,
  resolveInWorkspace,
  writeFileAtomic,
} from '../workspace-files.js';

/** What to plan: the files (glob lines, `{env}` already replaced) and the values to write. */
export interface WorkspacePlanInput {
  filePatterns: readonly string[];
  write: WriteMode;
}

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
  input: WorkspacePlanInput,
): WorkspacePlan {
  const { files, unmatched } = matchFilePatterns(listWorkspaceFiles(workspace), input.filePatterns);
  const sources = files.map((path) => ({
    path,
    text: readWorkspaceFile(workspace, path, 'files'),
  }));
  const result = bumpFiles({ files: sources, componentTags, write: input.write });
  return { ...result, matchedFiles: files, unmatchedPatterns: unmatched };
}

/** Write every changed file of the plan, each atomically, inside the workspace. */
export function writePlan(workspace: string, plan: BumpResult): void {
  for (const file of plan.files)
    writeFileAtomic(resolveInWorkspace(workspace, file.path, 'files'), file.after);
}
