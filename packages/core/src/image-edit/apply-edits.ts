/**
 * Apply planned edits to one file's text by splicing, then prove the result: lex it and check
 * that only the planned scalars changed (see lexeme-proof), else re-parse it and check that
 * exactly the planned values changed (see verify-edits). Nothing else is touched:
 * the output is the original text with precise replacements.
 */
import { checkEditableText } from '../text-encoding.js';
import { EditConflictError, EditVerificationError, YamlSyntaxError } from './image-edit-errors.js';
import type { Edit } from './image-occurrence.js';
import { type AnalysedFile, analyseFile } from './find-occurrences.js';
import { editsProvenByLexemes } from './lexeme-proof.js';
import { verifyDocuments, verifyOccurrences } from './verify-edits.js';

/** Edits sorted by offset (inserts at one offset keep their planned order), duplicates dropped. */
function orderEdits(file: string, edits: readonly Edit[]): Edit[] {
  const sorted = edits
    .map((edit, i) => ({ edit, i }))
    .sort((x, y) => x.edit.start - y.edit.start || x.edit.end - y.edit.end || x.i - y.i)
    .map(({ edit }) => edit);
  const ordered: Edit[] = [];
  for (const edit of sorted) {
    const last = ordered[ordered.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text)
      continue;
    if (last && edit.start < last.end)
      throw new EditConflictError(file, edit.line, `two edits overlap at ${edit.keyPath}`);
    ordered.push(edit);
  }
  return ordered;
}

/** Check that each edit still fits the text: the span holds `from`, or the key is missing. */
function checkFits(before: AnalysedFile, edits: readonly Edit[]): void {
  const { occurrences } = before.found;
  for (const edit of edits) {
    const occ = occurrences[edit.occurrence];
    const spans = occ ? [occ.fields.tag, occ.fields.digest, occ.fields.ref] : [];
    const fits = edit.insert
      ? occ?.insertion?.offset === edit.start && edit.start === edit.end
      : spans.some(
          (s) => s && s.start === edit.start && s.end === edit.end && s.value === edit.from,
        );
    if (!fits)
      throw new EditVerificationError(
        before.source.file,
        edit.line,
        `the edit of ${edit.keyPath} does not fit the text: was the file changed after planning?`,
      );
  }
}

/** The text with the (ordered, non-overlapping) edits spliced in. */
function splice(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Apply edits to a file already analysed (as planned from); returns the new text. */
export function applyToAnalysed(before: AnalysedFile, edits: readonly Edit[]): string {
  const file = before.source.file;
  const own = orderEdits(
    file,
    edits.filter((e) => e.file === file),
  );
  if (own.length === 0) return before.source.text;
  // A file read with replacement characters would be written back with them: refuse it.
  checkEditableText(file, before.source.text, true);
  checkFits(before, own);
  const text = splice(before.source.text, own);
  if (editsProvenByLexemes(before, text, own)) return text;
  let after: AnalysedFile;
  try {
    after = analyseFile({ path: file, text });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new EditVerificationError(file, error.line, `after the edit, the file ${error.detail}`);
  }
  // Documents are compared whole: a hollowed analysis is made again (the same occurrences).
  const whole = before.hollow ? analyseFile({ path: file, text: before.source.text }) : before;
  verifyDocuments(whole, after, own);
  verifyOccurrences(whole, after, own);
  return text;
}

/**
 * Apply the edits planned for `file` (edits of other files are ignored) to its `text`, and
 * verify the result by re-parsing. Throws EditVerificationError when anything but the planned
 * values would change, and EditConflictError when edits overlap.
 */
export function applyEdits(file: string, text: string, edits: readonly Edit[]): string {
  if (!edits.some((e) => e.file === file)) return text;
  return applyToAnalysed(analyseFile({ path: file, text }), edits);
}
