/**
 * Tokens that frame untrusted text for the runner: a heredoc delimiter of a step output, the
 * token of `::stop-commands::`. They need not be secret, only absent from the text they frame,
 * which is checked; so they come from the clock, the process id and a counter rather than
 * node:crypto, whose loading costs about 12 ms of every action's cold start.
 */

let drawn = 0;

/** 32 hex digits, new on every call: the clock in ns, the process id and a counter. */
function uniqueHex(): string {
  drawn += 1;
  const clock = process.hrtime.bigint().toString(16).padStart(16, '0').slice(-16);
  const pid = process.pid.toString(16).padStart(8, '0').slice(-8);
  return `${clock}${pid}${drawn.toString(16).padStart(8, '0').slice(-8)}`;
}

/** `prefix` and 36 characters shaped like a UUID (`8-4-4-4-12` hex digits), new on every call. */
function nextToken(prefix: string): string {
  const h = uniqueHex();
  return `${prefix}${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A new token, `prefix` then a UUID-shaped suffix, that occurs in none of `texts`. */
export function uniqueToken(prefix: string, ...texts: readonly string[]): string {
  let token = nextToken(prefix);
  while (texts.some((text) => text.includes(token))) token = nextToken(prefix);
  return token;
}
