import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGitHubFetch } from './github-fetch.js';

/** What a real HTTP server on loopback received: method, path, headers, body. */
interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

let server: Server;
let other: Server;
let base = '';
let otherBase = '';
const received: Received[] = [];

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

/** `/status/<n>?to=<url>` redirects with status n; `/json` answers JSON; `/echo` echoes. */
function listen(record: boolean): Promise<Server> {
  const s = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (record)
        received.push({
          method: request.method ?? '',
          path: url.pathname,
          authorization: request.headers.authorization,
          contentType: request.headers['content-type'],
          body,
        });
      if (url.pathname === '/gzip' || url.pathname === '/bad-gzip') {
        const asked = String(request.headers['accept-encoding'] ?? '');
        const json = JSON.stringify({ asked, tree: 'x'.repeat(10_000) });
        const gzip = asked.includes('gzip');
        const sent = !gzip
          ? Buffer.from(json)
          : url.pathname === '/gzip'
            ? gzipSync(json)
            : Buffer.from('not gzip at all');
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(sent.length),
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        });
        response.end(sent);
        return;
      }
      const status = /^\/status\/(\d+)$/.exec(url.pathname)?.[1];
      if (status) {
        response.writeHead(Number(status), { location: url.searchParams.get('to') ?? '/json' });
        response.end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-ratelimit-remaining': '42',
      });
      response.end(JSON.stringify({ path: url.pathname, method: request.method, body }));
    });
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  server = await listen(true);
  other = await listen(true);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  otherBase = `http://localhost:${(other.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  other.close();
});

const fetch = createGitHubFetch();
const auth = { authorization: 'token secret', 'content-type': 'application/json' };

describe('createGitHubFetch', () => {
  test('answers status, url, headers (iterable and by name) and the body as text and JSON', async () => {
    const answer = await fetch(`${base}/json`, { method: 'POST', headers: auth, body: '{"a":1}' });
    expect(answer.status).toBe(200);
    expect(answer.ok).toBe(true);
    expect(answer.url).toBe(`${base}/json`);
    expect(answer.headers.get('X-RateLimit-Remaining')).toBe('42');
    expect(Object.fromEntries(answer.headers)).toMatchObject({ 'x-ratelimit-remaining': '42' });
    expect(await answer.json()).toEqual({ path: '/json', method: 'POST', body: '{"a":1}' });
    expect(received.at(-1)).toMatchObject({ authorization: 'token secret', body: '{"a":1}' });
  });

  test.each([
    ['303 after a PUT', 303, 'PUT', 'GET', ''],
    ['302 after a POST', 302, 'POST', 'GET', ''],
    ['301 after a PATCH', 301, 'PATCH', 'PATCH', '{"b":2}'],
    ['307 after a POST', 307, 'POST', 'POST', '{"b":2}'],
    ['308 after a DELETE', 308, 'DELETE', 'DELETE', '{"b":2}'],
  ])('follows a %s as fetch does', async (_, status, method, then, body) => {
    const answer = await fetch(`${base}/status/${status}?to=/json`, {
      method,
      headers: auth,
      body: '{"b":2}',
    });
    expect(answer.redirected).toBe(true);
    expect(answer.url).toBe(`${base}/json`);
    expect(await answer.json()).toEqual({ path: '/json', method: then, body });
  });

  test('drops authorization on a redirect to another origin, keeps it on the same', async () => {
    received.length = 0;
    const to = encodeURIComponent(`${otherBase}/json`);
    await fetch(`${base}/status/302?to=${to}`, { headers: auth });
    await fetch(`${base}/status/302?to=/json`, { headers: auth });
    expect(received.map((r) => [r.path, r.authorization])).toEqual([
      ['/status/302', 'token secret'],
      ['/json', undefined],
      ['/status/302', 'token secret'],
      ['/json', 'token secret'],
    ]);
  });

  test('answers a redirect itself with redirect: manual, and refuses one with redirect: error', async () => {
    const manual = await fetch(`${base}/status/302`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([302, '/json']);
    await expect(fetch(`${base}/status/302`, { redirect: 'error' })).rejects.toThrow(TypeError);
  });

  test('a refused connection rejects with a TypeError whose cause names it, as fetch does', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await fetch(`http://127.0.0.1:${port}/`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(String((failure as TypeError).cause)).toMatch(/ECONNREFUSED/);
  });

  test.each([
    ['a stream body', { body: new ReadableStream() }, /string or bytes/],
    ['an AbortSignal', { signal: new AbortController().signal }, /AbortSignal/],
    ['a method fetch would send but GitHub has no use for', { method: 'TRACE' }, /TRACE/],
  ])('refuses %s with a clear TypeError', async (_, init, message) => {
    await expect(fetch(`${base}/json`, init)).rejects.toThrow(message);
  });

  test('asks for gzip and answers the inflated body, without content-encoding or its length', async () => {
    const answer = await createGitHubFetch()(`${base}/gzip`);
    const body = (await answer.json()) as { asked: string; tree: string };
    expect(body.asked).toBe('gzip');
    expect(body.tree).toHaveLength(10_000);
    expect(answer.headers.get('content-encoding')).toBeNull();
    expect(answer.headers.get('content-length')).toBeNull();
    expect(answer.headers.get('content-type')).toBe('application/json');
  });

  test("keeps a caller's accept-encoding, and rejects a body that is not the gzip it claims", async () => {
    const plain = await createGitHubFetch()(`${base}/gzip`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(((await plain.json()) as { asked: string }).asked).toBe('identity');
    await expect(createGitHubFetch()(`${base}/bad-gzip`)).rejects.toThrow(TypeError);
  });

  test('sends bytes as they are', async () => {
    const answer = await fetch(`${base}/json`, {
      method: 'PUT',
      body: new TextEncoder().encode('é'),
    });
    expect(await answer.json()).toMatchObject({ body: 'é' });
  });
});
