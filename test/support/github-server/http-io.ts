/**
 * Reading requests and writing replies on node:http.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './route-types.js';

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The JSON in a request body; undefined when the body is empty. Throws on malformed JSON. */
export function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
}

export function writeReply(
  response: ServerResponse,
  reply: Reply,
  baseHeaders: Record<string, string>,
): void {
  const headers: Record<string, string> = { ...baseHeaders, ...reply.headers };
  let body: Buffer | string | undefined;
  if (reply.raw) {
    body = reply.raw.body;
    headers['content-type'] = reply.raw.contentType;
  } else if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  response.writeHead(reply.status, headers);
  response.end(body);
}
