/**
 * Where a registry's distribution API lives: `https://<host>` for every registry except those
 * listed as insecure (plain HTTP, for loopback and test registries), and Docker Hub, whose API
 * is served by `registry-1.docker.io`.
 */

/** The host name without port; IPv6 literals keep their brackets. */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/**
 * Whether `host` (`name[:port]`) is reached over plain HTTP. An entry with a port matches that
 * host and port only; an entry without one (`localhost`, `127.0.0.1`) matches any port.
 */
export function isInsecureRegistry(host: string, insecureRegistries: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return insecureRegistries.some((raw) => {
    const entry = raw.trim().toLowerCase();
    const entryHasPort = hostnameOf(entry) !== entry;
    return entryHasPort ? entry === lower : entry === hostnameOf(lower);
  });
}

/** The base URL of a registry's API, without a trailing slash: `https://ghcr.io`. */
export function registryBaseUrl(registry: string, insecureRegistries: readonly string[]): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  return `${isInsecureRegistry(registry, insecureRegistries) ? 'http' : 'https'}://${host}`;
}
