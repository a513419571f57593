/**
 * A second line of defence against leaked credentials: every string of a verification's result
 * (messages built from a registry's text) with the run's secrets replaced, before it reaches the
 * `violations` output, the job summary or the report file.
 */

/** `value` with `scrub` applied to every string inside it (objects and arrays copied). */
export function scrubStrings<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubStrings(item, scrub)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, scrubStrings(item, scrub)]),
  ) as T;
}
