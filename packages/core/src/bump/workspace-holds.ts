/**
 * The holds file of the checked-out config repository, and the holds applied to a bump: a held
 * service in the environment is skipped with a notice naming the hold and how to lift it,
 * unless `ignore-holds` is set for this run.
 */
import { existsSync } from 'node:fs';
import type { ComponentTags } from '../component-tags.js';
import { holdNotice, type HoldsFile, parseHolds, splitHeld } from '../promotion/holds.js';
import { readWorkspaceText, resolveInWorkspace } from '../workspace-files.js';
import type { BumpLog } from './bump-request.js';

/** Where the holds are (relative to the workspace) and whether this run honours them. */
export interface WorkspaceHoldsSetting {
  path: string;
  ignore: boolean;
}

/** The holds file as it is in the workspace: parsed, with its text when it exists. */
export interface WorkspaceHolds {
  file: HoldsFile;
  text?: string;
}

/** Read and validate the holds file (absent: no holds); never outside the workspace. */
export function readWorkspaceHolds(workspace: string, path: string): WorkspaceHolds {
  const absolute = resolveInWorkspace(workspace, path, 'holds-file');
  if (!existsSync(absolute)) return { file: parseHolds(path, undefined) };
  const text = readWorkspaceText(absolute, path);
  return { file: parseHolds(path, text), text };
}

/** The services free to move in `environment`: the held ones dropped with a notice each. */
export function servicesNotHeld(
  componentTags: ComponentTags,
  holds: HoldsFile,
  setting: WorkspaceHoldsSetting,
  environment: string,
  log: BumpLog,
): ComponentTags {
  const split = splitHeld(componentTags, holds, environment);
  if (setting.ignore) {
    for (const { service } of split.held)
      log.warning(
        `Service '${service}' is held in '${environment}' by ${holds.path}; ` +
          "'ignore-holds' is true, so it moves anyway.",
      );
    return componentTags;
  }
  for (const { hold } of split.held) log.warning(holdNotice(holds, hold));
  return split.free;
}
