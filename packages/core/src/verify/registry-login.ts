/**
 * The credentials verify-digests uses: `registry-auth` lines first, then the Docker config that
 * docker/login-action writes; anonymous for any other registry. Also lists every secret, so the
 * action can mask each before anything could print it.
 */
import { inputLines } from '../key-value-lines.js';
import {
  credentialsLookup,
  isIdentityToken,
  type CredentialsFor,
  type RegistryCredentials,
} from '../registry/credentials.js';
import {
  type CredentialHelperRunner,
  type CredentialHelpers,
  helperCredentialsLookup,
} from '../registry/credential-helpers.js';
import { parseDockerConfig } from '../registry/docker-config.js';
import { parseRegistryAuth } from '../registry/registry-auth-input.js';

export interface RegistryLogin {
  credentialsFor: CredentialsFor;
  /** Which hosts have credentials, and from where. */
  hosts: Array<{ host: string; from: string }>;
  /** What could not be used (credential helpers, empty entries). */
  notes: string[];
  /** The Docker config's secrets, to mask (the input's: see `registryAuthSecrets`). */
  secrets: string[];
}

/**
 * Every string on `registry-auth` lines that may be a password: what follows `host=user:`, or
 * all after `=` when there is no `:` (a malformed line must not leak either).
 */
export function registryAuthSecrets(text: string): string[] {
  const secrets = new Set<string>();
  for (const { text: line } of inputLines(text)) {
    const rest = line.slice(line.indexOf('=') + 1);
    const colon = rest.indexOf(':');
    for (const secret of [colon < 0 ? rest : rest.slice(colon + 1), line])
      if (secret.trim() !== '') secrets.add(secret.trim());
  }
  return [...secrets];
}

/** The secrets of credentials: password or identity token, and the base64 `auth` form. */
export function credentialSecrets(credentials: RegistryCredentials): string[] {
  if (isIdentityToken(credentials)) return [credentials.identityToken];
  const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  return [credentials.password, Buffer.from(credentials.password).toString('base64'), basic];
}

const NO_HELPERS: CredentialsFor = () => undefined;

/** The hosts the helpers serve (`*`: every other host, the `credsStore`). */
function helperHosts(helpers: CredentialHelpers): Array<{ host: string; from: string }> {
  const hosts = [...helpers.byHost].map(([host, name]) => ({
    host,
    from: `docker-credential-${name}`,
  }));
  return helpers.store
    ? [...hosts, { host: '*', from: `docker-credential-${helpers.store}` }]
    : hosts;
}

/**
 * Credentials from the input lines and an optional Docker config (its path and text). With
 * `runHelper`, the config's credential helpers are asked too, as Docker asks them (after the
 * input lines, before the config's inline `auths`); their secrets are the caller's to guard.
 */
export function registryLogin(
  registryAuth: string,
  dockerConfig?: { path: string; text: string },
  runHelper?: CredentialHelperRunner,
): RegistryLogin {
  const fromInput = parseRegistryAuth(registryAuth);
  const runsHelpers = runHelper !== undefined;
  const fromConfig = dockerConfig
    ? parseDockerConfig(dockerConfig.text, dockerConfig.path, { runsHelpers })
    : {
        credentials: new Map<string, RegistryCredentials>(),
        helpers: { byHost: new Map() },
        notes: [],
      };
  const fromHelpers = runHelper
    ? helperCredentialsLookup(fromConfig.helpers, runHelper)
    : NO_HELPERS;
  const hosts = [
    ...[...fromInput.keys()].map((host) => ({ host, from: 'registry-auth' })),
    ...[...fromConfig.credentials.keys()]
      .filter((host) => !fromInput.has(host))
      .map((host) => ({ host, from: dockerConfig?.path ?? '' })),
    ...(runsHelpers ? helperHosts(fromConfig.helpers) : []),
  ];
  const input = credentialsLookup(fromInput);
  const inline = credentialsLookup(fromConfig.credentials);
  return {
    credentialsFor: (registry) => input(registry) ?? fromHelpers(registry) ?? inline(registry),
    hosts,
    notes: fromConfig.notes,
    secrets: [...fromConfig.credentials.values()].flatMap(credentialSecrets),
  };
}
