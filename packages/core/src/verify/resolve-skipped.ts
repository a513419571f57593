/**
 * Fail closed on what the byte-exact finder skips: an alias (`image: *img`, `tag: *t`), a block
 * scalar (`image: >-`) or a scalar folded over several lines has a value, and Helm and kustomize
 * render the image from it. The finder refuses to edit those; verify-digests only reads, so it
 * resolves the value with the YAML parser (aliases followed, scalars folded) and checks that.
 * What it still cannot read becomes an `unreadable-image` violation, never a silent pass.
 */
import { parseAllDocuments } from 'yaml';
import { InvalidReferenceError } from '../errors.js';
import type { SkippedOccurrence } from '../image-edit/index.js';
import { parseReference, repositoryOf } from '../reference.js';
import type { ImageRecord } from './image-record.js';
import type { Violation } from './violation.js';

/** Skip reasons whose value the parser can still give. */
const RESOLVABLE = new Set(['alias', 'block-scalar', 'multi-line-scalar', 'not-a-scalar']);

/** Whether verify-digests resolves this skipped occurrence instead of warning about it. */
export function isResolvable(skipped: SkippedOccurrence): boolean {
  return RESOLVABLE.has(skipped.reason);
}

/** `api.image`, `images[0]` as steps into the document's data. */
function keySteps(keyPath: string): Array<string | number> {
  const steps: Array<string | number> = [];
  for (const part of keyPath.split('.'))
    for (const [, key, index] of part.matchAll(/([^[\]]+)|\[(\d+)\]/g))
      steps.push(index === undefined ? (key as string) : Number(index));
  return steps;
}

/** The data at `keyPath` in document `index` of `text` (aliases resolved), or undefined. */
function valueAt(text: string, index: number, keyPath: string): unknown {
  const document = parseAllDocuments(text)[index];
  if (document === undefined || !('toJS' in document)) return undefined;
  let value: unknown = document.toJS({ maxAliasCount: 1000 });
  for (const step of keySteps(keyPath)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** A scalar as the text Helm would render (`1.0` stays `1.0`); undefined when absent. */
function scalarText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new UnreadableValue(`${field} is not a single value`);
}

class UnreadableValue extends Error {}

type ImageFields = Pick<ImageRecord, 'repository' | 'tag' | 'digest'>;

/** The fields of a whole reference string. */
function fromReference(text: string): ImageFields {
  const ref = parseReference(text);
  return {
    repository: repositoryOf(ref),
    ...(ref.tag === undefined ? {} : { tag: ref.tag }),
    ...(ref.digest === undefined ? {} : { digest: ref.digest }),
  };
}

/** The fields of a Helm image map (`registry`, `repository`, `tag`, `digest`). */
function fromHelmMap(map: Record<string, unknown>, fallback: string | undefined): ImageFields {
  const registry = scalarText(map.registry, 'registry');
  const repository = scalarText(map.repository, 'repository') ?? fallback;
  const tag = scalarText(map.tag, 'tag');
  const digest = scalarText(map.digest, 'digest');
  return {
    ...(repository === undefined
      ? {}
      : { repository: registry ? `${registry}/${repository}` : repository }),
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** The fields of a kustomize `images:` entry (`name`, `newName`, `newTag`, `digest`). */
function fromKustomizeImage(map: Record<string, unknown>): ImageFields {
  const repository = scalarText(map.newName, 'newName') ?? scalarText(map.name, 'name');
  const tag = scalarText(map.newTag, 'newTag');
  const digest = scalarText(map.digest, 'digest');
  return {
    ...(repository === undefined ? {} : { repository }),
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** The image fields the occurrence renders to. */
function resolvedFields(value: unknown, skipped: SkippedOccurrence): ImageFields {
  if (typeof value === 'string') return fromReference(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UnreadableValue('resolves to neither a reference nor an image map');
  const map = value as Record<string, unknown>;
  return skipped.kind === 'kustomize-image'
    ? fromKustomizeImage(map)
    : fromHelmMap(map, skipped.repository);
}

/** A record for the skipped occurrence, read through the parser, or the violation saying why not. */
export function resolveSkipped(text: string, skipped: SkippedOccurrence): ImageRecord | Violation {
  const place = skipped.keyPath || skipped.kind;
  const unreadable = (why: string): Violation => ({
    file: skipped.file,
    line: skipped.line,
    image: skipped.repository ?? '',
    rule: 'unreadable-image',
    message: `${place}: ${skipped.detail}, and its value cannot be checked: ${why}`,
  });
  try {
    const fields = resolvedFields(valueAt(text, skipped.document, skipped.keyPath), skipped);
    return {
      file: skipped.file,
      line: skipped.line,
      tagLine: skipped.line,
      digestLine: skipped.line,
      origin: skipped.kind,
      keyPath: skipped.keyPath,
      ...fields,
    };
  } catch (error) {
    if (error instanceof InvalidReferenceError) return unreadable(error.message);
    if (error instanceof UnreadableValue) return unreadable(error.message);
    throw error;
  }
}
