/**
 * The registry client's public surface, for `packages/core/src/index.ts` to re-export.
 * Internals (sender, limiter, transport plumbing) stay reachable by path for tests.
 */
export {
  bearerChallengeOf,
  parseAuthChallenges,
  type AuthChallenge,
  type BearerChallenge,
} from './auth-challenge.js';
export {
  credentialsLookup,
  isIdentityToken,
  registryHostKey,
  type CredentialsFor,
  type IdentityTokenCredentials,
  type PasswordCredentials,
  type RegistryCredentials,
} from './credentials.js';
export {
  CredentialHelperError,
  credentialHelpersOf,
  helperCredentialsLookup,
  helperServerUrl,
  parseHelperOutput,
  type CredentialHelperRunner,
  type CredentialHelpers,
} from './credential-helpers.js';
export { runCredentialHelper } from './credential-helper-runner.js';
export {
  parseDockerConfig,
  type DockerConfigAuths,
  type DockerConfigOptions,
} from './docker-config.js';
export {
  createNodeTransport,
  TransportError,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  type NodeTransportOptions,
} from './http-transport.js';
export type { ManifestBody, ManifestPush } from './manifest-push.js';
export { formatPlatform, sha256Digest, type IndexEntry } from './manifest.js';
export {
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  MANIFEST_ACCEPT,
  OCI_INDEX,
  OCI_MANIFEST,
  type ManifestKind,
} from './media-types.js';
export {
  maskRegistryAuthLine,
  parseRegistryAuth,
  RegistryAuthLineError,
} from './registry-auth-input.js';
export {
  createRegistryClient,
  type LookupManifestOptions,
  type RegistryClient,
  type RegistryClientOptions,
  type Repository,
} from './registry-client.js';
export { isInsecureRegistry, registryBaseUrl } from './registry-endpoint.js';
export {
  describeTarget,
  manifestTarget,
  repositoryTarget,
  type BlobFetch,
  type BlobLookup,
  type LookupError,
  type LookupErrorReason,
  type LookupFailure,
  type LookupMissing,
  type LookupStatus,
  type ManifestInfo,
  type ManifestLookup,
  type ManifestTarget,
  type RepositoryTarget,
  type TagListLookup,
} from './registry-lookup.js';
export type { RequestCounts, RequestEvent, RequestKind } from './request-sender.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
export type { ListTagsOptions } from './tag-lookup.js';
