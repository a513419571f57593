import { describe, expect, test } from 'vitest';
import { chartDirOf, isValuesFile } from './chart-files.js';
import { memoryTree } from '../../../../test/support/memory-tree.js';
import { loadSchemaCompiler } from '../json-schema.js';
import { hasValuesSchema, valuesSchemaChecker } from './values-schema.js';

const compileSchema = await loadSchemaCompiler();

const SCHEMA = JSON.stringify({
  type: 'object',
  required: ['image'],
  properties: {
    replicaCount: { type: 'integer' },
    image: {
      type: 'object',
      required: ['repository'],
      additionalProperties: false,
      properties: { repository: { type: 'string' }, tag: { type: 'string' } },
    },
    env: { type: 'array', items: { type: 'object', required: ['name'] } },
  },
});

const CHART = {
  'helm/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
  'helm/api/values.schema.json': SCHEMA,
  'helm/api/values.yaml': 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/api\n  tag: ""\n',
};

function check(file: string, text: string, extra: Record<string, string> = {}) {
  const tree = memoryTree({ ...CHART, ...extra, [file]: text });
  return valuesSchemaChecker(tree, compileSchema)
    .violationsOf(file)
    .map((v) => [v.file, v.line, v.message]);
}

describe('values against the chart schema, merged over values.yaml as Helm does', () => {
  test.each([
    {
      name: 'valid: only the tag, the rest from the defaults',
      text: 'image:\n  tag: "1.0"\n',
      found: [],
    },
    {
      name: 'a wrong type at its line',
      text: '# prod\nreplicaCount: "3"\nimage:\n  tag: "1.0"\n',
      found: [
        [
          'helm/api/values-prod.yaml',
          2,
          'replicaCount: must be integer (helm/api/values.schema.json)',
        ],
      ],
    },
    {
      name: 'an unknown key at the line of that key',
      text: 'image:\n  tag: "1.0"\n  registry: ghcr.io\n',
      found: [
        [
          'helm/api/values-prod.yaml',
          3,
          'image.registry: is not a property the schema allows (additionalProperties: false) (helm/api/values.schema.json)',
        ],
      ],
    },
    {
      name: 'a required key deleted with null: at the map that lacks it',
      text: 'replicaCount: 2\nimage:\n  repository: null\n',
      found: [
        [
          'helm/api/values-prod.yaml',
          2,
          "image: must have required property 'repository' (helm/api/values.schema.json)",
        ],
      ],
    },
    {
      name: 'a list item',
      text: 'env:\n  - name: A\n  - value: "1"\n',
      found: [
        [
          'helm/api/values-prod.yaml',
          3,
          "env[1]: must have required property 'name' (helm/api/values.schema.json)",
        ],
      ],
    },
  ])('$name', ({ text, found }) => {
    expect(check('helm/api/values-prod.yaml', text)).toEqual(found);
  });

  test('an error only in the defaults is reported in values.yaml', () => {
    const defaults = 'replicaCount: one\nimage:\n  repository: r\n';
    expect(
      check('helm/api/values-prod.yaml', 'image:\n  tag: "1"\n', {
        'helm/api/values.yaml': defaults,
      }),
    ).toEqual([
      ['helm/api/values.yaml', 1, 'replicaCount: must be integer (helm/api/values.schema.json)'],
    ]);
  });

  test.each([
    { name: 'not JSON', schema: '{ nope', says: 'is not valid JSON' },
    {
      name: 'of another draft',
      schema: '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}',
      says: 'values schemas are validated as JSON Schema draft-07',
    },
    {
      name: 'rejected by ajv',
      schema: '{"type": "object", "properties": {"a": {"type": "strnig"}}}',
      says: 'cannot be used to validate values',
    },
  ])('a schema that is $name is a violation at the schema file', ({ schema, says }) => {
    const found = check('helm/api/values-prod.yaml', 'image:\n  tag: "1"\n', {
      'helm/api/values.schema.json': schema,
    });
    expect(found).toEqual([['helm/api/values.schema.json', 0, expect.stringContaining(says)]]);
  });

  test.each([
    'http://json-schema.org/draft-07/schema#',
    'https://json-schema.org/draft-07/schema#',
    'https://json-schema.org/draft-07/schema',
    'http://json-schema.org/schema#',
  ])('draft-07 declared as %s is used', (draft) => {
    const schema = JSON.stringify({
      $schema: draft,
      properties: { replicaCount: { type: 'integer' } },
    });
    const found = check('helm/api/values-prod.yaml', 'replicaCount: x\n', {
      'helm/api/values.schema.json': schema,
    });
    expect(found).toEqual([
      ['helm/api/values-prod.yaml', 1, expect.stringContaining('must be integer')],
    ]);
  });

  test('files outside a chart, templates and charts without a schema are not validated', () => {
    expect(check('apps/values.yaml', 'replicaCount: x\n')).toEqual([]);
    expect(check('helm/api/templates/x.yaml', 'replicaCount: x\n')).toEqual([]);
    const noSchema = memoryTree({
      'helm/web/Chart.yaml': 'name: web\n',
      'helm/web/values.yaml': 'a: 1\n',
    });
    expect(
      valuesSchemaChecker(noSchema, compileSchema).violationsOf('helm/web/values.yaml'),
    ).toEqual([]);
    expect(hasValuesSchema(noSchema)).toBe(false);
    expect(hasValuesSchema(memoryTree(CHART))).toBe(true);
  });
});

describe('chart files', () => {
  const paths = new Set(['Chart.yaml', 'helm/api/Chart.yaml', 'helm/api/charts/db/Chart.yaml']);
  test.each([
    { file: 'helm/api/values-prod.yaml', chart: 'helm/api', values: true },
    { file: 'helm/api/env/prod/values.yaml', chart: 'helm/api', values: true },
    { file: 'helm/api/templates/deployment.yaml', chart: 'helm/api', values: false },
    { file: 'helm/api/Chart.yaml', chart: 'helm/api', values: false },
    { file: 'helm/api/charts/db/values.yaml', chart: 'helm/api/charts/db', values: true },
    { file: 'values.yaml', chart: '', values: true },
    { file: 'helm/api/values.schema.json', chart: 'helm/api', values: false },
  ])('$file: chart $chart, values file $values', ({ file, chart, values }) => {
    expect(chartDirOf(file, paths)).toBe(chart);
    expect(isValuesFile(file, chart)).toBe(values);
  });

  test('no Chart.yaml above: no chart', () => {
    expect(chartDirOf('apps/values.yaml', new Set(['helm/api/Chart.yaml']))).toBeUndefined();
  });
});
