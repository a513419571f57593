import { describe, expect, test } from 'vitest';
import { markerAfter, markerCommentOffsets, parseMarkerPolicy } from './flux-markers.js';

describe('parseMarkerPolicy', () => {
  test.each([
    ['flux-system:backend', { policy: 'flux-system:backend', name: 'backend', field: 'ref' }],
    ['flux-system:backend:tag', { policy: 'flux-system:backend', name: 'backend', field: 'tag' }],
    ['apps:api.v2:name', { policy: 'apps:api.v2', name: 'api.v2', field: 'name' }],
    ['apps:api:digest', { policy: 'apps:api', name: 'api', field: 'digest' }],
  ])('%j', (value, want) => {
    expect(parseMarkerPolicy(value)).toEqual({ ok: true, ...want });
  });

  test.each(['backend', 'a:b:version', 'a:b:tag:x', 'A:b', ':b', 'a:'])(
    '%j is refused',
    (value) => {
      expect(parseMarkerPolicy(value).ok).toBe(false);
    },
  );
});

describe('markerAfter reads the line comment after a scalar', () => {
  const scalar = 'image: ghcr.io/org/backend:1';
  test.each([
    [`${scalar} # {"$imagepolicy": "flux-system:backend"}\n`, 'flux-system:backend/ref'],
    [`${scalar}\t# {"$imagepolicy": "flux-system:backend:tag"}\r\n`, 'flux-system:backend/tag'],
    [`${scalar} #{"$imagepolicy":"ns:p:digest"}`, 'ns:p/digest'],
    [`${scalar} # a plain comment\n`, 'none'],
    [`${scalar}\n# {"$imagepolicy": "ns:p"}\n`, 'none'],
    [`${scalar}#{"$imagepolicy": "ns:p"}\n`, 'none'],
    [`${scalar} # {"$imagepolicy": ns:p}\n`, 'bad'],
    [`${scalar} # {"$imagepolicy": 3}\n`, 'bad'],
  ])('%j', (text, want) => {
    const marker = markerAfter(text, scalar.length);
    const got = !marker ? 'none' : marker.ok ? `${marker.policy}/${marker.field}` : 'bad';
    expect(got).toBe(want);
  });

  test('markerCommentOffsets finds every marker comment', () => {
    const text = 'a: 1 # {"$imagepolicy": "n:a"}\n# b: 2 # {"$imagepolicy": "n:b"}\nc: 3\n';
    expect(markerCommentOffsets(text)).toEqual([5, 31]);
  });
});
