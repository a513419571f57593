/**
 * Typed errors of gitops-promote. Deeper code throws these; each action's single error
 * boundary turns them into one clear failure. Catch them with `instanceof`, never by text.
 */

/** Base class of every error this project raises on purpose. */
export class PromoteError extends Error {
  override name = 'PromoteError';
}

/** How much of a user value a message shows; the rest is counted, not echoed. */
export const QUOTE_LIMIT = 200;

/** `value`, or its first `limit` characters and how long it was: a 10 MB tag stays one line. */
export function clip(value: string, limit = QUOTE_LIMIT): string {
  if (value.length <= limit) return value;
  return `${value.slice(0, limit)}… (${value.length} characters)`;
}

/**
 * Quote a user value for an error message without letting it break the line (JSON escapes)
 * or fill the log (at most `limit` characters shown, then the length).
 */
export function quote(value: string, limit = QUOTE_LIMIT): string {
  if (value.length <= limit) return JSON.stringify(value);
  return `${JSON.stringify(`${value.slice(0, limit)}…`)} (${value.length} characters)`;
}

/** An action input broke a rule: names the input, quotes the value and states the rule. */
export class InputError extends PromoteError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly rule: string,
  ) {
    super(`Input '${input}': ${quote(value)} ${rule}`);
  }
}

/** A problem at a place in a file: names the file and the 1-based line. */
export class FileError extends PromoteError {
  override name = 'FileError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${detail}` : `${file}: ${detail}`);
  }
}

/** A component-tags entry broke the schema or conflicts: names the service and the field. */
export class ComponentTagsError extends PromoteError {
  override name = 'ComponentTagsError';
  constructor(
    readonly source: string,
    readonly service: string,
    readonly field: string,
    readonly detail: string,
  ) {
    const where = field ? `service '${service}', field '${field}'` : `service '${service}'`;
    super(service ? `${source}: ${where}: ${detail}` : `${source}: ${detail}`);
  }
}

/** A value that is not a valid OCI image reference, tag or digest. */
export class InvalidReferenceError extends PromoteError {
  override name = 'InvalidReferenceError';
  constructor(
    readonly value: string,
    readonly rule: string,
  ) {
    super(`${quote(value)} is not a valid image reference: ${rule}`);
  }
}
