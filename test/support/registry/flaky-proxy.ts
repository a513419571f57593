/**
 * A loopback HTTP proxy in front of a registry that fails a share of requests on a seeded,
 * repeatable pattern: it resets the connection, answers 503 or 429, or stalls (never answers);
 * or it forwards and corrupts the answer: a body cut short, a wrong `Docker-Content-Digest`, a
 * body whose bytes no longer hash to the digest; or it answers 400 with a body that echoes the
 * request's `Authorization` header (as some registries and proxies do). No request path fails
 * more than `maxConsecutiveFaults` times in a row, so a client with that many retries must
 * always get through — and must get the right answer, or say what it could not check.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | 'reset'
  | '503'
  | '429'
  | 'stall'
  | 'truncate' // forward, then close after half the body (Content-Length kept)
  | 'wrong-digest' // forward with another Docker-Content-Digest header
  | 'tamper' // forward with one byte of the body changed (headers kept)
  | 'echo-auth'; // 400 whose error body repeats the Authorization header

const FAULTS: readonly Fault[] = [
  'reset',
  '503',
  '429',
  'stall',
  'truncate',
  'wrong-digest',
  'tamper',
  'echo-auth',
];
const OTHER_DIGEST = `sha256:${'0'.repeat(64)}`;

export interface FlakyProxyOptions {
  /** `host:port` of the registry behind the proxy. */
  target: string;
  seed: number;
  /** Share of requests that fail, 0 to 1. */
  faultRate: number;
  /** Faults to draw from, evenly (default reset and 503). */
  faults?: readonly Fault[];
  /** Per `METHOD path`, at most this many failures in a row (default 2). */
  maxConsecutiveFaults?: number;
  /** `Retry-After` seconds on 429 answers (default 0). */
  retryAfterSeconds?: number;
  /** Only requests whose path matches are subject to faults (default all). */
  paths?: RegExp;
}

export interface FlakyProxyStats {
  /** TCP connections clients opened to the proxy (keep-alive keeps this low). */
  connections: number;
  forwarded: number;
  faults: Record<Fault, number>;
  /** `METHOD path` of every request, in arrival order, with what happened to it. */
  log: Array<{ request: string; outcome: Fault | 'forwarded'; at: number }>;
}

export interface FlakyProxy {
  host: string;
  port: number;
  stats(): FlakyProxyStats;
  stop(): Promise<void>;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFlakyProxy(options: FlakyProxyOptions): Promise<FlakyProxy> {
  const random = seededRandom(options.seed);
  const faults = options.faults ?? ['reset', '503'];
  const maxConsecutive = options.maxConsecutiveFaults ?? 2;
  const streaks = new Map<string, number>();
  const stats: FlakyProxyStats = {
    connections: 0,
    forwarded: 0,
    faults: Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>,
    log: [],
  };
  const [targetHost = '127.0.0.1', targetPort = '80'] = options.target.split(':');
  const upstream = new http.Agent({ keepAlive: true });
  const sockets = new Set<Socket>();

  function choose(key: string, path: string): Fault | undefined {
    const roll = random();
    const pick = random();
    if (options.paths && !options.paths.test(path)) return undefined;
    const streak = streaks.get(key) ?? 0;
    if (roll >= options.faultRate || streak >= maxConsecutive) {
      streaks.set(key, 0);
      return undefined;
    }
    streaks.set(key, streak + 1);
    return faults[Math.floor(pick * faults.length)];
  }

  /** The upstream answer as the fault corrupts it. */
  function corrupt(
    fault: Fault,
    headers: http.IncomingHttpHeaders,
    body: Buffer,
    res: http.ServerResponse,
    status: number,
  ): void {
    if (fault === 'wrong-digest' && headers['docker-content-digest'])
      headers = { ...headers, 'docker-content-digest': OTHER_DIGEST };
    if (fault === 'tamper' && body.length > 0) {
      body = Buffer.from(body);
      const at = body.length >> 1;
      body[at] = (body[at] as number) ^ 0x20;
    }
    res.writeHead(status, headers);
    if (fault === 'truncate' && body.length > 1) {
      res.write(body.subarray(0, body.length >> 1));
      setImmediate(() => res.socket?.destroy());
      return;
    }
    res.end(body);
  }

  function forward(req: http.IncomingMessage, res: http.ServerResponse, fault?: Fault): void {
    const proxied = http.request(
      {
        host: targetHost,
        port: Number(targetPort),
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent: upstream,
      },
      (answer) => {
        if (fault === undefined) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          corrupt(
            fault,
            { ...answer.headers },
            Buffer.concat(chunks),
            res,
            answer.statusCode ?? 502,
          ),
        );
      },
    );
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  }

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const key = `${req.method} ${path}`;
    // A server can only echo credentials it was sent: without any, answer as the registry does.
    const drawn = choose(key, path);
    const fault = drawn === 'echo-auth' && !req.headers.authorization ? undefined : drawn;
    stats.log.push({ request: key, outcome: fault ?? 'forwarded', at: Date.now() });
    if (fault === undefined) {
      stats.forwarded++;
      return forward(req, res);
    }
    stats.faults[fault]++;
    if (fault === 'reset') return req.socket.destroy();
    if (fault === 'stall') return; // hold the connection until the client gives up
    if (fault === 'truncate' || fault === 'wrong-digest' || fault === 'tamper')
      return forward(req, res, fault);
    if (fault === 'echo-auth') {
      res.writeHead(400, { 'content-type': 'application/json' });
      const echoed = `bad request; you sent Authorization: ${req.headers.authorization ?? ''}`;
      return res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: echoed }] }));
    }
    const body = JSON.stringify({
      errors: [{ code: 'UNAVAILABLE', message: `flaky proxy: ${fault}` }],
    });
    res.writeHead(Number(fault), {
      'content-type': 'application/json',
      ...(fault === '429' ? { 'retry-after': String(options.retryAfterSeconds ?? 0) } : {}),
    });
    res.end(body);
  });
  server.on('connection', (socket) => {
    stats.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    port,
    stats: () => structuredClone(stats),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        upstream.destroy();
        server.close(() => resolve());
      }),
  };
}
