import { expect, test } from 'vitest';
import { coalesceValues } from './helm-values.js';

test.each([
  {
    name: 'maps merge key by key',
    defaults: { image: { repository: 'r', tag: '' }, replicaCount: 1 },
    overrides: { image: { tag: '1.0' } },
    merged: { image: { repository: 'r', tag: '1.0' }, replicaCount: 1 },
  },
  {
    name: 'lists and scalars are replaced',
    defaults: { args: ['a', 'b'], port: 80 },
    overrides: { args: ['c'], port: '8080' },
    merged: { args: ['c'], port: '8080' },
  },
  {
    name: 'null deletes a default',
    defaults: { resources: { limits: { cpu: 1 } }, tolerations: [] },
    overrides: { resources: null },
    merged: { tolerations: [] },
  },
  {
    name: 'an empty file keeps the defaults',
    defaults: { a: 1 },
    overrides: null,
    merged: { a: 1 },
  },
  {
    name: 'a map over a scalar replaces it',
    defaults: { a: 1 },
    overrides: { a: { b: 2 } },
    merged: { a: { b: 2 } },
  },
])('$name', ({ defaults, overrides, merged }) => {
  expect(coalesceValues(defaults, overrides)).toEqual(merged);
});
