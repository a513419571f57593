import { describe, expect, test } from 'vitest';
import type { ComponentTags } from '../component-tags.js';
import { ComponentTagsError, InputError } from '../errors.js';
import { EditConflictError, StaleDigestError, UnsafeOccurrenceError } from './image-edit-errors.js';
import type { Edit, WriteMode } from './image-occurrence.js';
import { planEdits } from './plan-edits.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

/** An edit as `line service field from -> to [bytes]`. */
const show = (e: Edit) =>
  `${e.line} ${e.service} ${e.field} ${e.from || '∅'} -> ${e.to} [${e.text}]`;

function plan(
  text: string,
  tags: ComponentTags,
  write: WriteMode = 'tag+digest',
  services?: string[],
) {
  const file = { path: 'f.yaml', text };
  return planEdits({
    files: [file],
    componentTags: tags,
    write,
    ...(services ? { services } : {}),
  });
}

/** What `run` throws (undefined when it does not). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

interface MatchRow {
  name: string;
  text: string;
  tags: ComponentTags;
  write?: WriteMode;
  edits: string[];
}

interface FailRow {
  name: string;
  text: string;
  tags: ComponentTags;
  write?: WriteMode;
  services?: string[];
  error: new (...args: never[]) => Error;
  message: string;
}

describe('planEdits matches occurrences to services', () => {
  test.each<MatchRow>([
    {
      name: 'Helm map by key path (no image in the entry)',
      text: 'api:\n  image:\n    repository: r/api\n    tag: "1"\n',
      tags: { api: { tag: '2', digest: D1 } },
      edits: ['4 api tag 1 -> 2 ["2"]', `5 api digest ∅ -> ${D1} [\n    digest: ${D1}]`],
    },
    {
      name: 'any map by its repository, normalised',
      text: 'x:\n  repository: docker.io/library/nginx\n  tag: "1.25"\n  digest: ' + D2 + '\n',
      tags: { web: { tag: '1.27', digest: D1, image: 'nginx' } },
      edits: ['3 web tag 1.25 -> 1.27 ["1.27"]', `4 web digest ${D2} -> ${D1} [${D1}]`],
    },
    {
      name: 'kustomize image by the last segment of its name',
      text: 'kind: Kustomization\nimages:\n  - name: ghcr.io/o/backend\n    newTag: a1\n',
      tags: { backend: { tag: 'b2' } },
      edits: ['4 backend tag a1 -> b2 [b2]'],
    },
    {
      name: 'Flux marker by policy name; the marker comment stays outside the span',
      text: 'image: ghcr.io/o/be:v1 # {"$imagepolicy": "flux-system:be"}\n',
      tags: { be: { tag: 'v2', digest: D1 } },
      edits: [`1 be ref ghcr.io/o/be:v1 -> ghcr.io/o/be:v2@${D1} [ghcr.io/o/be:v2@${D1}]`],
    },
    {
      name: 'a digest-only image string gets its tag back',
      text: `image: ghcr.io/o/api@${D2}\n`,
      tags: { api: { tag: '1.0', digest: D1, image: 'ghcr.io/o/api' } },
      edits: [`1 api ref ghcr.io/o/api@${D2} -> ghcr.io/o/api:1.0@${D1} [ghcr.io/o/api:1.0@${D1}]`],
    },
    {
      name: 'write tag: a string without digest gets repo:tag',
      text: 'image: "ghcr.io/o/api:1"\n',
      tags: { api: { tag: '2', digest: D1, image: 'ghcr.io/o/api' } },
      write: 'tag',
      edits: ['1 api ref ghcr.io/o/api:1 -> ghcr.io/o/api:2 ["ghcr.io/o/api:2"]'],
    },
    {
      name: 'write digest: the tag as written stays',
      text: "image: 'ghcr.io/o/api:1'\n",
      tags: { api: { tag: '2', digest: D1, image: 'ghcr.io/o/api' } },
      write: 'digest',
      edits: [`1 api ref ghcr.io/o/api:1 -> ghcr.io/o/api:1@${D1} ['ghcr.io/o/api:1@${D1}']`],
    },
    {
      name: 'write tag with the digest already right is fine',
      text: `image: ghcr.io/o/api:1@${D1}\n`,
      tags: { api: { tag: '2', digest: D1, image: 'ghcr.io/o/api' } },
      write: 'tag',
      edits: [`1 api ref ghcr.io/o/api:1@${D1} -> ghcr.io/o/api:2@${D1} [ghcr.io/o/api:2@${D1}]`],
    },
    {
      name: 'under Flux automation a map gets no new digest key',
      text: 'image:\n  repository: r/fe\n  tag: v1 # {"$imagepolicy": "ns:fe:tag"}\n',
      tags: { fe: { tag: 'v2', digest: D1 } },
      edits: ['3 fe tag v1 -> v2 [v2]'],
    },
    {
      name: 'an occurrence already at the target needs no edit',
      text: `api:\n  image: {repository: r, tag: "2", digest: ${D1}}\n`,
      tags: { api: { tag: '2', digest: D1 } },
      edits: [],
    },
    {
      name: "an unaffected service's alias and template are skipped, not errors",
      text: 'a: &x {repository: r, tag: "1"}\nweb:\n  image: *x\ndocs:\n  image:\n    repository: r/d\n    tag: "{{ .V }}"\napi:\n  image: {repository: r/api, tag: "1"}\n',
      tags: { api: { tag: '2' } },
      edits: ['9 api tag 1 -> 2 ["2"]'],
    },
  ])('$name', ({ text, tags, write, edits }) => {
    const result = plan(text, tags, write);
    expect(result.edits.map(show)).toEqual(edits);
    expect(result.unmatchedServices).toEqual([]);
  });

  test('services not found anywhere are reported, and only the listed services are bumped', () => {
    const text =
      'api:\n  image: {repository: r/api, tag: "1"}\nweb:\n  image: {repository: r/web, tag: "1"}\n';
    const tags = { api: { tag: '2' }, web: { tag: '2' }, gone: { tag: '2' } };
    const result = plan(text, tags, 'tag', ['web', 'gone']);
    expect(result.edits.map((e) => e.service)).toEqual(['web']);
    expect(result.unmatchedServices).toEqual(['gone']);
  });

  test('changes name the line of the value in the bumped file', () => {
    const text =
      'a:\n  image:\n    repository: r/a\n    tag: "1"\nb:\n  image:\n    repository: r/b\n    tag: "1"\n';
    const result = plan(text, { a: { tag: '2', digest: D1 }, b: { tag: '2', digest: D2 } });
    expect(result.changes.map((c) => `${c.line} ${c.service} ${c.field}`)).toEqual([
      '4 a tag',
      '5 a digest',
      '9 b tag',
      '10 b digest',
    ]);
  });
});

describe('planEdits fails closed before anything is written', () => {
  test.each<FailRow>([
    {
      name: 'a pinned digest and no new digest',
      text: `api:\n  image:\n    repository: r\n    tag: "1"\n    digest: ${D2}\n`,
      tags: { api: { tag: '2' } },
      error: StaleDigestError,
      message: "f.yaml:5: api.image (service 'api') pins digest",
    },
    {
      name: 'write tag on a pinned string',
      text: `image: ghcr.io/o/api:1@${D2}\n`,
      tags: { api: { tag: '2', digest: D1, image: 'ghcr.io/o/api' } },
      write: 'tag',
      error: StaleDigestError,
      message: "but write is 'tag'",
    },
    {
      name: 'write tag on a pinned kustomize image',
      text: `kind: Kustomization\nimages:\n  - name: r/api\n    newTag: a\n    digest: ${D2}\n`,
      tags: { api: { tag: 'b', digest: D1 } },
      write: 'tag',
      error: StaleDigestError,
      message: 'f.yaml:5: images[0]',
    },
    {
      name: 'an alias at an affected value',
      text: 'a: &x {repository: r, tag: "1"}\napi:\n  image: *x\n',
      tags: { api: { tag: '2' } },
      error: UnsafeOccurrenceError,
      message: "f.yaml:3: api.image (service 'api') is an alias (*x)",
    },
    {
      name: 'an aliased image string found by its repository',
      text: 'x: &i ghcr.io/o/api:1\nc:\n  - name: a\n    image: *i\n',
      tags: { api: { tag: '2', image: 'ghcr.io/o/api' } },
      error: UnsafeOccurrenceError,
      message: 'f.yaml:4: c[0].image',
    },
    {
      name: 'a templated tag',
      text: 'api:\n  image:\n    repository: r\n    tag: "{{ .Chart.AppVersion }}"\n',
      tags: { api: { tag: '2' } },
      error: UnsafeOccurrenceError,
      message: 'f.yaml:4: api.image tag',
    },
    {
      name: 'a whole-reference marker that is not a reference',
      text: 'image: "{{ .Values.image }}" # {"$imagepolicy": "ns:api"}\n',
      tags: { api: { tag: '2' } },
      error: UnsafeOccurrenceError,
      message: 'is templated',
    },
    {
      name: 'an anchored map another place aliases',
      text: 'api:\n  image: &i {repository: r, tag: "1"}\ncanary:\n  image: *i\n',
      tags: { api: { tag: '2' } },
      error: UnsafeOccurrenceError,
      message: 'the alias *i on line 4 uses',
    },
    {
      name: 'a missing key with no place to add it',
      text: 'api:\n  image:\n    repository: |-\n      r/api\n',
      tags: { api: { tag: '2' } },
      error: UnsafeOccurrenceError,
      message: "f.yaml:2: api.image (service 'api') has no tag key",
    },
    {
      name: 'two services wanting different bytes at one place',
      text: 'api:\n  image: {repository: r/shared, tag: "1"}\n',
      tags: { api: { tag: '2' }, jobs: { tag: '3', image: 'r/shared' } },
      error: EditConflictError,
      message: "belongs to both 'api' and 'jobs'",
    },
    {
      name: 'a service the component tags do not have',
      text: 'a: 1\n',
      tags: { api: { tag: '2' } },
      services: ['nope'],
      error: InputError,
      message: 'Input \'services\': "nope" is not a service of the component tags',
    },
    {
      name: 'write digest for an entry without digest',
      text: 'a: 1\n',
      tags: { api: { tag: '2' } },
      write: 'digest',
      error: ComponentTagsError,
      message: "service 'api', field 'digest': is required when write is 'digest'",
    },
    {
      name: 'an invalid tag in the entry',
      text: 'a: 1\n',
      tags: { api: { tag: '-bad' } },
      error: ComponentTagsError,
      message: "field 'tag'",
    },
  ])('$name', ({ text, tags, write, services, error, message }) => {
    const caught = thrown(() => plan(text, tags, write, services));
    expect(caught).toBeInstanceOf(error);
    expect((caught as Error).message).toContain(message);
  });

  test('an unknown write mode is an input error', () => {
    const caught = thrown(() => plan('a: 1\n', {}, 'both' as WriteMode));
    expect(caught).toBeInstanceOf(InputError);
  });
});
