/**
 * JSON Schema validation with ajv, in one place: Helm charts' `values.schema.json` go through
 * here (the component-tags schema has a standalone validator generated at build time). ajv is
 * loaded with `import()` on first use, so that a run with no schema to check never loads it.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';

export type { ErrorObject, ValidateFunction };

/** Compile a schema. `strict` rejects unknown keywords (for our own schemas). */
export type SchemaCompiler = (schema: object, options?: { strict?: boolean }) => ValidateFunction;

/** The schema compiler, loading ajv. */
export async function loadSchemaCompiler(): Promise<SchemaCompiler> {
  // ajv is CommonJS; under NodeNext its default import is the module object.
  const Ajv = (await import('ajv')).default.default;
  return (schema, options = {}) => {
    const ajv = new Ajv({ allErrors: true, strict: options.strict ?? false, validateSchema: true });
    return ajv.compile(schema);
  };
}
