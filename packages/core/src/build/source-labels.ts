/** The OCI labels of an image config that a promotion reads back: version and revision. Pure. */

export const VERSION_LABEL = 'org.opencontainers.image.version';
export const REVISION_LABEL = 'org.opencontainers.image.revision';

/** What the labels say; each field is absent when the label is missing or empty. */
export interface SourceLabels {
  version?: string;
  revision?: string;
}

function stringLabels(config: unknown): Record<string, unknown> {
  if (typeof config !== 'object' || config === null) return {};
  const inner = (config as { config?: unknown }).config;
  if (typeof inner !== 'object' || inner === null) return {};
  const labels = (inner as { Labels?: unknown }).Labels;
  return typeof labels === 'object' && labels !== null ? (labels as Record<string, unknown>) : {};
}

/** The version and revision labels of an image config body; {} when it is not JSON. */
export function sourceLabelsOf(configBody: Buffer | string): SourceLabels {
  let parsed: unknown;
  try {
    parsed = JSON.parse(configBody.toString());
  } catch {
    return {};
  }
  const labels = stringLabels(parsed);
  const read = (key: string) => {
    const value = labels[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const version = read(VERSION_LABEL);
  const revision = read(REVISION_LABEL);
  return {
    ...(version === undefined ? {} : { version }),
    ...(revision === undefined ? {} : { revision }),
  };
}
