/**
 * The two warnings a bump's result can call for, worded once for every front end that bumps
 * (bump-values in the workspace, open-promotion-pr through the API).
 */

/** An occurrence no affected service needs was left alone because it cannot be read safely. */
export function skippedImageWarning(reason: string): string {
  return `Skipped an image that cannot be read safely (${reason})`;
}

/** Affected services whose image is written in none of the matched files. */
export function unmatchedServicesWarning(
  services: readonly string[],
  fileCount: number,
  where?: string,
): string {
  const names = services.map((s) => `'${s}'`).join(', ');
  const place = where ? ` in ${where}` : '';
  return `No image of ${names} was found in the ${fileCount} file(s) matching 'files'${place}.`;
}
