/** Reading what `git push --porcelain` and git's stderr say about a failed push. */

/** One rejected ref of `git push --porcelain`: its summary and the reason in parentheses. */
export interface PorcelainRejection {
  summary: string;
  reason: string;
}

/** The `!` lines of `git push --porcelain`: the ref, the summary and the reason in parentheses. */
export function porcelainRejections(stdout: string): PorcelainRejection[] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^!\t[^\t]*\t(\[[^\]]+\])(?: \((.*)\))?\s*$/.exec(line);
    return match ? [{ summary: match[1] ?? '', reason: match[2] ?? '' }] : [];
  });
}

/** The most telling line of git's stderr: its first `fatal:` or `error:` line, else the first. */
export function firstErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? 'git push failed';
}
