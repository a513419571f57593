/**
 * Flux image-automation setter markers: a line comment `# {"$imagepolicy": "<ns>:<policy>"}`
 * after a scalar marks the whole reference; a `:tag`, `:name` or `:digest` suffix marks only
 * that part. The comment is read from the bytes after the scalar on the same line, exactly as
 * the image-automation controller finds it.
 */

/** What a marker says the scalar before it holds. */
export type MarkerField = 'ref' | 'tag' | 'name' | 'digest';

/** A `$imagepolicy` marker that could be read. */
export interface FluxMarker {
  ok: true;
  /** `<namespace>:<name>` of the ImagePolicy. */
  policy: string;
  /** The policy's name: the service it stands for. */
  name: string;
  field: MarkerField;
}

/** A `$imagepolicy` comment that does not say `ns:name[:tag|:name|:digest]`. */
export interface BadFluxMarker {
  ok: false;
  detail: string;
}

const SUFFIXES: ReadonlySet<string> = new Set(['tag', 'name', 'digest']);
const MARKER_KEY = '$imagepolicy';

/** Whether the file mentions a marker at all (a fast path for the finder). */
export function mayHaveMarkers(text: string): boolean {
  return text.includes(MARKER_KEY);
}

/** The text of the line comment that starts after `offset` on the same line, if any. */
function trailingComment(text: string, offset: number): string | undefined {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '#' || i === offset) return undefined;
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return text.slice(i + 1, end);
}

/** Parse a marker's policy string: `ns:name`, `ns:name:tag`, `ns:name:name`, `ns:name:digest`. */
export function parseMarkerPolicy(value: string): FluxMarker | BadFluxMarker {
  const parts = value.split(':');
  const [namespace, name, suffix] = parts;
  const valid = (part: string | undefined) =>
    part !== undefined && /^[a-z0-9][a-z0-9.-]*$/.test(part);
  if (parts.length > 3 || !valid(namespace) || !valid(name))
    return { ok: false, detail: `"${value}" is not <namespace>:<policy>[:tag|:name|:digest]` };
  if (suffix !== undefined && !SUFFIXES.has(suffix))
    return {
      ok: false,
      detail: `"${value}" ends in ":${suffix}"; expected :tag, :name or :digest`,
    };
  const field: MarkerField = suffix === undefined ? 'ref' : (suffix as MarkerField);
  return { ok: true, policy: `${namespace}:${name}`, name: name as string, field };
}

/**
 * The marker in the line comment right after a scalar that ends at `offset`; `undefined` when
 * there is no `$imagepolicy` comment there.
 */
export function markerAfter(text: string, offset: number): FluxMarker | BadFluxMarker | undefined {
  const comment = trailingComment(text, offset);
  if (comment === undefined || !comment.includes(MARKER_KEY)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(comment.trim());
  } catch {
    return { ok: false, detail: `the marker comment is not JSON: ${comment.trim()}` };
  }
  const value = (data as Record<string, unknown> | null)?.[MARKER_KEY];
  if (typeof value !== 'string')
    return { ok: false, detail: `the marker's "${MARKER_KEY}" is not a string` };
  return parseMarkerPolicy(value);
}

/** Offsets of every `$imagepolicy` line comment in the file (for markers attached to nothing). */
export function markerCommentOffsets(text: string): number[] {
  const offsets: number[] = [];
  const pattern = /#[^\n]*\$imagepolicy/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
  return offsets;
}
