import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  formatComponentTags,
  mergeComponentTags,
  parseComponentTags,
  validateComponentTags,
} from './component-tags.js';
import { generatedFiles } from '../../../scripts/generate-schemas.js';
import { ComponentTagsError } from './errors.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

describe('parseComponentTags', () => {
  test("accepts seed 001's format", () => {
    const text = JSON.stringify({
      api: { tag: '1.7.3', sha: 'abc1234', digest: D1 },
      web: { tag: '2.4.0', sha: 'abc1234', digest: D2 },
      worker: { tag: '0.9.1', sha: 'abc1234' },
    });
    expect(parseComponentTags(text).api).toEqual({ tag: '1.7.3', sha: 'abc1234', digest: D1 });
  });

  test('accepts the optional image', () => {
    const tags = parseComponentTags(
      JSON.stringify({ api: { tag: '1', image: 'ghcr.io/acme/api' } }),
    );
    expect(tags.api?.image).toBe('ghcr.io/acme/api');
  });

  test.each([
    ['not json', '{', /is not valid JSON/],
    ['an array', '[]', /must be a JSON object/],
    ['a missing tag', '{"api":{"sha":"abc1234"}}', /service 'api', field 'tag': is required/],
    [
      'a bad digest',
      '{"api":{"tag":"1","digest":"sha256:abc"}}',
      /service 'api', field 'digest': "sha256:abc" is not a valid digest/,
    ],
    [
      'a tag with a colon',
      '{"web":{"tag":"1:2"}}',
      /service 'web', field 'tag': "1:2" is not a valid tag/,
    ],
    ['a tag with a newline', '{"web":{"tag":"1\\n"}}', /service 'web', field 'tag'/],
    [
      'a typo in a field',
      '{"api":{"tag":"1","digets":"x"}}',
      /service 'api', field 'digets': is not a known field/,
    ],
    [
      'an uppercase image',
      '{"api":{"tag":"1","image":"ghcr.io/Acme/api"}}',
      /service 'api', field 'image'.*lowercase/,
    ],
    [
      'an image with a tag',
      '{"api":{"tag":"1","image":"ghcr.io/acme/api:1"}}',
      /field 'image'.*no tag or digest/,
    ],
    ['a bad service name', '{"a b":{"tag":"1"}}', /service 'a b': is not a valid service name/],
    ['a non-object entry', '{"api":"1.0"}', /service 'api'.*must be object/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseComponentTags(text, 'component-tags.json')).toThrow(ComponentTagsError);
    expect(() => parseComponentTags(text, 'component-tags.json')).toThrow(message);
  });

  test('names every problem when there are several', () => {
    expect(() => validateComponentTags({ a: {}, b: { tag: '-' } })).toThrow(/and 1 more/);
  });
});

describe('mergeComponentTags', () => {
  test('unions services and fills missing fields', () => {
    const merged = mergeComponentTags([
      { name: 'a', tags: { api: { tag: '1', sha: 'abc1234' } } },
      { name: 'b', tags: { api: { tag: '1', digest: D1 }, web: { tag: '2' } } },
    ]);
    expect(merged).toEqual({ api: { tag: '1', sha: 'abc1234', digest: D1 }, web: { tag: '2' } });
  });

  test('a conflicting entry names the service, the field and both sources', () => {
    expect(() =>
      mergeComponentTags([
        { name: 'job-1', tags: { api: { tag: '1', digest: D1 } } },
        { name: 'job-2', tags: { api: { tag: '1', digest: D2 } } },
      ]),
    ).toThrow(/job-2: service 'api', field 'digest': .* conflicts with .* from job-1/);
  });
});

describe('formatComponentTags', () => {
  test('sorts services and fields and ends with a newline', () => {
    expect(formatComponentTags({ web: { digest: D1, tag: '2' }, api: { tag: '1' } })).toBe(
      `{\n  "api": {\n    "tag": "1"\n  },\n  "web": {\n    "tag": "2",\n    "digest": "${D1}"\n  }\n}\n`,
    );
  });
});

test('the published schema and the compiled validator are generated from the schema in code', () => {
  for (const [path, content] of Object.entries(generatedFiles()))
    expect(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'), path).toBe(content);
});
