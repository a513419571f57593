/**
 * JSON Schema validation with ajv, in one place: the component-tags schema and Helm charts'
 * `values.schema.json` both go through here.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';

// ajv is CommonJS; under NodeNext its default import is the module object.
const Ajv = AjvModule.default;

export type { ErrorObject, ValidateFunction };

/** Compile a schema. `strict` rejects unknown keywords (for our own schemas). */
export function compileSchema(
  schema: object,
  options: { strict?: boolean } = {},
): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: options.strict ?? false, validateSchema: true });
  return ajv.compile(schema);
}
