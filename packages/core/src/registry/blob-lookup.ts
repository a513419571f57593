/** Blobs: `HEAD` for presence, `GET` with the content checked against its digest. */
import { failureOf, failureOfAnswer, lookupError } from './lookup-outcome.js';
import { sha256Digest } from './manifest.js';
import type { BlobFetch, BlobLookup, RepositoryTarget } from './registry-lookup.js';
import type { RegistryRequests } from './registry-requests.js';

/**
 * `HEAD /v2/<name>/blobs/<digest>`. A HEAD answer has no body to carry an error code, so a
 * 404 here is taken as the registry's "no such blob" (`BLOB_UNKNOWN`).
 */
export async function headBlob(
  requests: RegistryRequests,
  target: RepositoryTarget,
  digest: string,
): Promise<BlobLookup> {
  const where = `${target.registry}/${target.repository}@${digest}`;
  try {
    const response = await requests.send('blob', target, {
      method: 'HEAD',
      url: `${requests.repositoryUrl(target)}/blobs/${digest}`,
      headers: {},
      maxBodyBytes: 0,
    });
    const announced = response.headers['docker-content-digest'];
    const base = { ...target, digest };
    if (response.status === 404) {
      const message = `${where}: registry ${target.registry} does not have it: HTTP 404 Not Found`;
      return { ...base, status: 'missing', code: 'BLOB_UNKNOWN', message };
    }
    if (response.status !== 200) {
      const note = requests.authNote(target.registry);
      return { ...base, ...failureOfAnswer(response, where, target.registry, [], note) };
    }
    if (announced !== undefined && announced !== digest) {
      const detail = `Docker-Content-Digest is ${announced}`;
      return { ...base, ...lookupError(where, target.registry, 'digest-mismatch', detail) };
    }
    const length = Number(response.headers['content-length']);
    return { ...base, status: 'present', ...(Number.isFinite(length) ? { size: length } : {}) };
  } catch (error) {
    return { ...target, digest, ...failureOf(error, where, target.registry) };
  }
}

/** `GET /v2/<name>/blobs/<digest>` (redirects followed), present only if the sha256 matches. */
export async function getBlob(
  requests: RegistryRequests,
  target: RepositoryTarget,
  digest: string,
  maxBytes: number,
): Promise<BlobFetch> {
  const where = `${target.registry}/${target.repository}@${digest}`;
  try {
    const response = await requests.send('blob', target, {
      method: 'GET',
      url: `${requests.repositoryUrl(target)}/blobs/${digest}`,
      headers: {},
      maxBodyBytes: maxBytes,
    });
    const base = { ...target, digest };
    if (response.status !== 200) {
      const note = requests.authNote(target.registry);
      const codes = ['BLOB_UNKNOWN', 'NAME_UNKNOWN'];
      return { ...base, ...failureOfAnswer(response, where, target.registry, codes, note) };
    }
    const actual = sha256Digest(response.body);
    if (actual !== digest) {
      const detail = `the body's sha256 is ${actual}`;
      return { ...base, ...lookupError(where, target.registry, 'digest-mismatch', detail) };
    }
    return { ...base, status: 'present', body: response.body };
  } catch (error) {
    return { ...target, digest, ...failureOf(error, where, target.registry) };
  }
}
