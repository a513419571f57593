/**
 * The request pipeline: route by the OpenAPI description, inject faults, authenticate,
 * validate the request, run the handler, validate the response, record what happened.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { FaultInjector } from './faults.js';
import { GitHubError, notFound, resourceName } from './github-errors.js';
import { runGraphql } from './graphql.js';
import { parseJsonBody, readBody, writeReply } from './http-io.js';
import type { OpenApiValidator, SchemaProblem } from './openapi-validator.js';
import type { OperationInfo, RouteMatch, RouteTable } from './openapi-routes.js';
import type { RepoModel } from './repo-model.js';
import type { ContractViolation, RecordedRequest, ViolationKind } from './request-log.js';
import { ARTIFACT_BLOB_PREFIX } from './routes-actions.js';
import { json, type Reply, type RouteHandlers, type RouteRequest } from './route-types.js';

const REST_DOCS = 'https://docs.github.com/rest';
const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

export interface HandlerOptions {
  token: string;
  /** Record contract violations (default true). */
  strict: boolean;
}

/** One request on its way through the pipeline. */
interface Exchange {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  requestId: string;
  operation: string | undefined;
  fault: boolean;
}

export class GitHubHttpHandler {
  readonly requests: RecordedRequest[] = [];
  readonly violations: ContractViolation[] = [];
  readonly faults = new FaultInjector();
  private requestCount = 0;

