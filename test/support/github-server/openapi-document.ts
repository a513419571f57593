/**
 * GitHub's OpenAPI description (api.github.com), read once per process and kept.
 */
import { readFileSync } from 'node:fs';
import { findPackageFile } from './package-files.js';

/** A JSON object as it stands in the description. */
export type JsonObject = { [key: string]: unknown };

export interface OpenApiReference {
  $ref: string;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  'x-multi-segment'?: boolean;
}

export interface OpenApiMediaType {
  schema?: JsonObject;
}

export interface OpenApiResponse {
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  operationId: string;
  summary?: string;
  parameters?: (OpenApiParameter | OpenApiReference)[];
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponse | OpenApiReference>;
  externalDocs?: { url: string };
  tags?: string[];
}

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options';

export type OpenApiPathItem = Partial<Record<HttpMethod, OpenApiOperation>> & {
  parameters?: (OpenApiParameter | OpenApiReference)[];
};

export interface OpenApiDocument {
  info: { version: string };
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters: Record<string, OpenApiParameter>;
    responses: Record<string, OpenApiResponse>;
  };
}

/** How long reading and parsing the description took, in milliseconds. */
export interface OpenApiLoadStats {
  path: string;
  bytes: number;
  readMs: number;
  parseMs: number;
}

let cached: { document: OpenApiDocument; stats: OpenApiLoadStats } | undefined;

/** The api.github.com description, loaded on first use. */
export function openApiDocument(): OpenApiDocument {
  return loadOnce().document;
}

/** The cost of the one load (it happens on the first call of this or of openApiDocument). */
export function openApiLoadStats(): OpenApiLoadStats {
  return loadOnce().stats;
}

function loadOnce(): { document: OpenApiDocument; stats: OpenApiLoadStats } {
  if (cached) return cached;
  const path = findPackageFile('@octokit/openapi', 'generated/api.github.com.json');
  const started = performance.now();
  const text = readFileSync(path, 'utf8');
  const read = performance.now();
  const document = JSON.parse(text) as OpenApiDocument;
  const parsed = performance.now();
  const stats = { path, bytes: text.length, readMs: read - started, parseMs: parsed - read };
  cached = { document, stats };
  return cached;
}

/** Whether a value is an OpenAPI `$ref` object. */
export function isReference(value: unknown): value is OpenApiReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as OpenApiReference).$ref === 'string'
  );
}

/** Follow a local `$ref` such as `#/components/parameters/owner` (other values pass through). */
export function dereference<T>(document: OpenApiDocument, value: T | OpenApiReference): T {
  let current: unknown = value;
  for (let hops = 0; isReference(current); hops++) {
    if (hops > 20) throw new Error(`Reference cycle at ${current.$ref}`);
    current = resolvePointer(document, current.$ref);
  }
  return current as T;
}

function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are supported: ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) {
      throw new Error(`Dangling reference ${ref}`);
    }
    node = (node as JsonObject)[key];
  }
  return node;
}
