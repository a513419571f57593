/**
 * Turn the YAML files into image records with the shared finder (`findImageOccurrences`). What
 * the finder skips but has a value (an alias, a block or multi-line scalar) is resolved through
 * the parser and checked like the rest, or is an `unreadable-image` violation; a reference that
 * does not parse is a violation (`invalid-reference`), a file that is not YAML too
 * (`invalid-yaml`). Only what another tool renders (templated, empty values) is a warning.
 */
import {
  findImageOccurrences,
  type FoundOccurrences,
  type ImageOccurrence,
  type SkippedOccurrence,
  YamlSyntaxError,
} from '../image-edit/index.js';
import { clip, InvalidReferenceError, quote } from '../errors.js';
import { digestProblem, parseRepository, tagProblem } from '../reference.js';
import { type ImageRecord, imageText } from './image-record.js';
import { isResolvable, resolveSkipped } from './resolve-skipped.js';
import type { VerifyWarning, Violation } from './violation.js';

/** A file's path (relative to the workspace) and its text. */
export interface TextFile {
  path: string;
  text: string;
}

export interface CollectedImages {
  /** Records that parse (repository, tag and digest valid where present). */
  records: ImageRecord[];
  violations: Violation[];
  warnings: VerifyWarning[];
}

/** The occurrences of a file, or the violation saying it is not YAML. */
export function findInFile(file: TextFile): FoundOccurrences | Violation {
  try {
    return findImageOccurrences(file.path, file.text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return {
      file: file.path,
      line: error.line,
      image: '',
      rule: 'invalid-yaml',
      message: error.detail,
    };
  }
}

/** An occurrence as a record. */
export function recordOf(occurrence: ImageOccurrence): ImageRecord {
  const { fields } = occurrence;
  return {
    file: occurrence.file,
    line: occurrence.line,
    tagLine: fields.tag?.line ?? fields.ref?.line ?? occurrence.line,
    digestLine: fields.digest?.line ?? fields.ref?.line ?? occurrence.line,
    origin: occurrence.kind,
    keyPath: occurrence.keyPath,
    ...(occurrence.repository === undefined ? {} : { repository: occurrence.repository }),
    ...(occurrence.tag === undefined ? {} : { tag: occurrence.tag }),
    ...(occurrence.digest === undefined ? {} : { digest: occurrence.digest }),
  };
}

function where(record: { keyPath: string }): string {
  return record.keyPath === '' ? '' : `${record.keyPath}: `;
}

/** The violations of a record whose repository, tag or digest does not parse. */
export function referenceViolations(record: ImageRecord): Violation[] {
  const image = clip(imageText(record));
  const found: Violation[] = [];
  const add = (line: number, message: string) =>
    found.push({ file: record.file, line, image, rule: 'invalid-reference', message });
  if (record.repository !== undefined) {
    try {
      parseRepository(record.repository);
    } catch (error) {
      if (!(error instanceof InvalidReferenceError)) throw error;
      add(record.line, `${where(record)}${error.message}`);
    }
  }
  const tag = record.tag === undefined ? undefined : tagProblem(record.tag);
  if (tag !== undefined)
    add(record.tagLine, `${where(record)}the tag ${quote(record.tag ?? '')} ${tag}`);
  const digest = record.digest === undefined ? undefined : digestProblem(record.digest);
  if (digest !== undefined)
    add(record.digestLine, `${where(record)}the digest ${quote(record.digest ?? '')} ${digest}`);
  return found;
}

/** A skipped occurrence: a violation when its reference does not parse, else a warning. */
function skippedOutcome(skipped: SkippedOccurrence): Violation | VerifyWarning {
  const place = skipped.keyPath || skipped.kind;
  if (skipped.reason === 'unparseable-reference')
    return {
      file: skipped.file,
      line: skipped.line,
      image: skipped.repository ?? '',
      rule: 'invalid-reference',
      message: `${place}: ${skipped.detail}`,
    };
  return {
    file: skipped.file,
    line: skipped.line,
    message: `${place}: not checked: ${skipped.detail}`,
  };
}

/** A kustomize image that sets neither tag nor digest changes only the name: nothing to pin. */
function onlyRenames(record: ImageRecord): boolean {
  return (
    record.origin === 'kustomize-image' && record.tag === undefined && record.digest === undefined
  );
}

/** Collect the records of every file; files that are not YAML become violations. */
export function collectImages(files: readonly TextFile[]): CollectedImages {
  const collected: CollectedImages = { records: [], violations: [], warnings: [] };
  for (const file of files) {
    const found = findInFile(file);
    if ('rule' in found) {
      collected.violations.push(found);
      continue;
    }
    for (const skipped of found.skipped) {
      const outcome = isResolvable(skipped)
        ? resolveSkipped(file.text, skipped)
        : skippedOutcome(skipped);
      if ('origin' in outcome) addRecord(collected, outcome);
      else if ('rule' in outcome) collected.violations.push(outcome as Violation);
      else collected.warnings.push(outcome);
    }
    for (const occurrence of found.occurrences) addRecord(collected, recordOf(occurrence));
  }
  return collected;
}

/** A record that parses, or its violations; a kustomize rename alone is a warning. */
function addRecord(collected: CollectedImages, record: ImageRecord): void {
  const problems = referenceViolations(record);
  if (problems.length > 0) collected.violations.push(...problems);
  else if (onlyRenames(record))
    collected.warnings.push({
      file: record.file,
      line: record.line,
      message: `${where(record)}sets neither newTag nor digest: the reference in the manifests applies; include those files to check it`,
    });
  else collected.records.push(record);
}
