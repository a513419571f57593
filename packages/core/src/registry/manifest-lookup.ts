/** Fetch one manifest and classify the answer, checking the digest of what was served. */
import { isValidDigest } from '../reference.js';
import { failureOf, failureOfAnswer, lookupError } from './lookup-outcome.js';
import { describeManifest, ManifestFormatError, sha256Digest } from './manifest.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import type { HttpResponse } from './http-transport.js';
import { describeTarget, type ManifestLookup, type ManifestTarget } from './registry-lookup.js';
import type { RegistryRequests } from './registry-requests.js';

/** distribution's own limit on manifest size. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * Present only when the answer is 200, its body hashes to the asked digest (for a digest) and
 * to `Docker-Content-Digest` (when sent), and it is an index or an image manifest.
 */
export function manifestOutcome(
  target: ManifestTarget,
  response: HttpResponse,
  authNote: string,
): ManifestLookup {
  const where = describeTarget(target);
  const { registry } = target;
  const fail = (reason: 'digest-mismatch' | 'unsupported', detail: string): ManifestLookup => ({
    target,
    ...lookupError(where, registry, reason, detail),
  });
  if (response.status !== 200) {
    const codes = ['MANIFEST_UNKNOWN', 'NAME_UNKNOWN'];
    return { target, ...failureOfAnswer(response, where, registry, codes, authNote) };
  }
  const digest = sha256Digest(response.body);
  const announced = response.headers['docker-content-digest'];
  if (isValidDigest(target.reference) && digest !== target.reference)
    return fail('digest-mismatch', `the body's sha256 is ${digest}`);
  if (announced !== undefined && announced !== digest)
    return fail(
      'digest-mismatch',
      `Docker-Content-Digest ${announced} is not the body's sha256 ${digest}`,
    );
  try {
    const description = describeManifest(response.body, response.headers['content-type']);
    const manifest = { digest, size: response.body.length, ...description };
    return { target, status: 'present', manifest };
  } catch (error) {
    if (!(error instanceof ManifestFormatError)) throw error;
    return fail('unsupported', error.message);
  }
}

/** `GET /v2/<name>/manifests/<reference>` with all four manifest types in `Accept`. */
export async function fetchManifest(
  requests: RegistryRequests,
  target: ManifestTarget,
): Promise<ManifestLookup> {
  try {
    const response = await requests.send('manifest', target, {
      method: 'GET',
      url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
      headers: { accept: MANIFEST_ACCEPT },
      maxBodyBytes: MAX_MANIFEST_BYTES,
    });
    return manifestOutcome(target, response, requests.authNote(target.registry));
  } catch (error) {
    return { target, ...failureOf(error, describeTarget(target), target.registry) };
  }
}
