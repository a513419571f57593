/**
 * What one occurrence needs so that it holds one service's image: the splices (edits) and the
 * field-level record of them (changes). Pure; throws a FileError subclass when the occurrence
 * cannot be brought to the target safely (fail closed).
 */
import type { Change } from '../change.js';
import type { ComponentTag } from '../component-tags.js';
import { StaleDigestError, UnsafeOccurrenceError } from './image-edit-errors.js';
import type { Edit, FieldSpan, ImageOccurrence, WriteMode } from './image-occurrence.js';
import { formatImageString } from './image-strings.js';
import { formatScalar, replacementText } from './yaml-scalars.js';

/** One edit and the field-level changes it makes (lines as in the text before the edit). */
export interface PlannedEdit {
  edit: Edit;
  changes: Change[];
}

/** One planned write, before it is turned into an Edit and a Change. */
interface Write {
  start: number;
  end: number;
  text: string;
  line: number;
  field: Edit['field'];
  from: string;
  to: string;
  insert: boolean;
  path: Edit['path'];
  changes: { field: 'tag' | 'digest'; from: string; to: string }[];
}

const short = (digest: string) => `${digest.slice(0, 19)}…`;

/** Fail closed when the file pins a digest that this bump would leave in place. */
function checkPinnedDigest(
  occ: ImageOccurrence,
  service: string,
  entry: ComponentTag,
  write: WriteMode,
) {
  const pinned = occ.digest;
  if (pinned === undefined || pinned === entry.digest) return;
  if (write !== 'tag' && entry.digest !== undefined) return;
  const line = occ.fields.digest?.line ?? occ.fields.ref?.line ?? occ.line;
  const why =
    write === 'tag'
      ? "but write is 'tag': the old digest would stay and keep deploying the old image. " +
        "Use write 'tag+digest'."
      : `but the component tags give no digest for '${service}': the old digest would stay and ` +
        'keep deploying the old image. Record the digest in component-tags.json, or remove it here.';
  throw new StaleDigestError(
    occ.file,
    line,
    service,
    pinned,
    `${occ.keyPath} (service '${service}') pins digest ${short(pinned)} ${why}`,
  );
}

/** Replace a span's value. */
function replace(span: FieldSpan, field: 'tag' | 'digest', to: string): Write {
  return {
    start: span.start,
    end: span.end,
    text: replacementText(span, to),
    line: span.line,
    field,
    from: span.value,
    to,
    insert: false,
    path: span.path,
    changes: [{ field, from: span.value, to }],
  };
}

/** The writes of a Helm map or kustomize image: set tag and digest, add missing keys. */
function mapWrites(occ: ImageOccurrence, service: string, tag?: string, digest?: string): Write[] {
  const writes: Write[] = [];
  const adds: { field: 'tag' | 'digest'; value: string }[] = [];
  const { tag: tagSpan, digest: digestSpan } = occ.fields;
  if (tag !== undefined && tagSpan?.value !== tag) {
    if (tagSpan) writes.push(replace(tagSpan, 'tag', tag));
    else adds.push({ field: 'tag', value: tag });
  }
  // Under Flux image automation (a `$imagepolicy` marker) no digest key is added: the
  // automation rewrites only the tag, and a digest beside it would keep the old image.
  if (digest !== undefined && digestSpan?.value !== digest) {
    if (digestSpan) writes.push(replace(digestSpan, 'digest', digest));
    else if (occ.policy === undefined) adds.push({ field: 'digest', value: digest });
  }
  if (adds.length === 0) return writes;
  const at = occ.insertion;
  if (!at)
    throw new UnsafeOccurrenceError(
      occ.file,
      occ.line,
      service,
      'no-insertion-point',
      `${occ.keyPath} (service '${service}') has no ${adds.map((a) => a.field).join(' or ')} ` +
        'key, and the layout does not show where to add one: add it by hand once.',
    );
  adds.forEach(({ field, value }, i) => {
    const key = field === 'tag' ? at.tagKey : at.digestKey;
    const line = at.line + (at.lead.startsWith(',') ? 0 : i);
    writes.push({
      start: at.offset,
      end: at.offset,
      text: `${at.lead}${key}: ${formatScalar(value, 'plain')}`,
      line,
      field,
      from: '',
      to: value,
      insert: true,
      path: at.path.concat(key),
      changes: [{ field, from: '', to: value }],
    });
  });
  return writes;
}

/** The write of a whole `repo:tag@digest` string: the repository is kept as written. */
function refWrite(occ: ImageOccurrence, span: FieldSpan, tag?: string, digest?: string): Write[] {
  const nextTag = tag ?? occ.tag;
  const nextDigest = digest ?? occ.digest;
  const to = formatImageString({
    repository: occ.repository ?? '',
    ...(nextTag !== undefined ? { tag: nextTag } : {}),
    ...(nextDigest !== undefined ? { digest: nextDigest } : {}),
  });
  if (to === span.value) return [];
  const changes: Write['changes'] = [];
  if (nextTag !== occ.tag) changes.push({ field: 'tag', from: occ.tag ?? '', to: nextTag ?? '' });
  if (nextDigest !== occ.digest)
    changes.push({ field: 'digest', from: occ.digest ?? '', to: nextDigest ?? '' });
  return [{ ...replace(span, 'tag', to), field: 'ref', changes }];
}

/**
 * The edits that make `occ` hold `entry`'s image, writing what `write` says. No edits when it
 * already does (idempotence).
 */
export function occurrenceEdits(
  occ: ImageOccurrence,
  index: number,
  service: string,
  entry: ComponentTag,
  write: WriteMode,
): PlannedEdit[] {
  checkPinnedDigest(occ, service, entry, write);
  const tag = write === 'digest' ? undefined : entry.tag;
  const digest = write === 'tag' ? undefined : entry.digest;
  const { ref, tag: tagSpan, digest: digestSpan } = occ.fields;
  let writes: Write[];
  if (ref) writes = refWrite(occ, ref, tag, digest);
  else if (occ.kind === 'flux-marker') {
    writes = [];
    if (tag !== undefined && tagSpan && tagSpan.value !== tag)
      writes.push(replace(tagSpan, 'tag', tag));
    if (digest !== undefined && digestSpan && digestSpan.value !== digest)
      writes.push(replace(digestSpan, 'digest', digest));
  } else writes = mapWrites(occ, service, tag, digest);
  if (writes.length > 0 && occ.sharedAnchor) {
    const { anchor, aliasLine } = occ.sharedAnchor;
    throw new UnsafeOccurrenceError(
      occ.file,
      occ.line,
      service,
      'shared-anchor',
      `${occ.keyPath} (service '${service}') is shared through the anchor &${anchor}, which ` +
        `the alias *${anchor} on line ${aliasLine} uses: editing it would change that too.`,
    );
  }
  // Objects are built field by field: this runs once per edit of a large bump.
  return writes.map((w) => ({
    edit: {
      file: occ.file,
      start: w.start,
      end: w.end,
      text: w.text,
      line: w.line,
      service,
      kind: occ.kind,
      keyPath: occ.keyPath,
      field: w.field,
      from: w.from,
      to: w.to,
      insert: w.insert,
      document: occ.document,
      path: w.path,
      occurrence: index,
    },
    changes: w.changes.map((c) => ({
      file: occ.file,
      line: w.line,
      service,
      field: c.field,
      from: c.from,
      to: c.to,
    })),
  }));
}
