import { expect, test } from 'vitest';
import { FileError } from '../../errors.js';
import { durationMs, gatesFor, parsePolicy } from './policy.js';

const PATH = '.gitops-promote/policy.yaml';
const GOOD = `# gates, reviewed like any change
environments:
  prod:
    soak: 1d12h
    freeze:
      - start: 2026-12-20T00:00:00+01:00
        end: 2027-01-04T08:00:00+01:00
        reason: year-end
      - weekly: { start: Fri 16:00, end: Mon 08:00 }
        time-zone: Europe/Berlin
        allow-hotfix: true
    require-checks: [flux/staging, e2e]
  staging:
    soak: 30m
`;

test('a policy reads into gates per environment, each window with its line', () => {
  const policy = parsePolicy(PATH, GOOD);
  const prod = gatesFor(policy, 'prod');
  expect(prod.soakMs).toBe(36 * 3_600_000);
  expect(prod.requireChecks).toEqual(['flux/staging', 'e2e']);
  expect(prod.freeze).toMatchObject([
    { kind: 'absolute', start: new Date('2026-12-19T23:00:00Z'), allowHotfix: false, line: 6 },
    { kind: 'weekly', timeZone: 'Europe/Berlin', allowHotfix: true, line: 9 },
  ]);
  expect(gatesFor(policy, 'dev')).toEqual({ freeze: [], requireChecks: [] });
  expect(parsePolicy(PATH, '\n')).toEqual({ path: PATH, environments: {} });
});

test.each([
  ['24h', 86_400_000],
  ['90m', 5_400_000],
  ['2d', 172_800_000],
])('duration %s', (text, ms) => expect(durationMs(text)).toBe(ms));

test.each([
  [
    'a bad soak',
    'environments:\n  prod:\n    soak: 24 hours\n',
    3,
    'environments.prod.soak must match pattern',
  ],
  [
    'an unknown key',
    'environments:\n  prod:\n    freeze: []\n    soaks: 1h\n',
    4,
    "must NOT have additional properties ('soaks')",
  ],
  [
    'a bad weekly time',
    'environments:\n  prod:\n    freeze:\n      - weekly: { start: Friday 16:00, end: Mon 08:00 }\n        time-zone: UTC\n',
    4,
    'environments.prod.freeze[0].weekly.start must match pattern',
  ],
  [
    'an unknown time zone',
    'environments:\n  prod:\n    freeze:\n      - weekly: { start: Fri 16:00, end: Mon 08:00 }\n        time-zone: Europe/Atlantis\n',
    4,
    '\'time-zone\' "Europe/Atlantis" is not an IANA time zone',
  ],
  [
    'weekly without a zone',
    'environments:\n  prod:\n    freeze:\n      - weekly: { start: Fri 16:00, end: Mon 08:00 }\n',
    4,
    "needs 'time-zone'",
  ],
  [
    'an end before its start',
    'environments:\n  prod:\n    freeze:\n      - start: 2026-12-20T00:00:00Z\n        end: 2026-12-19T00:00:00Z\n',
    4,
    'ends (2026-12-19T00:00:00Z) before it starts',
  ],
  [
    'a start without an end',
    'environments:\n  prod:\n    freeze:\n      - start: 2026-12-20T00:00:00Z\n',
    4,
    "needs both 'start' and 'end'",
  ],
  [
    'both kinds in one window',
    'environments:\n  prod:\n    freeze:\n      - start: 2026-12-20T00:00:00Z\n        end: 2026-12-21T00:00:00Z\n        weekly: { start: Fri 16:00, end: Mon 08:00 }\n        time-zone: UTC\n',
    4,
    'not both',
  ],
  ['no environments', 'prod:\n  soak: 1h\n', 1, "must have required property 'environments'"],
  ['broken YAML', 'environments:\n  prod: [\n', 3, 'Flow sequence'],
  ['a duplicate key', 'environments:\n  prod: {}\n  prod: {}\n', 3, 'unique'],
])('%s fails naming the file and line', (_name, text, line, message) => {
  const parse = () => parsePolicy(PATH, text);
  expect(parse).toThrow(FileError);
  expect(parse).toThrow(`${PATH}:${line}: `);
  expect(parse).toThrow(message);
});
