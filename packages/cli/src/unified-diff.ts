/**
 * A unified diff of what a bump would write, file by file, as `git diff` shows it: the hunks
 * of jsdiff's `structuredPatch` (three lines of context), coloured when the stream is a TTY.
 */
import { structuredPatch } from 'diff';
import type { Paint } from './terminal.js';

/** One file's text before and after the bump. */
export interface FileChange {
  path: string;
  before: string;
  after: string;
}

function styledLine(line: string, paint: Paint): string {
  if (line.startsWith('+')) return paint('green', line);
  if (line.startsWith('-')) return paint('red', line);
  if (line.startsWith('\\')) return paint('dim', line);
  return line;
}

/** The unified diff of one file, ending with a newline. */
export function unifiedDiff(file: FileChange, paint: Paint): string {
  const patch = structuredPatch(
    `a/${file.path}`,
    `b/${file.path}`,
    file.before,
    file.after,
    '',
    '',
    {
      context: 3,
    },
  );
  const lines = [
    paint('bold', `--- ${patch.oldFileName}`),
    paint('bold', `+++ ${patch.newFileName}`),
  ];
  for (const hunk of patch.hunks) {
    lines.push(
      paint('cyan', `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`),
    );
    for (const line of hunk.lines) lines.push(styledLine(line, paint));
  }
  return `${lines.join('\n')}\n`;
}

/** The unified diff of every file, in order. */
export function unifiedDiffs(files: readonly FileChange[], paint: Paint): string {
  return files.map((file) => unifiedDiff(file, paint)).join('');
}
