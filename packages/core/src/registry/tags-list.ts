/** The tags-list answer of the distribution API and its `Link` pagination. Pure. */

/** The `tags` of a `/v2/<name>/tags/list` body; undefined when the body is not one. */
export function tagsOfBody(body: Buffer | string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString());
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const tags = (parsed as { tags?: unknown }).tags;
  if (tags === null) return []; // distribution answers `"tags": null` for a repository with none
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return undefined;
  return tags as string[];
}

/**
 * The absolute URL of the `rel="next"` link in a `Link` header (RFC 8288), resolved against the
 * URL of the page that carried it; undefined on the last page.
 */
export function nextPageUrl(link: string | undefined, pageUrl: string): string | undefined {
  if (link === undefined) return undefined;
  for (const match of link.matchAll(/<([^>]*)>([^<]*)/g)) {
    const [, target = '', params = ''] = match;
    const rel = /;\s*rel\s*=\s*"?([^";,]+)"?/i.exec(params)?.[1] ?? '';
    if (rel.split(/\s+/).includes('next')) return new URL(target, pageUrl).toString();
  }
  return undefined;
}
