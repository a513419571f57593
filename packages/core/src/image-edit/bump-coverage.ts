/**
 * Empty is an error, not a success: a bump whose `files` pattern matches nothing (a mistyped
 * environment or glob), or whose services are found in no file, must not pass green. What is
 * only worth a warning is returned; what fails throws. Shared by bump-values and
 * open-promotion-pr.
 */
import { InputError, PromoteError } from '../errors.js';
import { unmatchedServicesWarning } from './bump-warnings.js';

export interface CoverageInput {
  /** Patterns of `files` that matched no file. */
  unmatchedPatterns: readonly string[];
  /** How many files the patterns matched. */
  matchedFiles: number;
  /** Affected services no occurrence in any file belongs to. */
  unmatchedServices: readonly string[];
  /** `allow-empty`: a pattern matching nothing is a warning only. */
  allowEmpty: boolean;
  /** `fail-on-missing`: a service found nowhere fails the bump. */
  failOnMissing: boolean;
  /** Where the files were looked for (`3 file(s) matching 'files'` is said after it). */
  where?: string;
}

/** The warnings of a bump's coverage; throws when it covers too little to be trusted. */
export function checkCoverage(input: CoverageInput): string[] {
  const warnings: string[] = [];
  for (const pattern of input.unmatchedPatterns) {
    if (!input.allowEmpty)
      throw new InputError(
        'files',
        pattern,
        'matches no file: check the pattern and the environment, or set allow-empty: true ' +
          'when a pattern may match nothing',
      );
    warnings.push(`Input 'files': '${pattern}' matches no file.`);
  }
  if (input.unmatchedServices.length === 0) return warnings;
  const message = unmatchedServicesWarning(
    input.unmatchedServices,
    input.matchedFiles,
    input.where,
  );
  if (input.failOnMissing)
    throw new PromoteError(
      `${message} (fail-on-missing is true: set it to false, or name the services to bump ` +
        "in 'services', to let a service be absent)",
    );
  warnings.push(message);
  return warnings;
}
