/**
 * The secrets a registry client sent (passwords, base64 `user:pass`, Bearer tokens), learnt from
 * every Authorization header it writes, so that a server that echoes them back in an error body
 * cannot get them into a message, an output, a summary or a report.
 */

/** What a scrubber replaces each secret with. */
export const SCRUBBED = '***';

/** Secrets shorter than this are not scrubbed (they would blank common words). */
const MIN_SECRET_LENGTH = 4;

export interface SecretScrubber {
  /** Learn `secret` and its base64 form; `onSecret` hears each new one (to mask it). */
  add(secret: string): void;
  /** Learn the secrets inside an Authorization header value (`Basic …`, `Bearer …`). */
  addAuthorization(header: string): void;
  /** `text` with every known secret replaced by `***`. */
  scrub(text: string): string;
  /** Whether `text` holds a known secret. */
  holdsSecret(text: string): boolean;
}

export function createSecretScrubber(onSecret?: (secret: string) => void): SecretScrubber {
  const secrets = new Set<string>();
  let ordered: string[] = [];

  function learn(secret: string): void {
    if (secret.length < MIN_SECRET_LENGTH || secrets.has(secret)) return;
    secrets.add(secret);
    // Longest first, so that a secret containing another is replaced whole.
    ordered = [...secrets].sort((a, b) => b.length - a.length);
    onSecret?.(secret);
  }

  function add(secret: string): void {
    learn(secret);
    learn(Buffer.from(secret).toString('base64'));
  }

  function addAuthorization(header: string): void {
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (value === '') return;
    learn(value);
    if (scheme?.toLowerCase() !== 'basic') return;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) add(decoded.slice(colon + 1));
  }

  return {
    add,
    addAuthorization,
    scrub: (text) => ordered.reduce((out, secret) => out.split(secret).join(SCRUBBED), text),
    holdsSecret: (text) => ordered.some((secret) => text.includes(secret)),
  };
}
