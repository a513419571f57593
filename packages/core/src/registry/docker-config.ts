/**
 * Read the `auths` of a Docker client config (`~/.docker/config.json`), as `docker login` and
 * `docker/login-action` write it. Pure: takes the file's text. Secrets never enter a message.
 */
import { FileError } from '../errors.js';
import { credentialHelpersOf, type CredentialHelpers } from './credential-helpers.js';
import { registryHostKey, type RegistryCredentials } from './credentials.js';

/** The credentials a config holds, by host key, and notes on what could not be used. */
export interface DockerConfigAuths {
  credentials: ReadonlyMap<string, RegistryCredentials>;
  /** The credential helpers it names (`credsStore`, `credHelpers`), for a caller that runs them. */
  helpers: CredentialHelpers;
  notes: string[];
}

export interface DockerConfigOptions {
  /** The caller runs the helpers: no note says they are not read. */
  runsHelpers?: boolean;
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Decode an `auth` field, base64 of `username:password`; undefined when it is not that. */
function decodeAuth(auth: string): { username: string; password: string } | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(auth)) return undefined;
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** The credentials of one `auths` entry; undefined for an empty entry (a credential store's). */
function credentialsOf(
  entry: AuthEntry,
  where: string,
  source: string,
): RegistryCredentials | undefined {
  const decoded =
    typeof entry.auth === 'string' && entry.auth !== '' ? decodeAuth(entry.auth) : undefined;
  if (typeof entry.auth === 'string' && entry.auth !== '' && decoded === undefined)
    throw new FileError(source, 0, `${where}.auth is not base64 of "username:password"`);
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
    const username =
      decoded?.username ?? (typeof entry.username === 'string' ? entry.username : '');
    return username === ''
      ? { identityToken: entry.identitytoken }
      : { username, identityToken: entry.identitytoken };
  }
  if (decoded !== undefined && decoded.username !== '') return decoded;
  if (
    typeof entry.username === 'string' &&
    typeof entry.password === 'string' &&
    entry.username !== ''
  )
    return { username: entry.username, password: entry.password };
  return undefined;
}

/** Notes on credential helpers, which a pure reader cannot run. */
function helperNotes(config: Record<string, unknown>): string[] {
  const notes: string[] = [];
  if (typeof config.credsStore === 'string')
    notes.push(`credsStore "${config.credsStore}" is not read; only inline "auths" are used`);
  if (isObject(config.credHelpers))
    for (const host of Object.keys(config.credHelpers))
      notes.push(`credHelpers entry for ${host} is not read; only inline "auths" are used`);
  return notes;
}

/**
 * Parse a Docker config. Entries keyed by host or URL (`https://index.docker.io/v1/`) file under
 * `registryHostKey`; when two keys name one host, the first in the file wins. Throws FileError
 * for text that is not a config; an entry's secret is never quoted.
 */
export function parseDockerConfig(
  text: string,
  source = 'config.json',
  options: DockerConfigOptions = {},
): DockerConfigAuths {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    throw new FileError(source, 0, 'is not valid JSON');
  }
  if (!isObject(config)) throw new FileError(source, 0, 'is not a JSON object');
  const auths = config.auths ?? {};
  if (!isObject(auths)) throw new FileError(source, 0, '"auths" is not an object');
  const credentials = new Map<string, RegistryCredentials>();
  const notes = options.runsHelpers ? [] : helperNotes(config);
  const helpers = credentialHelpersOf(config, source);
  for (const [key, entry] of Object.entries(auths)) {
    const where = `auths[${JSON.stringify(key)}]`;
    const host = registryHostKey(key);
    if (host === undefined || !isObject(entry))
      throw new FileError(source, 0, `${where} is not a registry entry`);
    const found = credentialsOf(entry, where, source);
    if (found === undefined) notes.push(`${where} holds no credentials`);
    else if (credentials.has(host))
      notes.push(`${where} repeats registry ${host}; the first entry is used`);
    else credentials.set(host, found);
  }
  return { credentials, helpers, notes };
}
