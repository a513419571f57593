import { describe, expect, test } from 'vitest';
import { findImageOccurrences } from './find-occurrences.js';
import { YamlSyntaxError } from './image-edit-errors.js';
import type { ImageOccurrence, SkippedOccurrence } from './image-occurrence.js';

const D1 = `sha256:${'1'.repeat(64)}`;

/** What `run` throws (undefined when it does not). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** One line per occurrence: kind, place, hint, and the reference as written. */
function summary(o: ImageOccurrence): string {
  const parts = [
    `${o.kind} ${o.keyPath} L${o.line}`,
    o.serviceHint ? `hint=${o.serviceHint}(${o.hintSource})` : '',
    o.policy ? `policy=${o.policy}` : '',
    o.repository ? `repo=${o.repository}` : '',
    o.tag ? `tag=${o.tag}` : '',
    o.digest ? `digest=${o.digest.slice(7, 10)}` : '',
    o.matchNames.length ? `names=${o.matchNames.join(',')}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

function skippedSummary(s: SkippedOccurrence): string {
  return `${s.reason} ${s.kind} ${s.keyPath}${s.field ? ` ${s.field}` : ''} L${s.line}`;
}

const find = (text: string, file = 'f.yaml') => {
  const found = findImageOccurrences(file, text);
  return {
    occurrences: found.occurrences.map(summary),
    skipped: found.skipped.map(skippedSummary),
  };
};

describe('findImageOccurrences', () => {
  test.each([
    {
      name: 'Helm map at <service>.image, any depth',
      text: `services:\n  api:\n    image:\n      repository: ghcr.io/o/api\n      tag: "1.0"\n      digest: ${D1}\n`,
      occurrences: [
        'helm-map services.api.image L3 hint=api(image-key-path) repo=ghcr.io/o/api tag=1.0 digest=111 names=api',
      ],
    },
    {
      name: 'Bitnami registry + repository is one repository',
      text: 'redis:\n  image:\n    registry: docker.io\n    repository: bitnami/redis\n    tag: 7.2.4\n',
      occurrences: [
        'helm-map redis.image L2 hint=redis(image-key-path) repo=docker.io/bitnami/redis tag=7.2.4 names=redis',
      ],
    },
    {
      name: 'a repository map not under image is found by its repository only',
      text: 'api:\n  repository: ghcr.io/o/api\n  tag: 1.0.0\nchart:\n  repository: https://charts.example.com\n  version: 1.0.0\n',
      occurrences: ['helm-map api L1 hint=api(parent-key) repo=ghcr.io/o/api tag=1.0.0'],
    },
    {
      name: 'an image map with no image keys is not an occurrence',
      text: 'api:\n  image:\n    pullPolicy: Always\n',
      occurrences: [],
    },
    {
      name: 'kustomize images, by name and newName; last segment names the service',
      text:
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nimages:\n  - name: ghcr.io/o/mirai-backend\n    newName: reg.local/o/backend\n    newTag: e5c2216 # note\n  - {name: nginx, digest: ' +
        D1 +
        '}\n',
      occurrences: [
        'kustomize-image images[0] L4 hint=mirai-backend(kustomize-name) repo=reg.local/o/backend tag=e5c2216 names=mirai-backend',
        'kustomize-image images[1] L7 hint=nginx(kustomize-name) repo=nginx digest=111 names=nginx',
      ],
    },
    {
      name: 'a kustomization.yaml without kind is a Kustomization by its name',
      file: 'overlays/prod/kustomization.yml',
      text: 'images:\n  - name: ghcr.io/o/api\n    newTag: "1"\n',
      occurrences: [
        'kustomize-image images[0] L2 hint=api(kustomize-name) repo=ghcr.io/o/api tag=1 names=api',
      ],
    },
    {
      name: 'images: in another kind of document is not kustomize',
      text: 'kind: ConfigMap\nimages:\n  - name: ghcr.io/o/api\n    newTag: "1"\n',
      occurrences: [],
    },
    {
      name: "Flux's Kustomization keeps its images under spec",
      text: 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nspec:\n  images:\n    - name: ghcr.io/o/api\n      newTag: "1"\n',
      occurrences: [
        'kustomize-image spec.images[0] L5 hint=api(kustomize-name) repo=ghcr.io/o/api tag=1 names=api',
      ],
    },
    {
      name: 'image strings: container name is a hint, the repository identifies',
      text: `spec:\n  containers:\n    - name: web\n      image: nginx:1.25@${D1}\n    - name: side\n      image: busybox\n`,
      occurrences: [
        'image-string spec.containers[0].image L4 hint=web(sibling-name) repo=nginx tag=1.25 digest=111',
        'image-string spec.containers[1].image L6 hint=side(sibling-name) repo=busybox',
      ],
    },
    {
      name: 'an image string at <service>.image names its service (compose, values)',
      text: 'services:\n  api:\n    image: ghcr.io/o/api:1.0\n',
      occurrences: [
        'image-string services.api.image L3 hint=api(image-key-path) repo=ghcr.io/o/api tag=1.0 names=api',
      ],
    },
    {
      name: 'Flux whole-reference marker, in a sequence too',
      text: 'image: ghcr.io/o/backend:v1 # {"$imagepolicy": "flux-system:backend"}\nextra:\n  - ghcr.io/o/jobs:v1 # {"$imagepolicy": "flux-system:jobs"}\n',
      occurrences: [
        'flux-marker image L1 hint=backend(flux-policy) policy=flux-system:backend repo=ghcr.io/o/backend tag=v1 names=backend',
        'flux-marker extra[0] L3 hint=jobs(flux-policy) policy=flux-system:jobs repo=ghcr.io/o/jobs tag=v1 names=jobs',
      ],
    },
    {
      name: 'Flux suffix markers of one policy form one occurrence',
      text: `w:\n  name: ghcr.io/o/w # {"$imagepolicy": "ns:w:name"}\n  version: v1 # {"$imagepolicy": "ns:w:tag"}\n  sha: ${D1} # {"$imagepolicy": "ns:w:digest"}\n`,
      occurrences: [
        'flux-marker w L2 hint=w(flux-policy) policy=ns:w repo=ghcr.io/o/w tag=v1 digest=111 names=w',
      ],
    },
    {
      name: 'a Helm map with markers takes the policy as its hint',
      text: 'spec:\n  values:\n    image:\n      repository: ghcr.io/o/fe # {"$imagepolicy": "ns:frontend:name"}\n      tag: v1 # {"$imagepolicy": "ns:frontend:tag"}\n',
      occurrences: [
        'helm-map spec.values.image L3 hint=frontend(flux-policy) policy=ns:frontend repo=ghcr.io/o/fe tag=v1 names=values,frontend',
      ],
    },
    {
      name: 'every document of a file',
      text: '---\nimage: a:1\n...\n---\nimage: b:2\n---\n# empty\n',
      occurrences: [
        'image-string image L2 hint=a(repository-name) repo=a tag=1',
        'image-string image L5 hint=b(repository-name) repo=b tag=2',
      ],
    },
  ])('$name', ({ text, file, occurrences }) => {
    const found = find(text, file);
    expect(found.occurrences).toEqual(occurrences);
    expect(found.skipped).toEqual([]);
  });

  test.each([
    [
      'alias at an image map',
      'base: &b {repository: x, tag: "1"}\napi:\n  image: *b\n',
      'alias image-string api.image image L3',
    ],
    [
      'alias at a tag',
      'a: &t "1"\napi:\n  image:\n    repository: x\n    tag: *t\n',
      'alias helm-map api.image tag L5',
    ],
    [
      'templated tag',
      'api:\n  image:\n    repository: x\n    tag: "{{ .Values.v }}"\n',
      'templated helm-map api.image tag L4',
    ],
    [
      'templated image',
      'c:\n  - name: a\n    image: "{{ .Values.image }}"\n',
      'templated image-string c[0].image image L3',
    ],
    ['block scalar', 'api:\n  image: |\n    x:1\n', 'block-scalar image-string api.image image L2'],
    [
      'not a reference',
      'data:\n  image: "not an image"\n',
      'unparseable-reference image-string data.image image L2',
    ],
    ['empty image', 'api:\n  image: ""\n', 'empty image-string api.image image L2'],
    [
      'kustomize item without name',
      'kind: Kustomization\nimages:\n  - newTag: "1"\n',
      'no-name kustomize-image images[0] L3',
    ],
    [
      'kustomize alias item',
      'kind: Kustomization\nx: &i {name: a}\nimages:\n  - *i\n',
      'alias kustomize-image images[0] L4',
    ],
    [
      'bad marker',
      'image: a:1 # {"$imagepolicy": "backend"}\n',
      'unrecognised-marker flux-marker image L1',
    ],
    [
      'marker on no scalar',
      'a: 1\n# image: a:1 # {"$imagepolicy": "ns:p"}\n',
      'marker-not-on-scalar flux-marker  L2',
    ],
  ])('skips %s', (_, text, skipped) => {
    expect(find(text).skipped).toContain(skipped);
  });

  test.each([
    ['repeated merge keys', 'a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n'],
    ['keys of different types', '1: one\n"1": also one\n'],
  ])('%s are not a repeated key', (_, text) => {
    expect(findImageOccurrences('f.yaml', text)).toEqual({ occurrences: [], skipped: [] });
  });

  test('an alias is identified through its anchor, so an affected image can fail closed', () => {
    const text = 'x: &img ghcr.io/o/api:1\nc:\n  - name: a\n    image: *img\n';
    const [skipped] = findImageOccurrences('f.yaml', text).skipped;
    expect(skipped?.matchRepositories).toEqual(['ghcr.io/o/api']);
  });

  test('an anchor aliased elsewhere marks the occurrence shared', () => {
    const text = 'api:\n  image: &i {repository: x, tag: "1"}\ncanary:\n  image: *i\n';
    const [occ] = findImageOccurrences('f.yaml', text).occurrences;
    expect(occ?.sharedAnchor).toEqual({ anchor: 'i', aliasLine: 4 });
  });

  test('spans and insertion points are exact offsets, CRLF included', () => {
    const text = 'api:\r\n  image:\r\n    repository: x\r\n    tag: "1.0" # c\r\n';
    const [occ] = findImageOccurrences('f.yaml', text).occurrences;
    const tag = occ?.fields.tag;
    expect(tag && text.slice(tag.start, tag.end)).toBe('"1.0"');
    expect(occ?.insertion).toMatchObject({ offset: text.length - 2, lead: '\r\n    ', line: 5 });
  });

  test.each([
    ['a: [1\n', 2],
    ['a: 1\n b: 2\n', 1],
    ['a: 1\na: 2\n', 2],
    ['x:\n  image: {repository: r, tag: "1", tag: "2"}\n', 2],
    ['kind: Kustomization\nimages:\n  - name: a\n    newTag: "1"\n    newTag: "2"\n', 5],
  ])('%j is not valid YAML', (text, line) => {
    const error = thrown(() => findImageOccurrences('bad.yaml', text));
    expect(error).toBeInstanceOf(YamlSyntaxError);
    expect((error as YamlSyntaxError).line).toBe(line);
  });
});
