/** Test harness for registry code: a real registry, a token service, pushes, faults. */
export { startRegistry, REGISTRY_BINARY } from './registry-server.js';
export type { RegistryAuth, StartRegistryOptions, TestRegistry } from './registry-server.js';
export { startTokenServer } from './token-server.js';
export type { TokenRequestRecord, TokenServer, TokenServerOptions } from './token-server.js';
export {
  ALL_MANIFEST_TYPES,
  deleteManifest,
  moveTag,
  pushBlob,
  pushImage,
  pushIndex,
  putManifest,
  retag,
  sha256,
} from './image-push.js';
export type {
  ManifestFormat,
  PushedImage,
  PushedIndex,
  PushImageOptions,
  PushTarget,
} from './image-push.js';
export { seededRandom, startFlakyProxy } from './flaky-proxy.js';
export type { Fault, FlakyProxy, FlakyProxyOptions, FlakyProxyStats } from './flaky-proxy.js';
export { closedPort } from './closed-port.js';
export { startPaginatingProxy, type PaginatingProxy } from './paginating-proxy.js';
export { hasSkopeo, skopeoInspect } from './skopeo.js';
