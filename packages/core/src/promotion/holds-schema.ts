/**
 * The JSON Schema of the holds file (`.gitops-promote/holds.yaml`): the services a rollback
 * pinned in an environment, so that automation does not put the rolled-back image straight
 * back. The published copy, `schemas/holds.schema.json`, and the standalone validator are
 * generated from this object (`npm run generate`), and a test keeps them equal.
 */
import { DIGEST_PATTERN, SERVICE_NAME_PATTERN, TAG_PATTERN } from '../component-tags-schema.js';

export const HOLDS_SCHEMA_ID =
  'https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json';

/** The default path of the holds file in the config repository. */
export const DEFAULT_HOLDS_FILE = '.gitops-promote/holds.yaml';

export const holdsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: HOLDS_SCHEMA_ID,
  title: 'holds.yaml',
  description:
    'Services held in an environment after a rollback: while an entry stands, bump-values and open-promotion-pr skip that service there. Delete the entry to lift the hold.',
  type: 'object',
  required: ['holds'],
  additionalProperties: false,
  properties: {
    holds: {
      type: 'array',
      items: {
        type: 'object',
        description: 'One hold: a service in an environment, and the rollback that set it.',
        required: ['service', 'environment', 'reason', 'commit', 'created'],
        additionalProperties: false,
        properties: {
          service: { type: 'string', pattern: SERVICE_NAME_PATTERN },
          // Patterns, not minLength: ajv's standalone code for a length check needs its runtime module.
          environment: { type: 'string', pattern: '^[^\\s/]+$' },
          digest: {
            type: 'string',
            pattern: DIGEST_PATTERN,
            description: 'The digest that was rolled back (the one not to go back to).',
          },
          tag: {
            type: 'string',
            pattern: TAG_PATTERN,
            description: 'The tag that was rolled back.',
          },
          reason: { type: 'string', pattern: '\\S' },
          commit: {
            type: 'string',
            pattern: '^[a-f0-9]{7,64}$',
            description: 'The commit the rollback reverted.',
          },
          created: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
            description: 'When the hold was written (UTC, ISO 8601).',
          },
        },
      },
    },
  },
} as const;
