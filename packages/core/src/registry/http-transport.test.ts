/**
 * The node transport's `onWritten`: called once a request is handed whole to its connection,
 * before (and whether or not) an answer comes. Against a real HTTP server on loopback.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { createNodeTransport, type HttpRequest } from './http-transport.js';

let server: Server | undefined;

afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((resolve) => open.close(resolve));
});

/** A server that hands each request, body read, to `answer`; its base URL. */
async function serve(
  answer: (request: IncomingMessage, body: string, response: ServerResponse) => void,
): Promise<string> {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => answer(request, body, response));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function post(url: string, body: string, timeoutMs = 5_000): HttpRequest {
  return { url, method: 'POST', headers: {}, body, timeoutMs, maxBodyBytes: 1 << 20 };
}

describe('createNodeTransport onWritten', () => {
  test('is called once per request, after it is written and before its answer is read', async () => {
    const events: string[] = [];
    const url = await serve((_, body, response) => {
      events.push(`server got ${body}`);
      response.end('ok');
    });
    const transport = createNodeTransport({ onWritten: () => events.push('written') });
    try {
      const first = await transport.request(post(`${url}/a`, 'one'));
      events.push(`answer ${first.body.toString()}`);
      await transport.request(post(`${url}/b`, 'two'));
    } finally {
      transport.close();
    }
    expect(events.filter((e) => e === 'written')).toHaveLength(2);
    expect(events.slice(0, 3)).toEqual(['written', 'server got one', 'answer ok']);
  });

  test('is called for a request whose answer never comes (the timeout fails it after)', async () => {
    let written = 0;
    const url = await serve(() => undefined);
    const transport = createNodeTransport({ onWritten: () => (written += 1) });
    try {
      await expect(transport.request(post(`${url}/silent`, 'x', 300))).rejects.toMatchObject({
        code: 'TIMEOUT',
      });
    } finally {
      transport.close();
    }
    expect(written).toBe(1);
  });

  test('is not called for a request that never reached a connection', async () => {
    let written = 0;
    const transport = createNodeTransport({ onWritten: () => (written += 1) });
    // Port 1 on loopback: nothing listens, the connection is refused.
    await expect(transport.request(post('http://127.0.0.1:1/', 'x'))).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    transport.close();
    expect(written).toBe(0);
  });
});
