// Types of the generated validator (ajv standalone); see scripts/generate-schemas.ts.
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
export { validate };
