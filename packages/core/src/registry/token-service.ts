/**
 * The token half of the Bearer flow: ask the challenge's realm for a token for some scopes,
 * anonymously, with Basic credentials (`GET`), or with an identity token (OAuth2 `POST`,
 * `grant_type=refresh_token`). Accepts `token` or `access_token` in the answer.
 */
import { PromoteError } from '../errors.js';
import type { BearerChallenge } from './auth-challenge.js';
import { isIdentityToken, type RegistryCredentials } from './credentials.js';
import { describeHttpAnswer } from './error-body.js';
import { isInsecureRegistry } from './registry-endpoint.js';
import type { HttpResponse } from './http-transport.js';
import {
  RegistryRequestError,
  type RequestSender,
  type SendFailureReason,
} from './request-sender.js';

export type AuthFailureReason = 'unauthorized' | 'forbidden' | SendFailureReason;

/** The registry's auth handshake failed: the ping, or the token service. */
export class RegistryAuthError extends PromoteError {
  override name = 'RegistryAuthError';
  constructor(
    readonly reason: AuthFailureReason,
    readonly registry: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** A ready Authorization header and when it stops being good. */
export interface Token {
  header: string;
  expiresAt: number;
}

export interface TokenRequest {
  registry: string;
  bearer: BearerChallenge;
  scopes: readonly string[];
  credentials: RegistryCredentials | undefined;
  /** How we authenticate, for the message when the service refuses. */
  authNote: string;
}

export interface TokenServiceContext {
  sender: RequestSender;
  insecureRegistries: readonly string[];
  userAgent: string;
  now: () => number;
}

const DEFAULT_TOKEN_SECONDS = 60;
const MAX_ANSWER_BYTES = 1024 * 1024;

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** The token in a token-service answer, `token` or `access_token`, and its lifetime. */
export function tokenOfAnswer(
  body: Buffer | string,
): { token: string; seconds: number } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString());
  } catch {
    return undefined;
  }
  const fields = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  const { token, access_token: accessToken, expires_in: expiresIn } = fields;
  const value = typeof token === 'string' && token !== '' ? token : accessToken;
  if (typeof value !== 'string' || value === '') return undefined;
  const seconds =
    typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_SECONDS;
  return { token: value, seconds };
}

/** The realm as a URL: HTTPS, or plain HTTP only on a host listed as insecure. */
export function realmUrl(registry: string, realm: string, insecure: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    throw new RegistryAuthError(
      'bad-response',
      registry,
      `${registry} names a token realm that is not a URL: ${realm}`,
    );
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isInsecureRegistry(url.host, insecure)) return url;
  throw new RegistryAuthError(
    'bad-response',
    registry,
    `${registry} names the token realm ${realm}, which is not HTTPS and not an insecure registry`,
  );
}

/** The request to send to the realm: GET with query and Basic, or an OAuth2 refresh POST. */
function realmRequest(
  url: URL,
  request: TokenRequest,
  userAgent: string,
): { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; body?: string } {
  const { bearer, scopes, credentials } = request;
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: 'application/json' };
  if (credentials !== undefined && isIdentityToken(credentials)) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.identityToken,
      client_id: 'gitops-promote',
      scope: scopes.join(' '),
    });
    if (bearer.service) form.set('service', bearer.service);
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return { method: 'POST', url: url.toString(), headers, body: form.toString() };
  }
  if (bearer.service) url.searchParams.set('service', bearer.service);
  for (const scope of scopes) url.searchParams.append('scope', scope);
  if (credentials !== undefined) {
    url.searchParams.set('account', credentials.username);
    headers.authorization = basicHeader(credentials.username, credentials.password);
  }
  return { method: 'GET', url: url.toString(), headers };
}

/** Ask the realm for a token; throws RegistryAuthError when it refuses or answers nonsense. */
export async function fetchToken(
  context: TokenServiceContext,
  request: TokenRequest,
): Promise<Token> {
  const { registry, bearer, scopes } = request;
  const url = realmUrl(registry, bearer.realm, context.insecureRegistries);
  let response: HttpResponse;
  try {
    response = await context.sender.send({
      kind: 'token',
      ...realmRequest(url, request, context.userAgent),
      maxBodyBytes: MAX_ANSWER_BYTES,
    });
  } catch (error) {
    if (!(error instanceof RegistryRequestError)) throw error;
    const detail = `its token service at ${bearer.realm} failed: ${error.message}`;
    throw new RegistryAuthError(error.reason, registry, detail);
  }
  const answer = describeHttpAnswer(response.status, response.body);
  const asked = `${bearer.realm} for ${scopes.join(' ')}`;
  if (response.status === 401 || response.status === 403)
    throw new RegistryAuthError(
      response.status === 401 ? 'unauthorized' : 'forbidden',
      registry,
      `the token service refused a token at ${asked}: ${answer}; ${request.authNote}`,
    );
  const token = response.status === 200 ? tokenOfAnswer(response.body) : undefined;
  if (token === undefined)
    throw new RegistryAuthError(
      'bad-response',
      registry,
      `the token service gave no token at ${asked}: ${answer}`,
    );
  return { header: `Bearer ${token.token}`, expiresAt: context.now() + token.seconds * 1000 };
}
