/** Whether the workspace holds a holds file, checked without loading the holds code. */
import { existsSync } from 'node:fs';
import { resolveInWorkspace } from '../workspace-files.js';

/** Whether `path` (relative to the workspace, kept inside it) exists: absent means no holds. */
export function holdsFileExists(workspace: string, path: string): boolean {
  return existsSync(resolveInWorkspace(workspace, path, 'holds-file'));
}
