/**
 * The `fetch` Octokit is given for GitHub: an HTTP exchange over the core's node:http/https
 * transport (keep-alive agents, a deadline, the body read whole), answered as the few parts of
 * a fetch Response that @octokit/request reads (status, url, headers, text, arrayBuffer, json).
 *
 * Why not Node's global fetch: its first call loads Node's bundled undici, which costs a run
 * about 30 to 45 ms before its first request (measured on Node 24: first request at 83 ms
 * after spawn with fetch, 53 ms with node:https loaded), about as much as the whole start-up
 * of the other actions. Why not a package: node-fetch and the like bring their own stream and
 * Blob machinery for what is, here, one buffered exchange.
 *
 * Like fetch: redirects are followed (at most 20; 303, and 301/302 after a POST, become a GET
 * without body; `authorization` is dropped when the redirect leaves the origin), a failure with
 * no HTTP answer rejects with a TypeError whose cause names it; gzip is asked for (unless the
 * caller sets accept-encoding) and undone, so a large tree crosses the network compressed.
 * Unlike fetch: no AbortSignal (refused, none of our calls passes one), no streaming body.
 */
import {
  createNodeTransport,
  type HttpRequest,
  type HttpTransport,
} from '@gitops-promote/core/registry';

type HttpMethod = HttpRequest['method'];

/** The most redirects fetch follows. */
const MAX_REDIRECTS = 20;
/** An answer larger than this fails: far above any tree, blob or query GitHub answers. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** The deadline of one exchange (undici's own header and body timeouts are 300 s each). */
const TIMEOUT_MS = 300_000;

/** What @octokit/request passes to fetch. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  redirect?: 'follow' | 'error' | 'manual';
  signal?: unknown;
  duplex?: string;
}

/** The headers of an answer: iterable as [name, value] and readable by name, as fetch's. */
export class AnswerHeaders implements Iterable<[string, string]> {
  private readonly byName: Map<string, string>;
  constructor(headers: Readonly<Record<string, string>>) {
    this.byName = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  }
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return this.byName.entries();
  }
}

/** The parts of a fetch Response that @octokit/request reads. */
export interface FetchAnswer {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  redirected: boolean;
  headers: AnswerHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type GitHubFetch = (url: string | URL, init?: FetchInit) => Promise<FetchAnswer>;

const METHODS = new Set<string>(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

function methodOf(init: FetchInit): HttpMethod {
  const method = (init.method ?? 'GET').toUpperCase();
  if (!METHODS.has(method))
    throw new TypeError(`GitHub fetch: method '${method}' is not supported`);
  return method as HttpMethod;
}

function bodyOf(body: unknown): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('GitHub fetch: the body must be a string or bytes (no stream or form)');
}

/** Where a redirect goes, and with which method, body and headers (as fetch's spec says). */
function followed(
  from: URL,
  status: number,
  location: string,
  request: { method: HttpMethod; body?: string | Buffer; headers: Record<string, string> },
) {
  const url = new URL(location, from);
  const toGet = status === 303 || ((status === 301 || status === 302) && request.method === 'POST');
  const headers = { ...request.headers };
  if (url.origin !== from.origin) delete headers.authorization;
  if (toGet) {
    delete headers['content-type'];
    delete headers['content-length'];
  }
  const method: HttpMethod = toGet && request.method !== 'HEAD' ? 'GET' : request.method;
  return { url, method, headers, body: toGet ? undefined : request.body };
}

/**
 * The body and headers as the caller sees them: a gzip body inflated (zlib is loaded only
 * then), its content-encoding and content-length dropped as fetch does.
 */
async function decoded(headers: Readonly<Record<string, string>>, body: Buffer) {
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== 'gzip' && encoding !== 'x-gzip') return { headers, body };
  const { gunzipSync } = await import('node:zlib');
  let inflated: Buffer;
  try {
    inflated = gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES });
  } catch (error) {
    throw new TypeError('fetch failed', { cause: error });
  }
  const rest = Object.fromEntries(
    Object.entries(headers).filter(([k]) => k !== 'content-encoding' && k !== 'content-length'),
  );
  return { headers: rest, body: inflated };
}

function answerOf(
  status: number,
  url: URL,
  headers: Readonly<Record<string, string>>,
  body: Buffer,
  redirected: boolean,
): FetchAnswer {
  const text = async () => body.toString('utf8');
  return {
    status,
    statusText: '',
    ok: status >= 200 && status < 300,
    url: url.href,
    redirected,
    headers: new AnswerHeaders(headers),
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () =>
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetch for Octokit over `transport` (default: a keep-alive node:http/https transport). */
export function createGitHubFetch(transport: HttpTransport = createNodeTransport()): GitHubFetch {
  return async (input, init = {}) => {
    if (init.signal) throw new TypeError('GitHub fetch: an AbortSignal is not supported');
    const headers = Object.fromEntries(
      Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    headers['accept-encoding'] ??= 'gzip';
    let request = {
      url: new URL(String(input)),
      method: methodOf(init),
      headers,
      body: bodyOf(init.body),
    };
    for (let redirects = 0; ; redirects++) {
      const { url, method, body } = request;
      let answer;
      try {
        answer = await transport.request({
          url: url.href,
          method,
          headers: request.headers,
          ...(body === undefined ? {} : { body }),
          timeoutMs: TIMEOUT_MS,
          maxBodyBytes: MAX_BODY_BYTES,
        });
      } catch (error) {
        throw new TypeError('fetch failed', { cause: error });
      }
      const location = answer.headers.location;
      if (!REDIRECTS.has(answer.status) || location === undefined || init.redirect === 'manual') {
        const plain = await decoded(answer.headers, answer.body);
        return answerOf(answer.status, url, plain.headers, plain.body, redirects > 0);
      }
      if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
        throw new TypeError('fetch failed', {
          cause: new Error(`redirect ${answer.status} to ${location} not followed`),
        });
      request = followed(url, answer.status, location, request);
    }
  };
}
