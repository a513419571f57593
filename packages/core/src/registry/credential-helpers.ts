/**
 * Docker credential helpers, as the Docker CLI runs them: `credHelpers` names a helper per
 * registry host, `credsStore` one for every other host; for a registry, Docker runs
 * `docker-credential-<name> get` with the server address on stdin and reads
 * `{"ServerURL", "Username", "Secret"}` from stdout (Username `<token>`: Secret is an identity
 * token). Running the helper is a port, so the lookup stays testable; `runCredentialHelper`
 * (credential-helper-runner.ts, the one that loads child_process) is the real one.
 */
import { FileError } from '../errors.js';
import { registryHostKey, type CredentialsFor, type RegistryCredentials } from './credentials.js';

/** Which helper serves which host: `credHelpers` by host key, `credsStore` for the rest. */
export interface CredentialHelpers {
  store?: string;
  byHost: ReadonlyMap<string, string>;
}

/**
 * Runs helper `name` (`docker-credential-<name> get`) for `serverUrl`; its stdout, or undefined
 * when it has no credentials for that server.
 */
export type CredentialHelperRunner = (name: string, serverUrl: string) => string | undefined;

/** A helper's name is the suffix of an executable on PATH: no path, no shell characters. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The address Docker hands a helper: Docker Hub's legacy v1 URL, otherwise the host. */
export function helperServerUrl(host: string): string {
  return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}

/** `value` when it is a helper name; throws FileError naming `where` in `source` otherwise. */
export function helperName(value: unknown, where: string, source: string): string {
  if (typeof value !== 'string' || !HELPER_NAME.test(value))
    throw new FileError(
      source,
      0,
      `${where} is not a credential helper name (letters, digits, . _ -)`,
    );
  return value;
}

/** The helpers a Docker config names; throws FileError for a malformed entry. */
export function credentialHelpersOf(
  config: Record<string, unknown>,
  source = 'config.json',
): CredentialHelpers {
  const byHost = new Map<string, string>();
  const helpers = config.credHelpers;
  if (helpers !== undefined && (typeof helpers !== 'object' || helpers === null))
    throw new FileError(source, 0, '"credHelpers" is not an object');
  for (const [key, value] of Object.entries(helpers ?? {})) {
    const host = registryHostKey(key);
    const name = helperName(value, `credHelpers[${JSON.stringify(key)}]`, source);
    if (host !== undefined && !byHost.has(host)) byHost.set(host, name);
  }
  if (config.credsStore === undefined || config.credsStore === '') return { byHost };
  return { store: helperName(config.credsStore, 'credsStore', source), byHost };
}

/** The credentials a helper printed; undefined when it printed none. The secret is never quoted. */
export function parseHelperOutput(text: string, helper: string): RegistryCredentials | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FileError(`docker-credential-${helper}`, 0, 'printed something that is not JSON');
  }
  const { Username: username, Secret: secret } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof secret !== 'string' || secret === '') return undefined;
  if (username === '<token>') return { identityToken: secret };
  if (typeof username !== 'string' || username === '') return undefined;
  return { username, password: secret };
}

/** A CredentialsFor that asks the host's helper, once per host. */
export function helperCredentialsLookup(
  helpers: CredentialHelpers,
  run: CredentialHelperRunner,
): CredentialsFor {
  const cache = new Map<string, RegistryCredentials | undefined>();
  return (registry) => {
    const host = registryHostKey(registry);
    if (host === undefined) return undefined;
    const name = helpers.byHost.get(host) ?? helpers.store;
    if (name === undefined) return undefined;
    if (!cache.has(host)) {
      const output = run(name, helperServerUrl(host));
      cache.set(host, output === undefined ? undefined : parseHelperOutput(output, name));
    }
    return cache.get(host);
  };
}

/** A helper that failed in a way that is not "no credentials": named, its output not quoted. */
export class CredentialHelperError extends FileError {
  override name = 'CredentialHelperError';
}
