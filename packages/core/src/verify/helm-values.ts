/**
 * Helm's view of values: the chart's `values.yaml` with an environment's values file over it.
 * Maps merge key by key, anything else is replaced, and `null` deletes a default (as Helm's
 * coalescing does).
 */

type Values = Record<string, unknown>;

function isPlainMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `overrides` over `defaults`, as Helm merges a values file over the chart's values. */
export function coalesceValues(defaults: unknown, overrides: unknown): unknown {
  if (overrides === null || overrides === undefined) return defaults ?? {};
  if (!isPlainMap(overrides) || !isPlainMap(defaults)) return overrides;
  const merged: Values = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete merged[key];
    else merged[key] = isPlainMap(value) ? coalesceValues(merged[key], value) : value;
  }
  return merged;
}
