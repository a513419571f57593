import { describe, expect, test } from 'vitest';
import { sourceLabelsOf } from './source-labels.js';

describe('sourceLabelsOf', () => {
  test.each([
    [
      {
        config: {
          Labels: {
            'org.opencontainers.image.version': '0.0.2',
            'org.opencontainers.image.revision': 'c3d4e5f',
          },
        },
      },
      { version: '0.0.2', revision: 'c3d4e5f' },
    ],
    [{ config: { Labels: { 'org.opencontainers.image.version': '' } } }, {}],
    [{ config: { Labels: { 'org.opencontainers.image.version': 3 } } }, {}],
    [{ config: { Labels: null } }, {}],
    [{ config: {} }, {}],
    [{}, {}],
    [null, {}],
  ])('%j', (config, expected) => {
    expect(sourceLabelsOf(JSON.stringify(config))).toEqual(expected);
  });

  test('a body that is not JSON has no labels', () => {
    expect(sourceLabelsOf('not json')).toEqual({});
  });
});
