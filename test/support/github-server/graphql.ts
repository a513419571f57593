/**
 * `POST /graphql`: every document is parsed and validated against GitHub's schema (from
 * @octokit/graphql-schema), then executed by graphql-js over the resolvers of this server.
 */
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  execute,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import { GraphqlProblem, rootValue } from './graphql-resolvers.js';
import { findPackageFile } from './package-files.js';
import type { RepoModel } from './repo-model.js';

/** One entry of a GraphQL response's `errors`, as GitHub writes it. */
export interface GraphqlErrorBody {
  type?: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  message: string;
}

export interface GraphqlOutcome {
  body: { data?: unknown; errors?: GraphqlErrorBody[] };
  /** `graphql <query|mutation> <root fields>`, for the request log. */
  operation: string;
  /** Contract problems: documents GitHub would reject, or fields this server cannot answer. */
  problems: string[];
}

let cachedSchema: { schema: GraphQLSchema; loadMs: number } | undefined;

/** GitHub's GraphQL schema, built once per process. */
export function githubGraphqlSchema(): GraphQLSchema {
  return loadSchema().schema;
}

/** Milliseconds spent reading and building the schema (on first use). */
export function graphqlSchemaLoadMs(): number {
  return loadSchema().loadMs;
}

function loadSchema(): { schema: GraphQLSchema; loadMs: number } {
  if (cachedSchema) return cachedSchema;
  const started = performance.now();
  const introspection = JSON.parse(
    readFileSync(findPackageFile('@octokit/graphql-schema', 'schema.json'), 'utf8'),
  ) as IntrospectionQuery | { data: IntrospectionQuery };
  const schema = buildClientSchema('data' in introspection ? introspection.data : introspection);
  cachedSchema = { schema, loadMs: performance.now() - started };
  return cachedSchema;
}

/** Answer one GraphQL request body. */
export async function runGraphql(model: RepoModel, requestBody: unknown): Promise<GraphqlOutcome> {
  const { query, variables, operationName } = (requestBody ?? {}) as {
    query?: unknown;
    variables?: Record<string, unknown> | null;
    operationName?: string | null;
  };
  if (typeof query !== 'string') {
    const message = 'A query attribute must be specified and must be a string.';
    return { body: { errors: [{ message }] }, operation: 'graphql', problems: [message] };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const body = toErrorBody(error);
    return {
      body: { errors: [body] },
      operation: 'graphql',
      problems: [`Parse error: ${body.message}`],
    };
  }
  const operation = describeOperation(document, operationName ?? undefined);
  const invalid = validate(githubGraphqlSchema(), document);
  if (invalid.length > 0) {
    return {
      body: { errors: invalid.map(toErrorBody) },
      operation,
      problems: invalid.map((error) => error.message),
    };
  }
  const unanswered = new Set<string>();
  const run = () =>
    Promise.resolve(
      execute({
        schema: githubGraphqlSchema(),
        document,
        rootValue: rootValue(model),
        variableValues: variables ?? undefined,
        operationName: operationName ?? undefined,
        fieldResolver: resolverNoting(unanswered),
      }),
    );
  const result = operation.startsWith('graphql mutation')
    ? await model.serialize(run)
    : await run();
  const errors = (result.errors ?? []).map(toErrorBody);
  const problems = [
    ...[...unanswered].map(
      (field) => `The test server does not implement the GraphQL field ${field}.`,
    ),
    ...(result.errors ?? [])
      .filter((error) => !(error.originalError instanceof GraphqlProblem))
      .map((error) => `${error.message} (at ${error.path?.join('.') ?? 'document'})`),
  ];
  const body = errors.length > 0 ? { data: result.data ?? null, errors } : { data: result.data };
  return { body, operation, problems };
}

/**
 * graphql-js's default resolver (a property, or a method called with the arguments) that
 * notes the fields our objects lack instead of answering null in silence.
 */
function resolverNoting(unanswered: Set<string>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    if (typeof source !== 'object' || source === null || !(info.fieldName in source)) {
      unanswered.add(`${info.parentType.name}.${info.fieldName}`);
      return null;
    }
    const value: unknown = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === 'function'
      ? (value as (...a: unknown[]) => unknown)(args, context, info)
      : value;
  };
}

function describeOperation(document: DocumentNode, name: string | undefined): string {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const chosen =
    operations.find((operation) => name === undefined || operation.name?.value === name) ??
    operations[0];
  if (!chosen) return 'graphql';
  const fields = chosen.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return `graphql ${chosen.operation} ${fields.join(',')}`;
}

function toErrorBody(error: unknown): GraphqlErrorBody {
  if (!(error instanceof GraphQLError)) return { message: String(error) };
  const body: GraphqlErrorBody = { message: error.message };
  if (error.originalError instanceof GraphqlProblem) body.type = error.originalError.type;
  if (error.path) body.path = error.path;
  if (error.locations) body.locations = error.locations;
  return body;
}
