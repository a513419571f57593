/**
 * The `registry-auth` input: one `host=username:password` per line, blank lines and `#`
 * comments ignored. A password never appears in an error: the line is quoted with it as `***`.
 */
import { InputError } from '../errors.js';
import { registryHostKey, type PasswordCredentials } from './credentials.js';

const HOST_RE =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::[0-9]{1,5})?$/;
const EXPECTED = 'must be host=username:password';

/** A `registry-auth` line that broke the syntax; `value` is the line with its secret masked. */
export class RegistryAuthLineError extends InputError {
  override name = 'RegistryAuthLineError';
  constructor(
    input: string,
    readonly line: number,
    masked: string,
    detail: string,
  ) {
    super(input, masked, `(line ${line}) ${detail}`);
  }
}

/** The line with everything that might be secret replaced by `***`. */
export function maskRegistryAuthLine(line: string): string {
  const eq = line.indexOf('=');
  if (eq < 0) return '***';
  const colon = line.indexOf(':', eq + 1);
  return colon < 0 ? `${line.slice(0, eq + 1)}***` : `${line.slice(0, colon + 1)}***`;
}

/** Parse the `registry-auth` input into credentials by host key (see `registryHostKey`). */
export function parseRegistryAuth(
  text: string,
  input = 'registry-auth',
): ReadonlyMap<string, PasswordCredentials> {
  const credentials = new Map<string, PasswordCredentials>();
  const firstLine = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const line = index + 1;
    const fail = (detail: string): never => {
      throw new RegistryAuthLineError(input, line, maskRegistryAuthLine(entry), detail);
    };
    const eq = entry.indexOf('=');
    if (eq < 0) fail(`${EXPECTED}; it has no "="`);
    const host = registryHostKey(entry.slice(0, eq));
    const rest = entry.slice(eq + 1);
    const colon = rest.indexOf(':');
    if (host === undefined || !HOST_RE.test(host))
      fail(`${EXPECTED}; the host is not a registry host`);
    if (colon < 0) fail(`${EXPECTED}; it has no ":" between username and password`);
    const username = rest.slice(0, colon).trim();
    const password = rest.slice(colon + 1);
    if (username === '') fail(`${EXPECTED}; the username is empty`);
    if (password === '') fail(`${EXPECTED}; the password is empty`);
    const key = host as string;
    const before = firstLine.get(key);
    if (before !== undefined) fail(`repeats registry ${key}, given on line ${before}`);
    firstLine.set(key, line);
    credentials.set(key, { username, password });
  });
  return credentials;
}
