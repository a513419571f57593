import { describe, expect, test } from 'vitest';
import type { ComponentTags } from '../component-tags.js';
import {
  contentsMarkdown,
  MAX_CONTENTS_CHARS,
  readPromotionContents,
  serviceMoves,
} from './promotion-contents.js';
import { planPromotion } from './promotion-plan.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const SHA = 'c0ffee1'.padEnd(40, '0');

const helm = (digest?: string) =>
  `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n` +
  (digest ? `    digest: ${digest}\n` : '');
const kustomize = `images:\n  - name: api\n    newName: ghcr.io/acme/api\n    newTag: 1.0.0\n    digest: ${D1}\n`;
const imageString = `spec:\n  containers:\n    - name: api\n      image: ghcr.io/acme/api:1.0.0@${D1}\n`;

function plan(path: string, text: string, tags: ComponentTags) {
  const file = { path, mode: '100644', type: 'blob', sha: 'f'.repeat(40), text };
  return planPromotion({ files: [file], componentTags: tags, write: 'tag+digest' });
}

describe('serviceMoves', () => {
  test.each([
    [
      'a Helm map pinned by digest',
      'values-prod.yaml',
      helm(D1),
      { api: { tag: '1.1.0', digest: D2, sha: SHA } },
      {
        service: 'api',
        repository: 'ghcr.io/acme/api',
        proposedRepository: 'ghcr.io/acme/api',
        runningDigest: D1,
        proposedDigest: D2,
        proposedSha: SHA,
      },
    ],
    [
      'a Helm map with a tag only: no running digest',
      'values-prod.yaml',
      helm(),
      { api: { tag: '1.1.0', digest: D2 } },
      {
        service: 'api',
        repository: 'ghcr.io/acme/api',
        proposedRepository: 'ghcr.io/acme/api',
        proposedDigest: D2,
      },
    ],
    [
      'a kustomize image',
      'kustomization.yaml',
      kustomize,
      { api: { tag: '1.1.0', digest: D2 } },
      {
        service: 'api',
        repository: 'ghcr.io/acme/api',
        proposedRepository: 'ghcr.io/acme/api',
        runningDigest: D1,
        proposedDigest: D2,
      },
    ],
    [
      'an image string found by its repository; a sha that is not hex is ignored',
      'deployment.yaml',
      imageString,
      { api: { tag: '1.1.0', digest: D2, sha: 'main', image: 'ghcr.io/acme/api' } },
      {
        service: 'api',
        repository: 'ghcr.io/acme/api',
        proposedRepository: 'ghcr.io/acme/api',
        runningDigest: D1,
        proposedDigest: D2,
      },
    ],
  ])('%s', (_name, path, text, tags, expected) => {
    const planned = plan(path, text, tags);
    expect(planned.changes.length).toBeGreaterThan(0);
    expect(serviceMoves(planned, tags)).toEqual([expected]);
  });
});

describe('readPromotionContents without a source to read', () => {
  test.each([
    [{}, /no source repository was given \(`source-repository`\)/],
    [{ repository: { owner: 'acme', repo: 'app' } }, /no token can read `acme\/app`/],
  ])('%j: one note, nothing asked', async (sources, note) => {
    const tags = { api: { tag: '1.1.0', digest: D2, sha: SHA } };
    const contents = await readPromotionContents(sources, plan('v.yaml', helm(D1), tags), tags);
    expect(contents.services).toEqual([]);
    expect(contents.revisions).toEqual({});
    expect(contents.markdown).toMatch(/^### What this promotion brings\n\nThe source commits/);
    expect(contents.markdown).toMatch(note);
  });
});

describe('contentsMarkdown', () => {
  const section = (i: number) => `#### What \`svc-${i}\` brings\n\nNo new commits.`;
  const sections = (n: number) => Array.from({ length: n }, (_, i) => section(i));
  const heading = '### What this promotion brings';

  test.each([
    ['none', 0, 1000, `${heading}`],
    ['all fit', 2, 1000, [heading, section(0), section(1)].join('\n\n')],
    [
      'the second and third cut',
      3,
      heading.length + section(0).length + 110,
      [
        heading,
        section(0),
        '… and 2 more services: their commits are not listed here, the review table names every change.',
      ].join('\n\n'),
    ],
    [
      'not even the first fits',
      1,
      heading.length + 10,
      `${heading}\n\n… and 1 more service: their commits are not listed here, the review table names every change.`,
    ],
  ])('%s', (_, count, max, expected) => {
    expect(contentsMarkdown(sections(count), max)).toBe(expected);
  });

  test.each([10, 100, 5_000, 20_000])(
    '%i sections: within the budget, every service shown or counted',
    (count) => {
      const text = contentsMarkdown(sections(count));
      expect(text.length).toBeLessThanOrEqual(MAX_CONTENTS_CHARS);
      const shown = text.split('\n').filter((l) => l.startsWith('#### ')).length;
      const more = /… and (\d+) more services?/.exec(text)?.[1] ?? '0';
      expect(shown + Number(more)).toBe(count);
    },
  );
});