  constructor(
    private readonly model: RepoModel,
    private readonly routes: RouteTable,
    private readonly validator: OpenApiValidator,
    private readonly handlers: RouteHandlers,
    private readonly options: HandlerOptions,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = performance.timeOrigin + performance.now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const exchange: Exchange = {
      method: (request.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      rawBody: Buffer.alloc(0),
      requestId: `0000:${(++this.requestCount).toString(16).toUpperCase().padStart(6, '0')}`,
      operation: undefined,
      fault: false,
    };
    let reply: Reply;
    try {
      exchange.rawBody = await readBody(request);
      reply = await this.answer(exchange);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.violate(exchange, 'server-error', 500, 'The test server failed to answer', [message]);
      reply = json(500, { message: 'Server Error' });
    }
    writeReply(response, reply, this.baseHeaders(exchange));
    this.requests.push({
      method: exchange.method,
      path: exchange.path,
      query: exchange.query.toString(),
      status: reply.status,
      operation: exchange.operation,
      fault: exchange.fault,
      receivedAt,
      answeredAt: performance.timeOrigin + performance.now(),
    });
  }

  private async answer(exchange: Exchange): Promise<Reply> {
    if (exchange.path.startsWith(ARTIFACT_BLOB_PREFIX)) return this.answerArtifactBlob(exchange);
    if (exchange.path === '/graphql') return this.answerGraphql(exchange);
    return this.answerRest(exchange);
  }

  private async answerRest(exchange: Exchange): Promise<Reply> {
    const { match, pathKnown } = this.routes.match(exchange.method, exchange.path);
    exchange.operation = match?.operation.operationId;
    const refused = this.takeFault(exchange) ?? this.checkAuth(exchange, REST_DOCS);
    if (refused) return refused;
    if (!match) return this.unknownRoute(exchange, pathKnown);
    const prepared = this.prepareRequest(exchange, match);
    if ('reply' in prepared) return prepared.reply;
    const reply = await this.runHandler(exchange, match.operation, prepared.request);
    this.checkResponse(exchange, match.operation, reply);
    return reply;
  }

  private unknownRoute(exchange: Exchange, pathKnown: boolean): Reply {
    const message = pathKnown
      ? `GitHub's REST API has no ${exchange.method} ${exchange.path}`
      : `${exchange.path} is not a path of GitHub's REST API`;
    this.violate(exchange, 'unknown-route', 404, message);
    return json(404, { message: 'Not Found', documentation_url: REST_DOCS, status: '404' });
  }

  /** The request for the handler once its parameters and body pass, or GitHub's refusal. */
  private prepareRequest(
    exchange: Exchange,
    match: RouteMatch,
  ): { request: RouteRequest } | { reply: Reply } {
    const info = match.operation;
    const pathProblems = this.validator.checkParameters(info, 'path', { ...match.params });
    if (pathProblems.length > 0) {
      this.violate(
        exchange,
        'invalid-request',
        404,
        'Invalid path parameters',
        messages(pathProblems),
      );
      return { reply: errorReply(info, notFound()) };
    }
    if (!this.isThisRepository(match.params)) return { reply: errorReply(info, notFound()) };
    const query: Record<string, unknown> = Object.fromEntries(exchange.query);
    const queryProblems = this.validator.checkParameters(info, 'query', query);
    if (queryProblems.length > 0) {
      this.violate(
        exchange,
        'invalid-request',
        422,
        'Invalid query parameters',
        messages(queryProblems),
      );
      return { reply: errorReply(info, this.invalidRequest(info, queryProblems)) };
    }
    const body = this.readRequestBody(exchange, info);
    if (body instanceof GitHubError) return { reply: errorReply(info, body) };
    const { operationId } = info;
    return {
      request: {
        operationId,
        params: match.params,
        query,
        body: body.value,
        headers: exchange.headers,
      },
    };
  }

  private async runHandler(
    exchange: Exchange,
    info: OperationInfo,
    request: RouteRequest,
  ): Promise<Reply> {
    const handler = this.handlers[info.operationId];
    if (!handler) {
      this.violate(
        exchange,
        'unimplemented',
        404,
        `The test server does not implement ${info.operationId}`,
      );
      return errorReply(info, notFound());
    }
    try {
      return await handler(request, this.model);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      return errorReply(info, error, this.validator.listsErrorsAsStrings(info));
    }
  }

  /** The validated JSON body, or the error GitHub answers for it. */
  private readRequestBody(
    exchange: Exchange,
    info: OperationInfo,
  ): { value: unknown } | GitHubError {
    const rule = this.validator.requestBodyRule(info);
    if (rule === 'none') return { value: undefined };
    let value: unknown;
    try {
      value = parseJsonBody(exchange.rawBody);
    } catch (error) {
      this.violate(exchange, 'invalid-request', 400, 'Problems parsing JSON', [String(error)]);
      return new GitHubError(400, 'Problems parsing JSON');
    }
    if (value === undefined && rule === 'optional') return { value };
    const problems = this.validator.checkRequestBody(info, value ?? {});
    if (problems.length === 0) return { value: value ?? {} };
    this.violate(exchange, 'invalid-request', 422, 'Invalid request body', messages(problems));
    return this.invalidRequest(info, problems);
  }

  /** GitHub's 422 for a request that breaks the operation's schema. */
  private invalidRequest(info: OperationInfo, problems: readonly SchemaProblem[]): GitHubError {
    const message = `Invalid request.\n\n${messages(problems).join('\n')}`;
    if (this.validator.listsErrorsAsStrings(info))
      return new GitHubError(422, message, messages(problems));
    const resource = resourceName(info.operationId);
    const errors = problems.map((problem) => ({
      resource,
      field: problem.pointer.split('/').filter(Boolean).join('.'),
      code: problem.keyword === 'required' ? ('missing_field' as const) : ('invalid' as const),
      message: problem.message,
    }));
    return new GitHubError(422, message, errors);
  }

  private checkResponse(exchange: Exchange, info: OperationInfo, reply: Reply): void {
    if (reply.raw) return;
    const declared = this.validator.responseSchema(info, reply.status);
    const fail = (message: string, details: string[] = []) =>
      this.violate(exchange, 'invalid-response', reply.status, message, details);
    if (declared.kind === 'undeclared') {
      if (reply.status < 400)
        fail(`${info.operationId} does not document the status ${reply.status}`);
    } else if (declared.kind === 'no-content') {
      // Error statuses often come without a documented body, yet GitHub sends one.
      if (reply.json !== undefined && reply.status < 400)
        fail(`${info.operationId} documents no body for ${reply.status}`);
    } else if (reply.json === undefined) {
      fail(`${info.operationId} documents a body for ${reply.status}, the server sent none`);
    } else {
      const problems = this.validator.checkResponse(info, reply.status, reply.json);
      if (problems.length > 0)
        fail(
          `The ${reply.status} body of ${info.operationId} breaks its schema`,
          problems.map(describeProblem),
        );
    }
  }

  private async answerGraphql(exchange: Exchange): Promise<Reply> {
    exchange.operation = 'graphql';
    if (exchange.method !== 'POST') {
      this.violate(
        exchange,
        'unknown-route',
        404,
        `GitHub's GraphQL API has no ${exchange.method} /graphql`,
      );
      return json(404, { message: 'Not Found', documentation_url: GRAPHQL_DOCS });
    }
    const fault = this.takeFault(exchange);
    if (fault) return fault;
    const unauthorized = this.checkAuth(exchange, GRAPHQL_DOCS);
    if (unauthorized) return unauthorized;
    let body: unknown;
    try {
      body = parseJsonBody(exchange.rawBody);
    } catch (error) {
      this.violate(exchange, 'graphql', 400, 'Problems parsing JSON', [String(error)]);
      return json(400, { message: 'Problems parsing JSON', documentation_url: GRAPHQL_DOCS });
    }
    const outcome = await runGraphql(this.model, body);
    exchange.operation = outcome.operation;
    if (outcome.problems.length > 0)
      this.violate(
        exchange,
        'graphql',
        200,
        'GraphQL request GitHub would not answer',
        outcome.problems,
      );
    return json(200, outcome.body);
  }

  private answerArtifactBlob(exchange: Exchange): Reply {
    exchange.operation = 'artifact-blob';
    const id = Number(exchange.path.slice(ARTIFACT_BLOB_PREFIX.length).replace(/\.zip$/, ''));
    const artifact = this.model.state.artifacts.find((candidate) => candidate.id === id);
    if (exchange.method !== 'GET' || !artifact)
      return { status: 404, raw: { body: 'BlobNotFound', contentType: 'text/plain' } };
    return { status: 200, raw: { body: artifact.zip, contentType: 'application/zip' } };
  }

  private takeFault(exchange: Exchange): Reply | undefined {
    const reply = this.faults.take(exchange, exchange.requestId);
    if (reply) exchange.fault = true;
    return reply;
  }

  /** 401 unless the request carries `Authorization: token <token>` or `Bearer <token>`. */
  private checkAuth(exchange: Exchange, documentationUrl: string): Reply | undefined {
    const header = exchange.headers.authorization;
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (token === this.options.token) return undefined;
    const message = header === undefined ? 'Requires authentication' : 'Bad credentials';
    this.violate(exchange, 'unauthorized', 401, message);
    return json(401, { message, documentation_url: documentationUrl, status: '401' });
  }

  private isThisRepository(params: Record<string, string>): boolean {
    const { owner, repo } = params;
    if (owner === undefined || repo === undefined) return true;
    return (
      owner.toLowerCase() === this.model.owner.toLowerCase() &&
      repo.toLowerCase() === this.model.repo.toLowerCase()
    );
  }

  private violate(
    exchange: Exchange,
    kind: ViolationKind,
    status: number,
    message: string,
    details: string[] = [],
  ): void {
    if (!this.options.strict) return;
    this.violations.push({
      kind,
      method: exchange.method,
      path: exchange.path,
      operation: exchange.operation,
      status,
      message,
      details,
    });
  }

  private baseHeaders(exchange: Exchange): Record<string, string> {
    const used = this.requests.length + 1;
    return {
      'x-github-request-id': exchange.requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(5000 - used, 1)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': exchange.path === '/graphql' ? 'graphql' : 'core',
    };
  }
}

function messages(problems: readonly SchemaProblem[]): string[] {
  return problems.map((problem) => problem.message);
}

function describeProblem(problem: SchemaProblem): string {
  return `${problem.pointer || '(root)'}: ${problem.message}`;
}

/** The reply for a GitHubError: its message, errors, the operation's docs and the status. */
function errorReply(info: OperationInfo, error: GitHubError, asStrings = false): Reply {
  const errors =
    error.errors && asStrings
      ? error.errors.map((item) => (typeof item === 'string' ? item : (item.message ?? item.code)))
      : error.errors;
  return json(
    error.status,
    {
      message: error.message,
      ...(errors ? { errors } : {}),
      documentation_url: info.documentationUrl,
      status: String(error.status),
    },
    error.headers,
  );
}
