/**
 * The JSON Schema of component-tags.json: a map from service name to the image a build
 * produced. The published copy, `schemas/component-tags.schema.json`, is generated from this
 * object (`npm run docs`), and a test keeps the two equal.
 */
export const COMPONENT_TAGS_SCHEMA_ID =
  'https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/component-tags.schema.json';

export const SERVICE_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$';
export const TAG_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$';
export const DIGEST_PATTERN = '^sha256:[a-f0-9]{64}$';
export const SHA_PATTERN = '^[a-f0-9]{4,64}$';

export const componentTagsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: COMPONENT_TAGS_SCHEMA_ID,
  title: 'component-tags.json',
  description:
    'The images one build produced, by service: what bump-values, verify-digests and open-promotion-pr consume.',
  type: 'object',
  propertyNames: { pattern: SERVICE_NAME_PATTERN },
  additionalProperties: {
    type: 'object',
    description: 'One service: the tag and digest its build pushed.',
    required: ['tag'],
    additionalProperties: false,
    properties: {
      tag: {
        type: 'string',
        pattern: TAG_PATTERN,
        description: 'The image tag, kept in values files for readability.',
      },
      sha: {
        type: 'string',
        pattern: SHA_PATTERN,
        description: 'The source commit (short or full, lowercase hex).',
      },
      digest: {
        type: 'string',
        pattern: DIGEST_PATTERN,
        description: 'The manifest digest the build pushed: sha256 and 64 lowercase hex digits.',
      },
      image: {
        type: 'string',
        pattern: '^\\S+$',
        description: 'The repository, e.g. ghcr.io/acme/api, without tag or digest.',
      },
    },
  },
} as const;
