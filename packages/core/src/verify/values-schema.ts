/**
 * Validate Helm values against the chart's `values.schema.json`, as Helm does at install: the
 * chart's `values.yaml` merged with the environment's file. Each schema error becomes a
 * `values-schema` violation at the line of the offending key, in whichever file writes it.
 */
import type { ErrorObject } from 'ajv';
import type { SchemaCompiler, ValidateFunction } from '../json-schema.js';
import {
  chartDefaultsOf,
  chartDirOf,
  isValuesFile,
  joinPath,
  type TreeSource,
} from './chart-files.js';
import { coalesceValues } from './helm-values.js';
import type { Violation } from './violation.js';
import {
  dottedPath,
  type LocatedDocument,
  parseLocated,
  placeOf,
  pointerSegments,
} from './yaml-paths.js';

/** Draft-07 as charts write it (Helm's docs use https); ajv knows it by its http id. */
const DRAFT_07 = /^https?:\/\/json-schema\.org\/(?:draft-07\/)?schema#?$/;
const DRAFT_07_ID = 'http://json-schema.org/draft-07/schema#';

/** A compiled schema, or the violation saying why it cannot be used. */
type SchemaUse = { validate: ValidateFunction } | { problem: Violation };

/** Validates values files; schemas and parsed files are read once per run. */
export interface ValuesSchemaChecker {
  violationsOf(file: string): Violation[];
}

interface ValuesFile {
  path: string;
  located: LocatedDocument;
  values: unknown;
}

function schemaProblem(file: string, message: string): Violation {
  return { file, line: 0, image: '', rule: 'values-schema', message };
}

function compile(path: string, text: string, compileSchema: SchemaCompiler): SchemaUse {
  let schema: unknown;
  try {
    schema = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: schemaProblem(path, `is not valid JSON: ${(error as Error).message}`) };
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    return { problem: schemaProblem(path, 'is not a JSON Schema (not an object)') };
  const draft = (schema as { $schema?: unknown }).$schema;
  if (draft !== undefined && !(typeof draft === 'string' && DRAFT_07.test(draft)))
    return {
      problem: schemaProblem(
        path,
        `declares "$schema": ${JSON.stringify(draft)}; values schemas are validated as JSON Schema draft-07, so declare http://json-schema.org/draft-07/schema# or leave $schema out (rather than have keywords of another draft go unchecked)`,
      ),
    };
  try {
    const known = draft === undefined ? schema : { ...schema, $schema: DRAFT_07_ID };
    return { validate: compileSchema(known) };
  } catch (error) {
    const message = (error as Error).message;
    return { problem: schemaProblem(path, `cannot be used to validate values: ${message}`) };
  }
}

/** The segments of the offending key: for `required` and `additionalProperties`, the key itself. */
function offendingSegments(error: ErrorObject): string[] {
  const segments = pointerSegments(error.instancePath);
  const extra = error.params as { additionalProperty?: string; missingProperty?: string };
  if (error.keyword === 'additionalProperties' && extra.additionalProperty !== undefined)
    return [...segments, extra.additionalProperty];
  return segments;
}

/** The message of one schema error, naming the key path. */
function messageOf(error: ErrorObject, schemaPath: string): string {
  const params = error.params as {
    additionalProperty?: string;
    allowedValues?: unknown[];
  };
  const path = dottedPath(offendingSegments(error));
  let text = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties')
    text = 'is not a property the schema allows (additionalProperties: false)';
  else if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
    text = `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${path}: ${text} (${schemaPath})`;
}

/** Whether `tree` holds any chart schema (else no values file has one to be checked against). */
export function hasValuesSchema(tree: TreeSource): boolean {
  for (const path of tree.paths)
    if (path === 'values.schema.json' || path.endsWith('/values.schema.json')) return true;
  return false;
}

/** A checker over `tree`, compiling each chart's schema with `compileSchema`. */
export function valuesSchemaChecker(
  tree: TreeSource,
  compileSchema: SchemaCompiler,
): ValuesSchemaChecker {
  const schemas = new Map<string, SchemaUse>();
  const parsed = new Map<string, ValuesFile | Violation>();

  const schemaOf = (path: string): SchemaUse => {
    let use = schemas.get(path);
    if (use === undefined) {
      use = compile(path, tree.read(path), compileSchema);
      schemas.set(path, use);
    }
    return use;
  };

  const valuesOf = (path: string): ValuesFile | Violation => {
    let file = parsed.get(path);
    if (file === undefined) {
      const located = parseLocated(tree.read(path));
      const error = located.document.errors[0];
      file = error
        ? {
            file: path,
            line: located.lineOf(error.pos[0]),
            image: '',
            rule: 'invalid-yaml',
            message: `is not valid YAML: ${error.message.split('\n')[0]}`,
          }
        : { path, located, values: located.document.toJS({ maxAliasCount: 1000 }) };
      parsed.set(path, file);
    }
    return file;
  };

  /** The file and line where the merged value at `segments` is written. */
  const locate = (segments: string[], files: ValuesFile[]): { file: string; line: number } => {
    const places = files.map((f) => ({ file: f.path, ...placeOf(f.located, segments) }));
    const best = places.reduce((a, b) => (b.depth > a.depth ? b : a));
    return { file: best.file, line: best.line };
  };

  return {
    violationsOf(file) {
      const chart = chartDirOf(file, tree.paths);
      if (chart === undefined || !isValuesFile(file, chart)) return [];
      const schemaPath = joinPath(chart, 'values.schema.json');
      if (!tree.paths.has(schemaPath)) return [];
      const use = schemaOf(schemaPath);
      if ('problem' in use) return [use.problem];
      const own = valuesOf(file);
      if ('rule' in own) return [own]; // the image scan reports the same one: sorting dedupes
      const defaultsPath = chartDefaultsOf(chart, tree.paths);
      const defaults = defaultsPath && defaultsPath !== file ? valuesOf(defaultsPath) : undefined;
      if (defaults !== undefined && 'rule' in defaults) return [defaults];
      // The environment's file first: where both write a key, its line is the one that counts.
      const files = defaults ? [own, defaults] : [own];
      const merged = defaults ? coalesceValues(defaults.values, own.values) : (own.values ?? {});
      if (use.validate(merged)) return [];
      return (use.validate.errors ?? []).map((error) => ({
        ...locate(offendingSegments(error), files),
        image: '',
        rule: 'values-schema' as const,
        message: messageOf(error, schemaPath),
      }));
    },
  };
}
