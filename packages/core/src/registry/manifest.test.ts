import { describe, expect, test } from 'vitest';
import {
  describeManifest,
  formatPlatform,
  ManifestFormatError,
  platformOfImageConfig,
  sha256Digest,
} from './manifest.js';
import { manifestKindOf, MANIFEST_ACCEPT } from './media-types.js';

const D = (c: string): string => `sha256:${c.repeat(64)}`;
const json = (value: unknown): string => JSON.stringify(value);

describe('describeManifest', () => {
  test.each([
    [
      'OCI index with an attestation',
      json({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: D('a'),
            size: 10,
            platform: { os: 'linux', architecture: 'amd64' },
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: D('b'),
            size: 11,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: D('c'),
            size: 12,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: {
              'vnd.docker.reference.type': 'attestation-manifest',
              'vnd.docker.reference.digest': D('a'),
            },
          },
        ],
      }),
      '',
      {
        mediaType: 'application/vnd.oci.image.index.v1+json',
        kind: 'index',
        platforms: ['linux/amd64', 'linux/arm64/v8'],
        manifests: [
          {
            digest: D('a'),
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            size: 10,
            platform: 'linux/amd64',
            attestation: false,
          },
          {
            digest: D('b'),
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            size: 11,
            platform: 'linux/arm64/v8',
            attestation: false,
          },
          {
            digest: D('c'),
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            size: 12,
            platform: 'unknown/unknown',
            attestation: true,
          },
        ],
      },
    ],
    [
      'index without mediaType, known by Content-Type',
      json({ schemaVersion: 2, manifests: [{ digest: D('a'), size: 1 }] }),
      'application/vnd.docker.distribution.manifest.list.v2+json; charset=utf-8',
      {
        mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
        kind: 'index',
        platforms: [],
        manifests: [{ digest: D('a'), mediaType: '', size: 1, attestation: false }],
      },
    ],
    [
      'Docker image manifest',
      json({
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: {
          mediaType: 'application/vnd.docker.container.image.v1+json',
          digest: D('c'),
          size: 3,
        },
        layers: [],
      }),
      'application/json',
      {
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        kind: 'manifest',
        platforms: [],
        manifests: [],
        config: { digest: D('c'), mediaType: 'application/vnd.docker.container.image.v1+json' },
      },
    ],
    [
      'OCI manifest known by its shape alone',
      json({
        schemaVersion: 2,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D('d'), size: 3 },
        layers: [],
      }),
      '',
      {
        mediaType: '',
        kind: 'manifest',
        platforms: [],
        manifests: [],
        config: { digest: D('d'), mediaType: 'application/vnd.oci.image.config.v1+json' },
      },
    ],
  ])('%s', (_name, body, contentType, expected) => {
    expect(describeManifest(Buffer.from(body), contentType)).toEqual(expected);
  });

  test.each([
    ['not JSON', '<html>', '', 'the manifest is not valid JSON'],
    ['an array', '[]', '', 'the manifest is not a JSON object'],
    [
      'schema 1',
      json({ schemaVersion: 1, name: 'x' }),
      'application/vnd.docker.distribution.manifest.v1+prettyjws',
      'schema 1 manifests are not supported',
    ],
    [
      'another media type',
      json({ mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip' }),
      '',
      'is not a manifest',
    ],
    ['neither shape', json({ schemaVersion: 2 }), '', 'neither an index nor a manifest'],
    [
      'index without list',
      json({ mediaType: 'application/vnd.oci.image.index.v1+json' }),
      '',
      'has no "manifests" list',
    ],
    [
      'index entry without digest',
      json({ manifests: [{ size: 1 }] }),
      'application/vnd.oci.image.index.v1+json',
      'index entry 0 has no digest',
    ],
    [
      'manifest without config',
      json({ mediaType: 'application/vnd.oci.image.manifest.v1+json', layers: [] }),
      '',
      'has no config descriptor',
    ],
  ])('%s throws ManifestFormatError', (_name, body, contentType, message) => {
    expect(() => describeManifest(body, contentType)).toThrow(ManifestFormatError);
    expect(() => describeManifest(body, contentType)).toThrow(message);
  });
});

describe('platforms', () => {
  test.each([
    [{ os: 'linux', architecture: 'amd64' }, 'linux/amd64'],
    [{ os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v7'],
    [{ os: 'windows', architecture: 'amd64', variant: '' }, 'windows/amd64'],
    [{ os: 'linux' }, undefined],
    [{ os: 1, architecture: 'amd64' }, undefined],
  ])('formatPlatform(%j) → %s', (fields, expected) => {
    expect(formatPlatform(fields)).toBe(expected);
  });

  test('platformOfImageConfig', () => {
    expect(
      platformOfImageConfig('{"architecture":"arm64","os":"linux","variant":"v8","rootfs":{}}'),
    ).toBe('linux/arm64/v8');
    expect(() => platformOfImageConfig('{"rootfs":{}}')).toThrow(ManifestFormatError);
  });
});

describe('media types', () => {
  test.each([
    ['application/vnd.oci.image.index.v1+json', 'index'],
    ['application/vnd.docker.distribution.manifest.list.v2+json', 'index'],
    ['application/vnd.oci.image.manifest.v1+json', 'manifest'],
    ['Application/Vnd.Docker.Distribution.Manifest.V2+json; charset=utf-8', 'manifest'],
    ['application/json', undefined],
  ])('%s → %s', (mediaType, kind) => {
    expect(manifestKindOf(mediaType)).toBe(kind);
  });

  test('Accept names all four manifest types', () => {
    expect(MANIFEST_ACCEPT.split(', ').map(manifestKindOf).sort()).toEqual([
      'index',
      'index',
      'manifest',
      'manifest',
    ]);
  });
});

test('sha256Digest', () => {
  expect(sha256Digest('')).toBe(
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
});
