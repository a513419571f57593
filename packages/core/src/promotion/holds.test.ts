import { describe, expect, test } from 'vitest';
import { FileError } from '../errors.js';
import { activeHold, addHolds, type Hold, holdNotice, parseHolds, splitHeld } from './holds.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const hold: Hold = {
  service: 'api',
  environment: 'prod',
  digest: DIGEST,
  reason: 'rollback of abcdef1',
  commit: 'abcdef1',
  created: '2026-12-01T22:00:00Z',
};
const entry = (indent: string) =>
  `${indent}- service: "api"\n${indent}  environment: "prod"\n${indent}  digest: "${DIGEST}"\n` +
  `${indent}  reason: "rollback of abcdef1"\n${indent}  commit: "abcdef1"\n` +
  `${indent}  created: "2026-12-01T22:00:00Z"\n`;
const web =
  'holds:\n  - service: web # kept\n    environment: prod\n    reason: x\n    commit: abcdef0\n' +
  '    created: 2026-12-01T21:00:00Z\n';

describe('addHolds', () => {
  test.each([
    ['an empty value', 'holds:\n', `holds:\n${entry('  ')}`],
    ['an empty flow list', '# mine\nholds: []\n', `# mine\nholds: \n${entry('  ')}`],
    ['a block list, comments kept', `${web}# tail\n`, `${web}${entry('  ')}# tail\n`],
    [
      'a list at column 0',
      web.replace(/\n {2}/g, '\n'),
      `${web.replace(/\n {2}/g, '\n')}${entry('')}`,
    ],
  ])('adds a hold to %s, other bytes unchanged', (_name, text, expected) => {
    const result = addHolds('h.yaml', text, [hold]);
    expect(result).toBe(expected);
    expect(addHolds('h.yaml', result, [hold])).toBe(result);
  });

  test('creates a missing file with a header that reads back', () => {
    const text = addHolds('h.yaml', undefined, [hold]);
    expect(text.startsWith('# Holds written by gitops-promote')).toBe(true);
    expect(parseHolds('h.yaml', text).holds).toEqual([hold]);
  });

  test('refuses a file whose holds are not a block list, naming it', () => {
    expect(() => addHolds('h.yaml', 'holds: [{service: web}]\n', [hold])).toThrow(FileError);
  });
});

describe('parseHolds', () => {
  test.each([
    ['absent', undefined, 0],
    ['empty', '', 0],
    ['all entries deleted', 'holds:\n', 0],
    ['one entry', web, 1],
  ])('reads %s', (_name, text, count) => {
    expect(parseHolds('h.yaml', text).holds).toHaveLength(count);
  });

  test.each([
    ['an unknown key', `${web}    until: tomorrow\n`, /until|additional/],
    ['a bad digest', `${web}    digest: sha256:xyz\n`, /digest/],
    ['no list', 'holds: 3\n', /holds/],
    ['broken YAML', 'holds: [\n', /h\.yaml/],
  ])('rejects %s, naming the file', (_name, text, message) => {
    expect(() => parseHolds('h.yaml', text)).toThrow(message);
  });
});

describe('activeHold and splitHeld', () => {
  const file = parseHolds('.gitops-promote/holds.yaml', addHolds('h', web, [hold]));

  test.each([
    ['api', 'prod', 'abcdef1'],
    ['web', 'prod', 'abcdef0'],
    ['api', 'staging', undefined],
    ['worker', 'prod', undefined],
  ])('%s in %s is held by %s', (service, environment, commit) => {
    expect(activeHold(file, service, environment)?.commit).toBe(commit);
  });

  test('splits the held services out, with a notice that says how to lift the hold', () => {
    const tags = { api: { tag: 'v2' }, worker: { tag: 'v3' } };
    const split = splitHeld(tags, file, 'prod');
    expect(split.free).toEqual({ worker: { tag: 'v3' } });
    expect(split.held.map((h) => h.service)).toEqual(['api']);
    const notice = holdNotice(file, split.held[0]?.hold as Hold);
    expect(notice).toContain("'api' is held in 'prod' by .gitops-promote/holds.yaml");
    expect(notice).toContain('deleting that entry');
    expect(notice).toContain("'ignore-holds: true'");
  });
});
