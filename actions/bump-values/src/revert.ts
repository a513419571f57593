/**
 * bump-values with `revert`: revert the commit it names, writing its holds. Loaded with
 * `import()` by main.ts only for a revert, so that a bump never loads this code.
 */
import { revertWorkspace } from '@gitops-promote/core/bump';
import { log } from './bump-log.js';
import type { BumpValuesSettings } from './settings.js';

/** Revert the commit `revert` names, writing its holds. */
export async function revert(
  settings: BumpValuesSettings,
  workspace: string,
  fallbackBranch: string,
) {
  const outcome = await revertWorkspace(
    {
      ...settings,
      workspace,
      fallbackBranch,
      holds: { path: settings.holdsFile, ignore: settings.ignoreHolds },
      now: new Date(),
    },
    { log },
  );
  for (const hold of outcome.holds)
    log.info(`Holding '${hold.service}' in '${hold.environment}' in ${settings.holdsFile}`);
  return outcome;
}
