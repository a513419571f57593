/**
 * OpenAPI 3.0 schemas as JSON Schema (draft-07) for ajv.
 *
 * `nullable: true` becomes a `null` type and annotations ajv does not need are dropped. Each
 * component of `#/components/schemas/` becomes a schema of its own, with an `$id`, and every
 * `$ref` to it becomes a reference to that `$id`: ajv then compiles a component once, however
 * many operations use it. Converted components are cached.
 */
import type { JsonObject } from './openapi-document.js';

const COMPONENT_PREFIX = '#/components/schemas/';
const ID_PREFIX = 'https://api.github.com/components/schemas/';
const DROPPED = new Set([
  'description',
  'discriminator',
  'example',
  'examples',
  'externalDocs',
  'nullable',
  'xml',
]);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/** A converted schema and the names of the components it refers to directly. */
export interface ConvertedSchema {
  schema: JsonObject;
  refs: ReadonlySet<string>;
}

export class SchemaConverter {
  private readonly components = new Map<string, ConvertedSchema>();

  constructor(private readonly sources: Record<string, JsonObject>) {}

  /** An OpenAPI schema of the description as JSON Schema. */
  convert(schema: JsonObject): ConvertedSchema {
    const refs = new Set<string>();
    return { schema: this.convertNode(schema, refs), refs };
  }

  /** The component `name` as a JSON Schema with its `$id`. */
  component(name: string): ConvertedSchema {
    let entry = this.components.get(name);
    if (!entry) {
      const source = this.sources[name];
      if (!source) throw new Error(`Unknown schema component '${name}'`);
      const converted = this.convert(source);
      entry = { schema: { $id: componentId(name), ...converted.schema }, refs: converted.refs };
      this.components.set(name, entry);
    }
    return entry;
  }

  /** The names of all components `refs` reach, themselves included. */
  closure(refs: Iterable<string>): Set<string> {
    const reached = new Set<string>();
    const pending = [...refs];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (reached.has(name)) continue;
      reached.add(name);
      pending.push(...this.component(name).refs);
    }
    return reached;
  }

  private convertNode(schema: JsonObject, refs: Set<string>): JsonObject {
    if (typeof schema.$ref === 'string') return convertReference(schema.$ref, refs);
    const out: JsonObject = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (DROPPED.has(keyword) || keyword.startsWith('x-')) continue;
      out[keyword] = this.convertKeyword(keyword, value, refs);
    }
    return schema.nullable === true ? allowNull(out) : out;
  }

  private convertKeyword(keyword: string, value: unknown, refs: Set<string>): unknown {
    if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, child]) => [key, this.convertChild(child, refs)]),
      );
    }
    if (SCHEMA_VALUES.has(keyword)) return this.convertChild(value, refs);
    if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      return value.map((child: unknown) => this.convertChild(child, refs));
    }
    return value;
  }

  private convertChild(value: unknown, refs: Set<string>): unknown {
    return isObject(value) ? this.convertNode(value, refs) : value;
  }
}

function componentId(name: string): string {
  return `${ID_PREFIX}${encodeURIComponent(name)}`;
}

function convertReference(ref: string, refs: Set<string>): JsonObject {
  if (!ref.startsWith(COMPONENT_PREFIX)) throw new Error(`Unsupported schema reference ${ref}`);
  const name = ref.slice(COMPONENT_PREFIX.length);
  refs.add(name);
  return { $ref: componentId(name) };
}

/** OpenAPI 3.0 `nullable: true` in JSON Schema terms. */
function allowNull(schema: JsonObject): JsonObject {
  if (typeof schema.type === 'string') {
    const withNull: JsonObject = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
      withNull.enum = [...(schema.enum as unknown[]), null];
    }
    return withNull;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
