/**
 * Requests within a repository's pull scope: the registry's URL, its authorization, and one
 * renewal of that authorization after a 401.
 */
import type { HttpResponse } from './http-transport.js';
import type { Authenticator } from './registry-auth.js';
import { registryBaseUrl } from './registry-endpoint.js';
import type { RepositoryTarget } from './registry-lookup.js';
import type { RequestKind, RequestSender, SendRequest } from './request-sender.js';

export interface RegistryRequests {
  /** `<base>/v2/<repository>`. */
  repositoryUrl(target: RepositoryTarget): string;
  /**
   * Send with the authorization of `repository:<name>:pull` (or `pull,push` when `access` says
   * so), renewing it once after a 401.
   */
  send(
    kind: RequestKind,
    target: RepositoryTarget,
    request: Omit<SendRequest, 'kind'>,
    access?: RepositoryAccess,
  ): Promise<HttpResponse>;
  /** How we authenticate to a registry, for messages about 401 and 403. */
  authNote(registry: string): string;
}

/** What a request needs of a repository: to read it, or to read and write it. */
export type RepositoryAccess = 'pull' | 'pull,push';

export function createRegistryRequests(options: {
  sender: RequestSender;
  auth: Authenticator;
  insecureRegistries: readonly string[];
  userAgent: string;
}): RegistryRequests {
  const { sender, auth, insecureRegistries, userAgent } = options;
  return {
    repositoryUrl: (target) =>
      `${registryBaseUrl(target.registry, insecureRegistries)}/v2/${target.repository}`,

    async send(kind, target, request, access = 'pull') {
      const scope = `repository:${target.repository}:${access}`;
      const withAuth = (authorization: string | undefined): SendRequest => ({
        ...request,
        kind,
        headers: {
          'user-agent': userAgent,
          ...request.headers,
          ...(authorization === undefined ? {} : { authorization }),
        },
      });
      const used = await auth.authorization(target.registry, scope);
      const response = await sender.send(withAuth(used));
      if (response.status !== 401) return response;
      const renewed = await auth.renew(target.registry, scope, response, used);
      return renewed === undefined ? response : sender.send(withAuth(renewed));
    },

    authNote: (registry) => auth.describe(registry),
  };
}
