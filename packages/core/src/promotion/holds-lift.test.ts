import { describe, expect, test } from 'vitest';
import { FileError } from '../errors.js';
import { addHolds, type Hold, parseHolds } from './holds.js';
import { liftHold } from './holds-lift.js';

const entry = (service: string, environment: string, indent = '  ') =>
  `${indent}- service: ${service}\n${indent}  environment: ${environment}\n` +
  `${indent}  reason: rollback # why\n${indent}  commit: abcdef0\n` +
  `${indent}  created: "2026-12-01T21:00:00Z"\n`;
const HEAD = '# Holds: delete an entry to lift it.\nholds:\n';
const KEY = { service: 'api', environment: 'prod' };

describe('liftHold', () => {
  test.each([
    ['the only entry', `${HEAD}${entry('api', 'prod')}`, HEAD],
    [
      'the first of two, a comment between kept',
      `${HEAD}${entry('api', 'prod')}\n  # web: see INC-7\n${entry('web', 'prod')}`,
      `${HEAD}\n  # web: see INC-7\n${entry('web', 'prod')}`,
    ],
    [
      'the last of two, a trailing comment kept',
      `${HEAD}${entry('web', 'prod')}${entry('api', 'prod')}# end\n`,
      `${HEAD}${entry('web', 'prod')}# end\n`,
    ],
    [
      'every entry of the pair, not the same service elsewhere',
      `${HEAD}${entry('api', 'prod')}${entry('api', 'staging')}${entry('api', 'prod')}`,
      `${HEAD}${entry('api', 'staging')}`,
    ],
    [
      'a list at column 0',
      `holds:\n${entry('web', 'prod', '')}${entry('api', 'prod', '')}`,
      `holds:\n${entry('web', 'prod', '')}`,
    ],
    [
      'an entry without a final line break',
      `${HEAD}${entry('web', 'prod')}${entry('api', 'prod').slice(0, -1)}`,
      `${HEAD}${entry('web', 'prod')}`,
    ],
    [
      'a CRLF file',
      `${HEAD}${entry('web', 'prod')}${entry('api', 'prod')}`.replace(/\n/g, '\r\n'),
      `${HEAD}${entry('web', 'prod')}`.replace(/\n/g, '\r\n'),
    ],
  ])('lifts %s, other bytes unchanged', (_name, text, expected) => {
    const result = liftHold('h.yaml', text, KEY);
    expect(result.text).toBe(expected);
    expect(result.lifted.length).toBeGreaterThan(0);
    expect(result.lifted.every((h) => h.service === 'api' && h.environment === 'prod')).toBe(true);
    expect(liftHold('h.yaml', result.text, KEY)).toEqual({ text: expected, lifted: [] });
  });

  test.each([
    ['absent', undefined, ''],
    ['empty', '', ''],
    ['holding other services', `${HEAD}${entry('web', 'prod')}`, `${HEAD}${entry('web', 'prod')}`],
  ])('lifts nothing from a file %s', (_name, text, expected) => {
    expect(liftHold('h.yaml', text, KEY)).toEqual({ text: expected, lifted: [] });
  });

  test('undoes what addHolds wrote, byte for byte', () => {
    const hold: Hold = {
      service: 'api',
      environment: 'prod',
      digest: `sha256:${'a'.repeat(64)}`,
      tag: '1.2.0',
      reason: 'rollback of abcdef1',
      commit: 'abcdef1',
      created: '2026-12-01T22:00:00Z',
    };
    const before = `${HEAD}${entry('web', 'prod')}# tail\n`;
    const held = addHolds('h.yaml', before, [hold]);
    const { text, lifted } = liftHold('h.yaml', held, KEY);
    expect(lifted).toEqual([hold]);
    expect(text).toBe(before);
    expect(parseHolds('h.yaml', text).holds.map((h) => h.service)).toEqual(['web']);
  });

  test('refuses a flow list, naming the file', () => {
    const text =
      'holds: [{service: api, environment: prod, reason: x, commit: abcdef0, created: "2026-12-01T21:00:00Z"}]\n';
    expect(() => liftHold('h.yaml', text, KEY)).toThrow(FileError);
    expect(() => liftHold('h.yaml', text, KEY)).toThrow(/h\.yaml.*block list/);
  });
});
