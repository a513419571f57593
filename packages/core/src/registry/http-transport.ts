/**
 * The one door to the network: an HTTP exchange with the whole body read into memory, a
 * deadline, and keep-alive connections (`node:http`/`node:https` agents, no dependencies).
 * Node's `fetch` closes its socket after a HEAD; these agents keep sockets for reuse.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { PromoteError } from '../errors.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string | Buffer;
  /** Deadline for the whole exchange: connect, headers and body. */
  timeoutMs: number;
  /** A larger body fails the request. */
  maxBodyBytes: number;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
}

export interface HttpTransport {
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Close idle connections; the transport must not be used afterwards. */
  close(): void;
}

/** A failed exchange that produced no HTTP answer. `code` is Node's (`ECONNRESET` …) or ours. */
export class TransportError extends PromoteError {
  override name = 'TransportError';
  constructor(
    readonly code: string,
    readonly url: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** Codes worth another attempt: the peer went away, or was slow, or is briefly not listening. */
const RETRIABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Whether a transport failure may go away on retry. */
export function isRetriableTransportError(error: TransportError): boolean {
  return RETRIABLE_CODES.has(error.code);
}

export interface NodeTransportOptions {
  /** Sockets per host (default 16). */
  maxSockets?: number;
  /** An extra CA certificate (PEM), trusted beside Node's roots, for a private registry. */
  ca?: string;
  /**
   * Called each time a request has been handed whole to its connection (its `finish`): a
   * caller can do other work while the answer is on its way.
   */
  onWritten?: () => void;
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

function transportErrorOf(error: unknown, url: string): TransportError {
  if (error instanceof TransportError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return new TransportError(typeof code === 'string' ? code : 'ERROR', url, message);
}

/** Perform one exchange on the given agent. */
function exchange(
  agent: http.Agent,
  request: HttpRequest,
  onWritten: (() => void) | undefined,
): Promise<HttpResponse> {
  const { url, method, headers, body, timeoutMs, maxBodyBytes } = request;
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(transportErrorOf(error, url));
    };
    // Node frames a body of GET, DELETE… only with a length: say it for every method.
    const framed =
      body === undefined || Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')
        ? headers
        : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = client.request(url, { method, headers: framed, agent }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBodyBytes)
          fail(
            new TransportError(
              'EBODYTOOLARGE',
              url,
              `the answer is larger than ${maxBodyBytes} bytes`,
            ),
          );
        else chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('aborted', () =>
        fail(new TransportError('ECONNRESET', url, 'the connection closed mid-answer')),
      );
      res.on('end', () => {
        if (settled) return;
        if (!res.complete)
          return fail(new TransportError('ECONNRESET', url, 'the answer was cut short'));
        settled = true;
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: flattenHeaders(res.headers),
          body: Buffer.concat(chunks),
        });
      });
    });
    const timer = setTimeout(
      () => fail(new TransportError('TIMEOUT', url, `no complete answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.on('error', fail);
    if (onWritten) req.once('finish', onWritten);
    req.end(body);
  });
}

/** A transport over `node:http`/`node:https` with keep-alive agents. */
export function createNodeTransport(options: NodeTransportOptions = {}): HttpTransport {
  const maxSockets = options.maxSockets ?? 16;
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets, scheduling: 'lifo' });
  const httpsAgent = new https.Agent({
    keepAlive: true,
    maxSockets,
    scheduling: 'lifo',
    ...(options.ca === undefined ? {} : { ca: [...tls.rootCertificates, options.ca] }),
  });
  return {
    request: (request) =>
      exchange(
        request.url.startsWith('https:') ? httpsAgent : httpAgent,
        request,
        options.onWritten,
      ),
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
