import { expect, test } from 'vitest';
import { dottedPath, parseLocated, placeOf, pointerSegments } from './yaml-paths.js';

const VALUES = [
  '# values', //           1
  'replicaCount: 3', //    2
  'image:', //             3
  '  repository: x', //    4
  '  tag: "1.0"', //       5
  'env:', //               6
  '  - name: A', //        7
  '    value: "1"', //     8
  '  - name: B', //        9
  'a/b: 1', //             10
  'defaults: &d', //       11
  '  level: info', //      12
  'logging: *d', //        13
  '',
].join('\n');

test.each([
  { path: [], place: { line: 2, depth: 0 } },
  { path: ['replicaCount'], place: { line: 2, depth: 1 } },
  { path: ['image', 'tag'], place: { line: 5, depth: 2 } },
  { path: ['image', 'digest'], place: { line: 3, depth: 1 } },
  { path: ['env', '1', 'name'], place: { line: 9, depth: 3 } },
  { path: ['env', '0', 'value'], place: { line: 8, depth: 3 } },
  { path: ['env', '5'], place: { line: 6, depth: 1 } },
  { path: ['a/b'], place: { line: 10, depth: 1 } },
  { path: ['logging', 'level'], place: { line: 12, depth: 2 } },
  { path: ['missing', 'deeper'], place: { line: 2, depth: 0 } },
])('placeOf $path', ({ path, place }) => {
  expect(placeOf(parseLocated(VALUES), path)).toEqual(place);
});

test('JSON is found too (component-tags.json)', () => {
  const json = '{\n  "api": {\n    "tag": "1.0",\n    "digest": "sha256:x"\n  }\n}\n';
  expect(placeOf(parseLocated(json), ['api', 'digest'])).toEqual({ line: 4, depth: 2 });
});

test.each([
  { pointer: '', segments: [], dotted: '(root)' },
  { pointer: '/image/tag', segments: ['image', 'tag'], dotted: 'image.tag' },
  { pointer: '/env/0/name', segments: ['env', '0', 'name'], dotted: 'env[0].name' },
  { pointer: '/a~1b/c~0d', segments: ['a/b', 'c~d'], dotted: '["a/b"]["c~d"]' },
])('pointer $pointer', ({ pointer, segments, dotted }) => {
  expect(pointerSegments(pointer)).toEqual(segments);
  expect(dottedPath(segments)).toBe(dotted);
});
