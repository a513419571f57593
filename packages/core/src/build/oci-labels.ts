/** The `org.opencontainers.image.*` labels a build sets, from the commit it built. */

export interface OciLabelInput {
  revision: string;
  /** The repository's web address, e.g. https://github.com/acme/app. */
  source?: string;
  version?: string;
  /** Commit time, Unix seconds. */
  created: number;
}

/** Labels as `key=value` lines, in a stable order. */
export function ociLabels(input: OciLabelInput): string[] {
  const labels: Array<[string, string | undefined]> = [
    ['org.opencontainers.image.created', new Date(input.created * 1000).toISOString()],
    ['org.opencontainers.image.revision', input.revision],
    ['org.opencontainers.image.source', input.source],
    ['org.opencontainers.image.version', input.version],
  ];
  return labels.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${v}`);
}
