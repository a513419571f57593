/**
 * Registry credentials and the host names they are filed under. Docker Hub answers to several
 * names (`docker.io`, `index.docker.io`, `registry-1.docker.io`, and the `https://index.docker.io/v1/`
 * key that `docker login` writes); they all file under `docker.io`.
 */

/** A username and password (or personal access token) for Basic or the token service. */
export interface PasswordCredentials {
  username: string;
  password: string;
}

/** An OAuth2 refresh token (`identitytoken` in a Docker config), exchanged at the token realm. */
export interface IdentityTokenCredentials {
  username?: string;
  identityToken: string;
}

export type RegistryCredentials = PasswordCredentials | IdentityTokenCredentials;

/** Supplies the credentials for a registry host (`ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
export type CredentialsFor = (registry: string) => RegistryCredentials | undefined;

const DOCKER_HUB_ALIASES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

/**
 * The key a registry's credentials are filed under: scheme and path dropped, lower case,
 * Docker Hub's names folded into `docker.io`. Undefined when no host remains.
 */
export function registryHostKey(text: string): string | undefined {
  const withoutScheme = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = (withoutScheme.split('/')[0] ?? '').toLowerCase();
  if (host === '') return undefined;
  return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}

/** Whether credentials are an identity (refresh) token rather than a password. */
export function isIdentityToken(
  credentials: RegistryCredentials,
): credentials is IdentityTokenCredentials {
  return 'identityToken' in credentials;
}

/**
 * A `CredentialsFor` over credential maps keyed by `registryHostKey`; the first map that knows
 * the host wins, so pass the most specific source (an action input) first.
 */
export function credentialsLookup(
  ...sources: ReadonlyArray<ReadonlyMap<string, RegistryCredentials>>
): CredentialsFor {
  return (registry) => {
    const key = registryHostKey(registry);
    if (key === undefined) return undefined;
    for (const source of sources) {
      const found = source.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}
