/**
 * The JSON Schema of the policy file (`.gitops-promote/policy.yaml`): the gates a promotion to
 * each environment must pass (soak time, freeze windows, required checks). The published copy,
 * `schemas/policy.schema.json`, and the standalone validator are generated from this object
 * (`npm run generate`), and a test keeps them equal. What a schema cannot say (a real IANA time
 * zone, an end after its start) is checked by `parsePolicy`.
 */
export const POLICY_SCHEMA_ID =
  'https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/policy.schema.json';

/** The default path of the policy file in the config repository. */
export const DEFAULT_POLICY_FILE = '.gitops-promote/policy.yaml';

/** `24h`, `1d12h`, `90m`: whole days, hours and minutes, in that order. */
export const DURATION_PATTERN = '^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$';
/** RFC 3339 with a zone (`Z` or `±hh:mm`). */
export const INSTANT_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$';
/** A weekday and a wall-clock time, `Fri 16:00`. */
export const WEEKLY_TIME_PATTERN = '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$';

const freezeWindow = {
  type: 'object',
  description:
    'A window in which nothing is promoted to the environment: an absolute range (`start`, `end`) or a weekly one (`weekly`, `time-zone`).',
  additionalProperties: false,
  properties: {
    start: {
      type: 'string',
      pattern: INSTANT_PATTERN,
      description: 'Absolute window: its first instant (RFC 3339 with a zone).',
    },
    end: {
      type: 'string',
      pattern: INSTANT_PATTERN,
      description: 'Absolute window: the instant it ends (excluded).',
    },
    weekly: {
      type: 'object',
      description: 'A window recurring every week, in wall-clock time of `time-zone`.',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: {
        start: { type: 'string', pattern: WEEKLY_TIME_PATTERN, description: 'e.g. `Fri 16:00`.' },
        end: { type: 'string', pattern: WEEKLY_TIME_PATTERN, description: 'e.g. `Mon 08:00`.' },
      },
    },
    'time-zone': {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$',
      description: 'The IANA time zone of `weekly`, e.g. `Europe/Berlin`.',
    },
    'allow-hotfix': {
      type: 'boolean',
      description: 'A `hotfix: true` promotion passes this window.',
    },
    reason: { type: 'string', pattern: '\\S', description: 'Shown in the verdict.' },
  },
} as const;

export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: POLICY_SCHEMA_ID,
  title: 'policy.yaml',
  description:
    'Promotion gates of a config repository, per target environment: open-promotion-pr promotes a service to an environment only when every gate passes.',
  type: 'object',
  required: ['environments'],
  additionalProperties: false,
  properties: {
    environments: {
      type: 'object',
      description: 'The gates of each target environment, by its name.',
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          soak: {
            type: 'string',
            pattern: DURATION_PATTERN,
            description:
              'How long a digest must have run in the source environment (since the commit that wrote it there), e.g. `24h`.',
          },
          freeze: { type: 'array', items: freezeWindow },
          'require-checks': {
            type: 'array',
            description:
              'Commit statuses (contexts) or check runs (names) that must have succeeded on the source environment commit that introduced the digest.',
            items: { type: 'string', pattern: '\\S' },
          },
        },
      },
    },
  },
} as const;
