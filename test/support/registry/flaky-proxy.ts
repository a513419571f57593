/**
 * A loopback HTTP proxy in front of a registry that fails a share of requests on a seeded,
 * repeatable pattern: it resets the connection, answers 503 or 429, or stalls (never answers).
 * No request path fails more than `maxConsecutiveFaults` times in a row, so a client with that
 * many retries must always get through — and must get the right answer.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'reset' | '503' | '429' | 'stall';

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
    faults: { reset: 0, '503': 0, '429': 0, stall: 0 },
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

  function forward(req: http.IncomingMessage, res: http.ServerResponse): void {
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
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  }

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const key = `${req.method} ${path}`;
    const fault = choose(key, path);
    stats.log.push({ request: key, outcome: fault ?? 'forwarded', at: Date.now() });
    if (fault === undefined) {
      stats.forwarded++;
      return forward(req, res);
    }
    stats.faults[fault]++;
    if (fault === 'reset') return req.socket.destroy();
    if (fault === 'stall') return; // hold the connection until the client gives up
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
