/** Artifact name patterns such as `component-tags-*`: `*` any run of characters, `?` one. */

/** A RegExp matching whole names against a `*`/`?` pattern. */
export function namePattern(pattern: string): RegExp {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
