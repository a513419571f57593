/**
 * Validation of requests and responses against the OpenAPI description, with ajv validators
 * compiled lazily, once per operation (and status), and cached for the process.
 */
import {
  dereference,
  type JsonObject,
  type OpenApiDocument,
  type OpenApiResponse,
} from './openapi-document.js';
import type { OperationInfo } from './openapi-routes.js';
import { SchemaConverter } from './openapi-schema.js';
import { requireAsCore } from './package-files.js';

/** One way in which a value breaks its schema. */
export interface SchemaProblem {
  /** JSON pointer into the checked value (`/tree/0/mode`); `` for the value itself. */
  pointer: string;
  keyword: string;
  /** A sentence in GitHub's style: `"head" wasn't supplied.` */
  message: string;
}

// The few parts of ajv 8 used here (see requireAsCore for why it is loaded this way).
interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
}
interface AjvValidate {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
interface AjvInstance {
  compile(schema: JsonObject): AjvValidate;
  addSchema(schema: JsonObject): AjvInstance;
  addFormat(name: string, format: RegExp | ((value: string) => boolean)): AjvInstance;
}
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Where a response's schema is: none declared for the status, not JSON, or a schema. */
export type ResponseSchema = { kind: 'undeclared' } | { kind: 'no-content' } | { kind: 'schema' };

/** An ajv instance and the components already added to it. */
interface Compiler {
  ajv: AjvInstance;
  added: Set<string>;
}

export class OpenApiValidator {
  private readonly converter: SchemaConverter;
  private readonly plain: Compiler = { ajv: createAjv({}), added: new Set() };
  private readonly coercing: Compiler = { ajv: createAjv({ coerceTypes: true }), added: new Set() };
  /** Validators by operation and part (`pulls/get 200`). */
  private readonly byPart = new Map<string, AjvValidate | null>();
  /** Validators by schema text: operations that share a schema share its validator. */
  private readonly bySchema = new Map<string, AjvValidate>();

  constructor(private readonly document: OpenApiDocument) {
    this.converter = new SchemaConverter(document.components.schemas);
  }

  /** Check path or query parameters; coerces `values` in place (`"2"` to `2`). */
  checkParameters(
    info: OperationInfo,
    location: 'path' | 'query',
    values: Record<string, unknown>,
  ): SchemaProblem[] {
    const validate = this.cached(`${info.operationId} ${location}`, () => {
      const parameters = info.parameters.filter((parameter) => parameter.in === location);
      return this.compile(this.coercing, {
        type: 'object',
        properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema ?? {}])),
        required: parameters.filter((p) => p.required).map((p) => p.name),
      });
    });
    return validate ? run(validate, values) : [];
  }

  /** Whether the operation declares a request body, and whether it must be sent. */
  requestBodyRule(info: OperationInfo): 'none' | 'optional' | 'required' {
    const body = info.operation.requestBody;
    if (!body?.content?.['application/json']) return 'none';
    return body.required ? 'required' : 'optional';
  }

  checkRequestBody(info: OperationInfo, body: unknown): SchemaProblem[] {
    const validate = this.cached(`${info.operationId} body`, () => {
      const schema = info.operation.requestBody?.content?.['application/json']?.schema;
      return schema ? this.compile(this.plain, schema) : null;
    });
    return validate ? run(validate, body) : [];
  }

  /** What the description says a response with this status carries. */
  responseSchema(info: OperationInfo, status: number): ResponseSchema {
    const response = this.declaredResponse(info, status);
    if (!response) return { kind: 'undeclared' };
    return response.content?.['application/json']?.schema
      ? { kind: 'schema' }
      : { kind: 'no-content' };
  }

  checkResponse(info: OperationInfo, status: number, body: unknown): SchemaProblem[] {
    const validate = this.cached(`${info.operationId} ${status}`, () => {
      const schema = this.declaredResponse(info, status)?.content?.['application/json']?.schema;
      return schema ? this.compile(this.plain, schema) : null;
    });
    return validate ? run(validate, body) : [];
  }

  /** Whether the operation's 422 lists its errors as strings (`validation-error-simple`). */
  listsErrorsAsStrings(info: OperationInfo): boolean {
    const declared = info.operation.responses['422'];
    const response = declared ? dereference<OpenApiResponse>(this.document, declared) : undefined;
    const ref = response?.content?.['application/json']?.schema?.$ref;
    return ref === '#/components/schemas/validation-error-simple';
  }

  private declaredResponse(info: OperationInfo, status: number): OpenApiResponse | undefined {
    const declared = info.operation.responses[String(status)] ?? info.operation.responses.default;
    return declared ? dereference<OpenApiResponse>(this.document, declared) : undefined;
  }

  private cached(key: string, compile: () => AjvValidate | null): AjvValidate | null {
    if (!this.byPart.has(key)) this.byPart.set(key, compile());
    return this.byPart.get(key) ?? null;
  }

  /** Compile an OpenAPI schema, first adding the components it reaches to the ajv instance. */
  private compile(compiler: Compiler, schema: JsonObject): AjvValidate {
    const converted = this.converter.convert(schema);
    const key = `${compiler === this.plain ? 'plain' : 'coercing'} ${JSON.stringify(converted.schema)}`;
    let validate = this.bySchema.get(key);
    if (!validate) {
      for (const name of this.converter.closure(converted.refs)) {
        if (compiler.added.has(name)) continue;
        compiler.ajv.addSchema(this.converter.component(name).schema);
        compiler.added.add(name);
      }
      validate = compiler.ajv.compile(converted.schema);
      this.bySchema.set(key, validate);
    }
    return validate;
  }
}

function createAjv(extra: Record<string, unknown>): AjvInstance {
  const ajv = new (loadAjv())({
    strict: false,
    allErrors: true,
    verbose: true,
    validateSchema: false,
    logger: false,
    // Compiling GitHub's large schemas is the cost that matters here, not validation speed.
    inlineRefs: false,
    code: { optimize: false },
    ...extra,
  });
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('uri', (value) => URL.canParse(value));
  return ajv;
}

let ajvConstructor: AjvConstructor | undefined;

function loadAjv(): AjvConstructor {
  if (ajvConstructor) return ajvConstructor;
  const require = requireAsCore();
  const { version } = require('ajv/package.json') as { version: string };
  if (!version.startsWith('8.'))
    throw new Error(`Expected ajv 8 beside packages/core, found ${version}.`);
  ajvConstructor = (require('ajv') as { default: AjvConstructor }).default;
  return ajvConstructor;
}

function run(validate: AjvValidate, data: unknown): SchemaProblem[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map(describe);
}

/** An ajv error as one of GitHub's sentences. */
function describe(error: AjvError): SchemaProblem {
  const where = `properties${error.instancePath}`;
  if (error.keyword === 'required') {
    const name = String(error.params.missingProperty);
    return {
      pointer: `${error.instancePath}/${name}`,
      keyword: 'required',
      message: `"${name}" wasn't supplied.`,
    };
  }
  const value = JSON.stringify(error.data) ?? 'undefined';
  const message =
    error.keyword === 'type'
      ? `For '${where}', ${value} is not ${withArticle(String(error.params.type))}.`
      : error.keyword === 'enum'
        ? `For '${where}', ${value} is not a member of ${JSON.stringify(error.params.allowedValues)}.`
        : `For '${where}', ${value} ${error.message ?? 'is invalid'}.`;
  return { pointer: error.instancePath, keyword: error.keyword, message };
}

function withArticle(type: string): string {
  const readable = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(readable) ? `an ${readable}` : `a ${readable}`;
}
