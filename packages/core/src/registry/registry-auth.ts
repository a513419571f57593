/**
 * Authorization for registry requests. A first `GET /v2/` per registry learns its challenge;
 * `Basic` sends the caller's credentials, `Bearer` fetches a token from the realm (anonymously
 * or with the credentials) and caches one token per registry and scope until it expires.
 */
import {
  bearerChallengeOf,
  offersBasic,
  parseAuthChallenges,
  type BearerChallenge,
} from './auth-challenge.js';
import { isIdentityToken, type CredentialsFor } from './credentials.js';
import { describeHttpAnswer } from './error-body.js';
import type { HttpResponse } from './http-transport.js';
import { registryBaseUrl } from './registry-endpoint.js';
import type { RequestSender } from './request-sender.js';
import { basicHeader, fetchToken, RegistryAuthError, type Token } from './token-service.js';

export interface Authenticator {
  /** The Authorization header for a request in `scope`, or undefined when none is needed. */
  authorization(registry: string, scope: string): Promise<string | undefined>;
  /**
   * After a 401: a new Authorization header worth one more attempt, or undefined when there is
   * nothing new to try. At most one renewal per registry, scope and token lifetime.
   */
  renew(
    registry: string,
    scope: string,
    response: HttpResponse,
    used: string | undefined,
  ): Promise<string | undefined>;
  /** How the client authenticates to a registry, for error messages. */
  describe(registry: string): string;
}

export interface AuthenticatorOptions {
  sender: RequestSender;
  credentialsFor: CredentialsFor;
  insecureRegistries: readonly string[];
  userAgent: string;
  now: () => number;
}

type Challenge = { kind: 'none' } | { kind: 'basic' } | { kind: 'bearer'; bearer: BearerChallenge };

interface TokenSlot {
  promise: Promise<Token>;
  renewed: boolean;
}

const EXPIRY_MARGIN_MS = 10_000;
const SMALL_BODY = 1024 * 1024;

export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { sender, credentialsFor, insecureRegistries, userAgent, now } = options;
  const challenges = new Map<string, Promise<Challenge>>();
  const tokens = new Map<string, TokenSlot>();

  function describe(registry: string): string {
    const credentials = credentialsFor(registry);
    if (credentials === undefined) return `no credentials are configured for ${registry}`;
    const who = credentials.username ? ` (user ${credentials.username})` : '';
    return `the credentials configured for ${registry}${who} were used`;
  }

  async function ping(registry: string): Promise<Challenge> {
    const url = `${registryBaseUrl(registry, insecureRegistries)}/v2/`;
    const response = await sender.send({
      kind: 'ping',
      method: 'GET',
      url,
      headers: { 'user-agent': userAgent },
      maxBodyBytes: SMALL_BODY,
    });
    if (response.status === 200) return { kind: 'none' };
    const found = parseAuthChallenges(response.headers['www-authenticate']);
    const bearer = bearerChallengeOf(found);
    if (response.status === 401 && bearer) return { kind: 'bearer', bearer };
    if (response.status === 401 && offersBasic(found)) return { kind: 'basic' };
    const what = describeHttpAnswer(response.status, response.body);
    throw new RegistryAuthError(
      'bad-response',
      registry,
      response.status === 401
        ? `${registry} asks for an authentication scheme we do not speak: ${response.headers['www-authenticate'] ?? '(no WWW-Authenticate)'}`
        : `${registry} does not answer the distribution API at ${url}: ${what}`,
    );
  }

  function challengeOf(registry: string): Promise<Challenge> {
    let found = challenges.get(registry);
    if (found === undefined) {
      found = ping(registry);
      challenges.set(registry, found);
    }
    return found;
  }

  const tokenContext = { sender, insecureRegistries, userAgent, now };
  const requestToken = (registry: string, bearer: BearerChallenge, scopes: string[]) =>
    fetchToken(tokenContext, {
      registry,
      bearer,
      scopes,
      credentials: credentialsFor(registry),
      authNote: describe(registry),
    });

  /** A fresh enough token for the scope, fetched once and shared by concurrent callers. */
  async function tokenHeader(
    registry: string,
    bearer: BearerChallenge,
    scope: string,
  ): Promise<string> {
    const key = `${registry} ${scope}`;
    const slot = tokens.get(key);
    if (slot !== undefined) {
      const token = await slot.promise;
      if (token.expiresAt - EXPIRY_MARGIN_MS > now()) return token.header;
      if (tokens.get(key) !== slot) return tokenHeader(registry, bearer, scope);
    }
    const fresh: TokenSlot = { promise: requestToken(registry, bearer, [scope]), renewed: false };
    tokens.set(key, fresh);
    return (await fresh.promise).header;
  }

  async function renewBearer(
    registry: string,
    scope: string,
    bearer: BearerChallenge,
    used: string | undefined,
  ): Promise<string | undefined> {
    const key = `${registry} ${scope}`;
    const slot = tokens.get(key);
    if (slot?.renewed) {
      const token = await slot.promise.catch(() => undefined);
      return token !== undefined && token.header !== used ? token.header : undefined;
    }
    const asked = bearer.scope ? bearer.scope.split(' ').filter((s) => s !== '') : [];
    const scopes = asked.includes(scope) ? asked : [scope, ...asked];
    const renewed: TokenSlot = { promise: requestToken(registry, bearer, scopes), renewed: true };
    tokens.set(key, renewed);
    const token = await renewed.promise;
    return token.header !== used ? token.header : undefined;
  }

  return {
    async authorization(registry, scope) {
      const challenge = await challengeOf(registry);
      if (challenge.kind === 'bearer') return tokenHeader(registry, challenge.bearer, scope);
      if (challenge.kind === 'none') return undefined;
      const credentials = credentialsFor(registry);
      return credentials !== undefined && !isIdentityToken(credentials)
        ? basicHeader(credentials.username, credentials.password)
        : undefined;
    },

    async renew(registry, scope, response, used) {
      const found = parseAuthChallenges(response.headers['www-authenticate']);
      const bearer = bearerChallengeOf(found);
      if (bearer !== undefined) {
        challenges.set(registry, Promise.resolve({ kind: 'bearer', bearer }));
        return renewBearer(registry, scope, bearer, used);
      }
      const credentials = credentialsFor(registry);
      if (!offersBasic(found) || used !== undefined || credentials === undefined) return undefined;
      if (isIdentityToken(credentials)) return undefined;
      challenges.set(registry, Promise.resolve({ kind: 'basic' }));
      return basicHeader(credentials.username, credentials.password);
    },

    describe,
  };
}
