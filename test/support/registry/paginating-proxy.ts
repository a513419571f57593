/**
 * A loopback proxy in front of a real registry that paginates tags lists the way the
 * distribution spec allows (distribution 2.8 itself returns every tag at once): it asks the
 * registry for the whole list, sorts it, and serves `n` tags after `last` with a
 * `Link: <…>; rel="next"` header while more remain. Every other request passes through.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface PaginatingProxy {
  host: string;
  /** Tags-list pages served so far. */
  pages(): number;
  stop(): Promise<void>;
}

const TAGS_PATH = /^\/v2\/(.+)\/tags\/list$/;

function upstreamJson(target: string, path: string, headers: http.IncomingHttpHeaders) {
  return new Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const [host, port] = target.split(':');
      const req = http.request({ host, port: Number(port), path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 502,
            body: Buffer.concat(chunks),
            headers: res.headers,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/** Start the proxy; `pageSize` is used when the client sends no `n`. */
export async function startPaginatingProxy(options: {
  target: string;
  pageSize: number;
}): Promise<PaginatingProxy> {
  let pages = 0;
  const sockets = new Set<Socket>();

  async function servePage(req: http.IncomingMessage, res: http.ServerResponse, name: string) {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const whole = await upstreamJson(options.target, `/v2/${name}/tags/list`, req.headers);
    if (whole.status !== 200) return res.writeHead(whole.status, whole.headers).end(whole.body);
    const all = (
      (JSON.parse(whole.body.toString()) as { tags: string[] | null }).tags ?? []
    ).sort();
    const n = Number(url.searchParams.get('n') ?? options.pageSize);
    const last = url.searchParams.get('last');
    const start = last === null ? 0 : all.findIndex((t) => t > last);
    const tags = start < 0 ? [] : all.slice(start, start + n);
    const more = start >= 0 && start + n < all.length;
    pages++;
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(more
        ? {
            link: `</v2/${name}/tags/list?n=${n}&last=${encodeURIComponent(tags.at(-1) ?? '')}>; rel="next"`,
          }
        : {}),
    });
    res.end(JSON.stringify({ name, tags }));
  }

  function forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const [host, port] = options.target.split(':');
    const proxied = http.request(
      { host, port: Number(port), method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    const tags = req.method === 'GET' ? TAGS_PATH.exec(path) : null;
    if (tags) void servePage(req, res, tags[1] as string).catch(() => res.destroy());
    else forward(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    pages: () => pages,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
