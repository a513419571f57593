/**
 * Flux setter markers name their ImagePolicy as `<namespace>:<name>`, and teams that keep one
 * namespace per environment (seed 003: `develop`, `staging`, `production`) have a policy of the
 * same name in each. With a broad glob, a bump for one environment must not write into another's
 * markers: a marker whose namespace is not the bump's Flux namespace is left alone.
 *
 * The namespace is `flux-namespace` when given. By default it is the environment, but only when
 * some marker of the matched files is in that namespace: a repository whose markers all live in
 * one namespace (`flux-system`) does not namespace by environment, and is not filtered.
 */
import { markerAfter, markerCommentOffsets, mayHaveMarkers } from './flux-markers.js';
import type { ImageOccurrence, SourceFile } from './image-occurrence.js';

/** Which namespace's markers a bump writes, and whether it was asked for or is the default. */
export interface FluxNamespace {
  namespace: string;
  /** True for `flux-namespace`; false for the environment taken as the default. */
  explicit: boolean;
}

/** The namespaces of the readable `$imagepolicy` markers in `files`. */
export function markerNamespaces(files: readonly SourceFile[]): Set<string> {
  const namespaces = new Set<string>();
  for (const { text } of files) {
    if (!mayHaveMarkers(text)) continue;
    for (const offset of markerCommentOffsets(text)) {
      const marker = markerAfter(text, offset - 1); // the `#` follows white space
      if (marker?.ok) namespaces.add(marker.policy.slice(0, marker.policy.indexOf(':')));
    }
  }
  return namespaces;
}

/** The namespace to filter markers by, or `undefined` when every marker is written. */
export function activeFluxNamespace(
  setting: FluxNamespace | undefined,
  files: readonly SourceFile[],
): string | undefined {
  if (setting === undefined || setting.namespace === '') return undefined;
  if (setting.explicit) return setting.namespace;
  return markerNamespaces(files).has(setting.namespace) ? setting.namespace : undefined;
}

/** Whether an occurrence carries a marker of another namespace than `namespace`. */
export function inOtherNamespace(occ: ImageOccurrence, namespace: string | undefined): boolean {
  if (namespace === undefined || occ.policy === undefined) return false;
  return occ.policy.slice(0, occ.policy.indexOf(':')) !== namespace;
}
