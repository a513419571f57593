/**
 * A manifest's exact bytes, and a manifest PUT under a tag: what a retag needs. The bytes
 * are sent as served, with their media type, so the digest cannot change (an index stays an
 * index and no blob moves).
 */
import { failureOf, failureOfAnswer, lookupError } from './lookup-outcome.js';
import { sha256Digest } from './manifest.js';
import { manifestOutcome } from './manifest-lookup.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import {
  describeTarget,
  type LookupError,
  type LookupFailure,
  type ManifestInfo,
  type ManifestTarget,
} from './registry-lookup.js';
import type { RegistryRequests } from './registry-requests.js';

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** A manifest with the bytes the registry served (their sha256 is `manifest.digest`). */
export type ManifestBody = { target: ManifestTarget } & (
  { status: 'present'; manifest: ManifestInfo; body: Buffer } | LookupFailure
);

/** A manifest PUT: `pushed` with the digest the registry confirmed, or why not. */
export type ManifestPush = { target: ManifestTarget } & (
  { status: 'pushed'; digest: string } | LookupFailure
);

/** `GET` a manifest and keep its bytes; checked as `lookupManifest` checks it. */
export async function fetchManifestBody(
  requests: RegistryRequests,
  target: ManifestTarget,
): Promise<ManifestBody> {
  try {
    const response = await requests.send('manifest', target, {
      method: 'GET',
      url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
      headers: { accept: MANIFEST_ACCEPT },
      maxBodyBytes: MAX_MANIFEST_BYTES,
    });
    const outcome = manifestOutcome(target, response, requests.authNote(target.registry));
    return outcome.status === 'present' ? { ...outcome, body: response.body } : outcome;
  } catch (error) {
    return { target, ...failureOf(error, describeTarget(target), target.registry) };
  }
}

/** The registry's `Docker-Content-Digest` must be the sha256 of what we sent. */
function confirmedDigest(announced: string | undefined, sent: string): string | undefined {
  return announced === undefined || announced === sent ? sent : undefined;
}

/** `PUT /v2/<name>/manifests/<tag>` with the bytes and media type given, under push scope. */
export async function pushManifest(
  requests: RegistryRequests,
  target: ManifestTarget,
  body: Buffer,
  mediaType: string,
): Promise<ManifestPush> {
  const where = describeTarget(target);
  const digest = sha256Digest(body);
  try {
    const response = await requests.send(
      'manifest',
      target,
      {
        method: 'PUT',
        url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
        headers: { 'content-type': mediaType },
        body,
        maxBodyBytes: 1024 * 1024,
      },
      'pull,push',
    );
    if (response.status !== 201 && response.status !== 200)
      return {
        target,
        ...failureOfAnswer(
          response,
          where,
          target.registry,
          [],
          requests.authNote(target.registry),
        ),
      };
    const confirmed = confirmedDigest(response.headers['docker-content-digest'], digest);
    if (confirmed === undefined) return { target, ...mismatch(where, target, response, digest) };
    return { target, status: 'pushed', digest: confirmed };
  } catch (error) {
    return { target, ...failureOf(error, where, target.registry) };
  }
}

function mismatch(
  where: string,
  target: ManifestTarget,
  response: { headers: Readonly<Record<string, string>> },
  digest: string,
): LookupError {
  const announced = response.headers['docker-content-digest'] ?? '';
  return lookupError(
    where,
    target.registry,
    'digest-mismatch',
    `the registry stored ${announced}, not the sha256 of the bytes sent ${digest}`,
  );
}
