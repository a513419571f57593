import { describe, expect, test } from 'vitest';
import type { SourcePromotion } from './promote-source.js';
import { planRelease, releaseNotes } from './release.js';
import { ReleaseVersionError } from './retag-errors.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

function promotion(version?: string): SourcePromotion {
  return {
    mode: 'retag',
    dryRun: false,
    pushed: 2,
    record: {},
    images: [
      {
        source: {
          service: 'backend',
          repository: 'ghcr.io/org/backend',
          tag: 'staging-v0.0.2-c3d4e5f-1738869999',
          digest: DIGEST,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          kind: 'index',
          labels: {},
        },
        ...(version ? { version: { value: version, from: 'label' as const } } : {}),
        sha: { value: 'c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6', from: 'label' },
        tags: [
          { tag: 'production-v0.0.2-c3d4e5f-1738869000', alias: false, action: 'push' },
          { tag: 'production', alias: true, action: 'move', current: DIGEST },
        ],
      },
    ],
  };
}

describe('planRelease', () => {
  test('v<version> on the source commit, notes with every service, tag and digest', () => {
    expect(planRelease(promotion('0.0.2'))).toEqual({
      version: '0.0.2',
      tagName: 'v0.0.2',
      targetCommitish: 'c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6',
      name: 'v0.0.2',
      body: releaseNotes(promotion('0.0.2')),
    });
    expect(releaseNotes(promotion('0.0.2'))).toBe(
      [
        '| Service | Image | Tags | Digest |',
        '| --- | --- | --- | --- |',
        `| backend | \`ghcr.io/org/backend\` | \`production-v0.0.2-c3d4e5f-1738869000\`, \`production\` | \`${DIGEST}\` |`,
        '',
      ].join('\n'),
    );
  });

  test('no version is a clear error', () => {
    expect(() => planRelease(promotion())).toThrow(ReleaseVersionError);
  });
});
