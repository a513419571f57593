/** A registry in memory for the verify tests: manifests by repository and reference. */
import {
  describeTarget,
  type ManifestLookup,
  type ManifestTarget,
} from '@gitops-promote/core/registry';
import type { ManifestSource } from '@gitops-promote/core/verify';

export interface FakeManifest {
  digest: string;
  kind: 'index' | 'manifest';
  platforms: string[];
  /** Children of an index, by digest. */
  children?: string[];
}

/** A present answer. */
export function present(target: ManifestTarget, m: FakeManifest): ManifestLookup {
  return {
    target,
    status: 'present',
    manifest: {
      digest: m.digest,
      mediaType: '',
      kind: m.kind,
      size: 1,
      platforms: m.platforms,
      manifests: (m.children ?? []).map((digest) => ({
        digest,
        mediaType: '',
        size: 1,
        attestation: false,
      })),
    },
  };
}

/** What the registry says of an unknown manifest. */
export function missing(target: ManifestTarget): ManifestLookup {
  const where = describeTarget(target);
  return {
    target,
    status: 'missing',
    code: 'MANIFEST_UNKNOWN',
    message: `${where}: registry ${target.registry} does not have it: HTTP 404`,
  };
}

/** A registry that cannot be reached. */
export function unreachable(target: ManifestTarget): ManifestLookup {
  const where = describeTarget(target);
  return {
    target,
    status: 'error',
    reason: 'unreachable',
    message: `${where}: registry ${target.registry} is unreachable: connect ECONNREFUSED (after 5 attempts)`,
  };
}

/**
 * A registry holding `manifests` under `registry/repository@digest` and `…:tag` keys; hosts in
 * `down` answer nothing. Records each lookup.
 */
export function fakeRegistry(
  manifests: Record<string, FakeManifest>,
  down: readonly string[] = [],
): ManifestSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async lookupManifest(target) {
      const key = describeTarget(target);
      asked.push(key);
      if (down.includes(target.registry)) return unreachable(target);
      const found = manifests[key];
      return found ? present(target, found) : missing(target);
    },
  };
}
