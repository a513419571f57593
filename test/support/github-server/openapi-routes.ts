/**
 * Matching a request path against the path templates of the OpenAPI description.
 */
import {
  dereference,
  type HttpMethod,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiParameter,
} from './openapi-document.js';

/** One operation of the description, with its parameters resolved. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  template: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
  documentationUrl: string;
}

export interface RouteMatch {
  operation: OperationInfo;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

type Segment = { literal: string } | { param: string; multi: boolean };

interface CompiledRoute {
  segments: Segment[];
  literals: number;
  operations: Map<HttpMethod, OperationInfo>;
}

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** All routes of a description, ready to match request paths. */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(document: OpenApiDocument) {
    this.routes = Object.entries(document.paths).map(([template, item]) => {
      const operations = new Map<HttpMethod, OperationInfo>();
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
          (parameter) => dereference<OpenApiParameter>(document, parameter),
        );
        operations.set(method, {
          operationId: operation.operationId,
          method,
          template,
          operation,
          parameters,
          documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
        });
      }
      const segments = compileTemplate(template, operations);
      const literals = segments.filter((segment) => 'literal' in segment).length;
      return { segments, literals, operations };
    });
  }

  /**
   * The operation for a method and a raw (still percent-encoded) path. `pathKnown` tells a
   * path the description lists under another method from a path it does not list at all.
   */
  match(method: string, rawPath: string): { match?: RouteMatch; pathKnown: boolean } {
    const requestSegments = rawPath.split('/').slice(1);
    let best: { route: CompiledRoute; params: Record<string, string>; score: number } | undefined;
    for (const route of this.routes) {
      if (best && route.literals < best.score) continue;
      const params = matchSegments(route.segments, requestSegments, 0, 0, {});
      if (!params) continue;
      // More literal segments win; a route that only matches with an empty last parameter loses ties.
      const last = route.segments[route.segments.length - 1];
      const score =
        route.literals - (last && 'param' in last && params[last.param] === '' ? 0.5 : 0);
      if (!best || score > best.score) best = { route, params, score };
    }
    if (!best) return { pathKnown: false };
    const operation = best.route.operations.get(method.toLowerCase() as HttpMethod);
    if (!operation) return { pathKnown: true };
    return { match: { operation, params: best.params }, pathKnown: true };
  }
}

function compileTemplate(template: string, operations: Map<HttpMethod, OperationInfo>): Segment[] {
  const multiSegment = new Set<string>();
  for (const info of operations.values()) {
    for (const parameter of info.parameters) {
      if (parameter.in === 'path' && parameter['x-multi-segment']) multiSegment.add(parameter.name);
    }
  }
  return template
    .split('/')
    .slice(1)
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      return param === undefined ? { literal: part } : { param, multi: multiSegment.has(param) };
    });
}

/** Match from the given positions; multi-segment parameters may span several segments. */
function matchSegments(
  template: Segment[],
  path: string[],
  at: number,
  from: number,
  params: Record<string, string>,
): Record<string, string> | undefined {
  const segment = template[at];
  if (segment === undefined) return from === path.length ? params : undefined;
  if (from >= path.length) {
    // GitHub serves `/contents` as `/contents/` (the root): a trailing multi-segment may be empty.
    const trailingMulti = 'param' in segment && segment.multi && at === template.length - 1;
    return trailingMulti ? { ...params, [segment.param]: '' } : undefined;
  }
  if ('literal' in segment) {
    return path[from] === segment.literal
      ? matchSegments(template, path, at + 1, from + 1, params)
      : undefined;
  }
  const lastSpan = segment.multi ? path.length - from : 1;
  for (let span = 1; span <= lastSpan; span++) {
    const raw = path.slice(from, from + span).join('/');
    if (raw === '' && !segment.multi) return undefined;
    const value = safeDecode(raw);
    if (value === undefined) return undefined;
    const matched = matchSegments(template, path, at + 1, from + span, {
      ...params,
      [segment.param]: value,
    });
    if (matched) return matched;
  }
  return undefined;
}

function safeDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
