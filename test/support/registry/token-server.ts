/**
 * A token service for distribution's `auth.token` mode, on loopback: Basic (or anonymous) GET
 * and OAuth2 POST (`password` and `refresh_token` grants), JWTs signed with an EC P-256 key
 * whose self-signed certificate is both the registry's `rootcertbundle` and the token's `x5c`
 * (distribution 2.8 verifies the chain in `x5c` against that bundle, then the ES256 signature).
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface TokenServerOptions {
  /** Temp folder for the key and certificate. */
  directory: string;
  service: string;
  issuer: string;
  /** username → password; a user may pull and push every repository. */
  users: Record<string, string>;
  /** Repositories anyone may pull without credentials. */
  publicRepositories?: readonly string[];
  /** refresh token → username, for the OAuth2 `refresh_token` grant (Docker's identity token). */
  refreshTokens?: Record<string, string>;
  /** Which field(s) of the GET answer carry the token (default both). */
  tokenField?: 'token' | 'access_token' | 'both';
  expiresInSeconds?: number;
}

export interface TokenRequestRecord {
  method: string;
  account?: string;
  grant?: string;
  scopes: string[];
  status: number;
}

export interface TokenServer extends TokenServerFields {
  /** Every token issued, so that a test can scan what a run produced for them. */
  issued: string[];
}

interface TokenServerFields {
  realm: string;
  service: string;
  issuer: string;
  certificatePath: string;
  /** Which field(s) of a GET answer carry the token; may be changed between requests. */
  tokenField: 'token' | 'access_token' | 'both';
  /** Every request the service answered, in order. */
  requests: TokenRequestRecord[];
  /** A token granting `actions` on `repository` to `subject`, minted without a request. */
  mint(subject: string, repository: string, actions: readonly string[]): string;
  stop(): Promise<void>;
}

interface Access {
  type: string;
  name: string;
  actions: string[];
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** `repository:name:pull,push` → access request; names may not contain ":" here. */
function parseScope(scope: string): Access | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last === first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter((a) => a !== ''),
  };
}

function makeKey(directory: string): { key: KeyObject; certificatePath: string; x5c: string } {
  const keyPath = join(directory, 'token-key.pem');
  const certificatePath = join(directory, 'token-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certificatePath,
      '-days',
      '2',
      '-subj',
      '/CN=gitops-promote-test-token-issuer',
    ],
    { stdio: 'ignore' },
  );
  const pem = readFileSync(certificatePath, 'utf8');
  return {
    key: createPrivateKey(readFileSync(keyPath)),
    certificatePath,
    x5c: new X509Certificate(pem).raw.toString('base64'),
  };
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const { key, certificatePath, x5c } = makeKey(options.directory);
  const publicRepositories = new Set(options.publicRepositories ?? []);
  const refreshTokens = options.refreshTokens ?? {};
  const expiresIn = options.expiresInSeconds ?? 300;
  const requests: TokenRequestRecord[] = [];
  const issued: string[] = [];

  function mintAccess(subject: string, access: Access[]): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [x5c] };
    const claims = {
      iss: options.issuer,
      sub: subject,
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
    return `${input}.${base64url(signature)}`;
  }

  /** What `user` (undefined: anonymous) may do of what the scopes ask. */
  function grant(user: string | undefined, scopes: string[]): Access[] {
    return scopes.flatMap((scope) => {
      const asked = parseScope(scope);
      if (asked === undefined || asked.type !== 'repository') return [];
      const allowed =
        user !== undefined ? asked.actions : publicRepositories.has(asked.name) ? ['pull'] : [];
      const actions = asked.actions.filter((a) => allowed.includes(a));
      return [{ type: asked.type, name: asked.name, actions }];
    });
  }

  function userOfBasic(header: string | undefined): string | undefined | null {
    if (header === undefined) return undefined;
    const match = /^Basic\s+(.+)$/i.exec(header);
    if (!match) return null;
    const text = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
    const colon = text.indexOf(':');
    const user = text.slice(0, colon);
    return colon > 0 && options.users[user] === text.slice(colon + 1) ? user : null;
  }

  async function readBody(req: http.IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function answer(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  const denied = { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://token.test');
      if (url.pathname !== '/token') return answer(res, 404, { errors: [{ code: 'NOT_FOUND' }] });
      if (req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        const grantType = form.get('grant_type') ?? '';
        const scopes = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
        let user: string | undefined;
        if (grantType === 'refresh_token') user = refreshTokens[form.get('refresh_token') ?? ''];
        if (grantType === 'password') {
          const name = form.get('username') ?? '';
          user = options.users[name] === form.get('password') ? name : undefined;
        }
        const status = user === undefined || form.get('service') !== options.service ? 401 : 200;
        requests.push({
          method: 'POST',
          grant: grantType,
          scopes,
          status,
          ...(user ? { account: user } : {}),
        });
        if (status !== 200) return answer(res, 401, denied);
        const access = mintAccess(user as string, grant(user, scopes));
        issued.push(access);
        return answer(res, 200, {
          access_token: access,
          expires_in: expiresIn,
          scope: scopes.join(' '),
        });
      }
      const scopes = url.searchParams.getAll('scope');
      const user = userOfBasic(req.headers.authorization);
      const status =
        user === null || url.searchParams.get('service') !== options.service ? 401 : 200;
      requests.push({ method: 'GET', scopes, status, ...(user ? { account: user } : {}) });
      if (status !== 200) return answer(res, 401, denied);
      const token = mintAccess(user ?? '', grant(user ?? undefined, scopes));
      issued.push(token);
      const field = handle.tokenField;
      return answer(res, 200, {
        ...(field === 'access_token' ? {} : { token }),
        ...(field === 'token' ? {} : { access_token: token }),
        expires_in: expiresIn,
        issued_at: new Date().toISOString(),
      });
    })().catch((error: unknown) =>
      answer(res, 500, { errors: [{ code: 'INTERNAL', message: String(error) }] }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: TokenServer = {
    tokenField: options.tokenField ?? 'both',
    realm: `http://127.0.0.1:${port}/token`,
    service: options.service,
    issuer: options.issuer,
    certificatePath,
    requests,
    issued,
    mint: (subject, repository, actions) =>
      mintAccess(subject, [{ type: 'repository', name: repository, actions: [...actions] }]),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}
