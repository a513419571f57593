/**
 * What the server records for tests: every request it answered, and every contract violation.
 */
export interface RecordedRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  query: string;
  status: number;
  /** The OpenAPI operationId, or `graphql <query|mutation> <fields>`; undefined for unknown routes. */
  operation: string | undefined;
  /** Whether an injected fault answered it. */
  fault: boolean;
  /** When its headers arrived: Unix epoch in ms, with a fraction (performance.timeOrigin + now). */
  receivedAt: number;
  /** When its answer was written, on the same clock. */
  answeredAt: number;
}

export type ViolationKind =
  | 'unknown-route'
  | 'invalid-request'
  | 'invalid-response'
  | 'unimplemented'
  | 'unauthorized'
  | 'graphql'
  | 'server-error';

/** A request GitHub would reject, or an answer that breaks GitHub's description. */
export interface ContractViolation {
  kind: ViolationKind;
  method: string;
  path: string;
  operation: string | undefined;
  /** The status the server answered with. */
  status: number;
  message: string;
  details: string[];
}

/** Which requests to count: every given field must match. */
export interface RequestFilter {
  method?: string;
  /** The exact path, or a pattern for it (to match a route whatever its values, use `operation`). */
  path?: string | RegExp;
  operation?: string;
  status?: number;
  fault?: boolean;
}

export function matchesFilter(request: RecordedRequest, filter: RequestFilter = {}): boolean {
  if (filter.method !== undefined && filter.method.toUpperCase() !== request.method) return false;
  if (filter.operation !== undefined && filter.operation !== request.operation) return false;
  if (filter.status !== undefined && filter.status !== request.status) return false;
  if (filter.fault !== undefined && filter.fault !== request.fault) return false;
  if (filter.path instanceof RegExp) return filter.path.test(request.path);
  return filter.path === undefined || filter.path === request.path;
}
