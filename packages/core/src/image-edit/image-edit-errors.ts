/**
 * Errors of the image-edit engine. Each is a FileError (it names the file and the 1-based
 * line) so a caller that only knows FileError still reports it well; catch the subclasses with
 * `instanceof` to tell the cases apart.
 */
import { FileError } from '../errors.js';
import type { SkipReason } from './image-occurrence.js';

/** A YAML file that does not parse: nothing can be found in it safely. */
export class YamlSyntaxError extends FileError {
  override name = 'YamlSyntaxError';
}

/**
 * An affected service's image is written in a way the engine will not edit (an alias, a
 * templated value, a block scalar, a value shared through an anchor…): fail closed.
 */
export class UnsafeOccurrenceError extends FileError {
  override name = 'UnsafeOccurrenceError';
  constructor(
    file: string,
    line: number,
    readonly service: string,
    readonly reason: SkipReason | 'shared-anchor' | 'no-insertion-point',
    detail: string,
  ) {
    super(file, line, detail);
  }
}

/**
 * The file pins a digest that the bump would leave in place (the entry has no digest, or the
 * bump writes tags only): the old image would keep being deployed. Fail closed.
 */
export class StaleDigestError extends FileError {
  override name = 'StaleDigestError';
  constructor(
    file: string,
    line: number,
    readonly service: string,
    readonly digest: string,
    detail: string,
  ) {
    super(file, line, detail);
  }
}

/** Two services (or two edits) want different bytes at one place. */
export class EditConflictError extends FileError {
  override name = 'EditConflictError';
}

/** After splicing, re-parsing showed something other than exactly the intended values changed. */
export class EditVerificationError extends FileError {
  override name = 'EditVerificationError';
}

/**
 * An occurrence belongs to a service by its name (key path, policy, kustomize name), but the
 * component-tags entry's `image` names another repository than the one written there: writing
 * would put one image's tag on another. Fail closed.
 */
export class IdentityMismatchError extends FileError {
  override name = 'IdentityMismatchError';
  constructor(
    file: string,
    line: number,
    readonly service: string,
    /** The entry's `image`, and the repository of the occurrence (as written or from the chart). */
    readonly entryImage: string,
    readonly occurrenceRepository: string,
    detail: string,
  ) {
    super(file, line, detail);
  }
}

/** The bump would move a service's image backwards (an older or pre-release tag). */
export class DowngradeError extends FileError {
  override name = 'DowngradeError';
  constructor(
    file: string,
    line: number,
    readonly service: string,
    readonly from: string,
    readonly to: string,
    detail: string,
  ) {
    super(file, line, detail);
  }
}
