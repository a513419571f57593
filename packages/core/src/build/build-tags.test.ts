import { describe, expect, test } from 'vitest';
import {
  fullReferences,
  parseServiceDigests,
  parseServiceImages,
  recordComponentTags,
} from './build-tags.js';

const D = `sha256:${'d'.repeat(64)}`;

describe('parseServiceImages', () => {
  test('reads service=repository lines, skipping blanks and comments', () => {
    expect(
      parseServiceImages('api=ghcr.io/acme/api\n\n# web later\nweb = ghcr.io/acme/web\n'),
    ).toEqual([
      { service: 'api', repository: 'ghcr.io/acme/api' },
      { service: 'web', repository: 'ghcr.io/acme/web' },
    ]);
  });

  test.each([
    ['', /lists no image/],
    ['api', /is not of the form service=repository/],
    ['api=ghcr.io/acme/api:1', /no tag or digest/],
    ['api=x\napi=y', /repeats 'api'/],
    ['a b=x', /invalid service name/],
  ])('rejects %j', (text, message) => {
    expect(() => parseServiceImages(text)).toThrow(message);
  });
});

describe('digests and records', () => {
  const images = parseServiceImages('api=ghcr.io/acme/api\nweb=ghcr.io/acme/web');

  test('records only the services with a digest', () => {
    const digests = parseServiceDigests(`api=${D}`, images);
    expect(recordComponentTags({ images, digests, tag: '1.0.0', shortSha: 'abc1234' })).toEqual({
      api: { tag: '1.0.0', sha: 'abc1234', digest: D, image: 'ghcr.io/acme/api' },
    });
  });

  test('every image with every tag', () => {
    expect(fullReferences(images, ['1', 'latest'])).toEqual([
      'ghcr.io/acme/api:1',
      'ghcr.io/acme/api:latest',
      'ghcr.io/acme/web:1',
      'ghcr.io/acme/web:latest',
    ]);
  });
});
