/**
 * What a route handler receives and returns.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RepoModel } from './repo-model.js';

export interface RouteRequest {
  operationId: string;
  /** Path parameters, percent-decoded and validated. */
  params: Record<string, string>;
  /** Query parameters, validated and coerced to their schema types. */
  query: Record<string, unknown>;
  /** The JSON body, validated against the operation's schema (undefined when none). */
  body: unknown;
  headers: IncomingHttpHeaders;
}

export interface Reply {
  status: number;
  /** A JSON body (validated against the operation's response schema). */
  json?: unknown;
  /** A body that is not JSON (raw file contents, a zip); not validated. */
  raw?: { body: Buffer | string; contentType: string };
  headers?: Record<string, string>;
}

export type RouteHandler = (request: RouteRequest, model: RepoModel) => Promise<Reply>;

/** Handlers by OpenAPI operationId. */
export type RouteHandlers = Record<string, RouteHandler>;

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, json: body, headers } : { status, json: body };
}

/** A string query parameter, or undefined. */
export function queryString(request: RouteRequest, name: string): string | undefined {
  const value = request.query[name];
  return typeof value === 'string' ? value : undefined;
}

/** An integer path parameter (the validator has already checked it). */
export function intParam(request: RouteRequest, name: string): number {
  return Number(request.params[name]);
}

/** One page of `items` by `per_page` and `page`, with GitHub's `Link` header. */
export function paginate<T>(
  request: RouteRequest,
  items: readonly T[],
  url: string,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(request.query.per_page ?? 30) || 30, 100);
  const page = Math.max(Number(request.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    for (const [key, value] of Object.entries(request.query))
      target.searchParams.set(key, String(value));
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
  ];
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
