import { describe, expect, test } from 'vitest';
import { inWeeklyWindow, nextWeeklyTime, parseWeeklyTime, zonedInstant } from './zoned-time.js';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => new Date(text);

describe('zonedInstant in Europe/Berlin', () => {
  test.each([
    ['winter (CET, +01:00)', [2026, 1, 15, 12, 0], '2026-01-15T11:00:00.000Z'],
    ['summer (CEST, +02:00)', [2026, 7, 15, 12, 0], '2026-07-15T10:00:00.000Z'],
    ['before the spring change', [2026, 3, 29, 1, 59], '2026-03-29T00:59:00.000Z'],
    ['in the skipped hour: after the gap', [2026, 3, 29, 2, 30], '2026-03-29T01:30:00.000Z'],
    ['after the spring change', [2026, 3, 29, 3, 0], '2026-03-29T01:00:00.000Z'],
    ['in the repeated hour: the first', [2026, 10, 25, 2, 30], '2026-10-25T00:30:00.000Z'],
    ['after the autumn change', [2026, 10, 25, 3, 0], '2026-10-25T02:00:00.000Z'],
  ] as const)('%s', (_name, [year, month, day, hour, minute], expected) => {
    expect(zonedInstant({ year, month, day, hour, minute }, BERLIN).toISOString()).toBe(expected);
  });
});

describe('weekly windows across a DST change (frozen clock)', () => {
  const night = { start: parseWeeklyTime('Sat 22:00'), end: parseWeeklyTime('Sun 04:00') };
  const weekend = { start: parseWeeklyTime('Fri 16:00'), end: parseWeeklyTime('Mon 08:00') };
  test.each([
    // Spring: Sat 22:00 CET is 21:00Z; Sun 04:00 CEST is 02:00Z (a 5-hour night).
    ['spring, just before', night, '2026-03-28T20:59:00Z', false, '2026-03-29T02:00:00.000Z'],
    ['spring, at the start', night, '2026-03-28T21:00:00Z', true, '2026-03-29T02:00:00.000Z'],
    ['spring, last minute', night, '2026-03-29T01:59:00Z', true, '2026-03-29T02:00:00.000Z'],
    ['spring, at the end', night, '2026-03-29T02:00:00Z', false, '2026-04-05T02:00:00.000Z'],
    // Autumn: Sat 22:00 CEST is 20:00Z; Sun 04:00 CET is 03:00Z (a 7-hour night).
    ['autumn, at the start', night, '2026-10-24T20:00:00Z', true, '2026-10-25T03:00:00.000Z'],
    [
      'autumn, in the repeated hour',
      night,
      '2026-10-25T01:30:00Z',
      true,
      '2026-10-25T03:00:00.000Z',
    ],
    ['autumn, at the end', night, '2026-10-25T03:00:00Z', false, '2026-11-01T03:00:00.000Z'],
    // A weekend that spans the spring change: Fri 16:00 CET to Mon 08:00 CEST.
    ['weekend over the change', weekend, '2026-03-27T15:00:00Z', true, '2026-03-30T06:00:00.000Z'],
    ['weekend, Friday before', weekend, '2026-03-27T14:59:00Z', false, '2026-03-30T06:00:00.000Z'],
    ['weekend in winter', weekend, '2026-12-05T12:00:00Z', true, '2026-12-07T07:00:00.000Z'],
    ['weekday in winter', weekend, '2026-12-02T12:00:00Z', false, '2026-12-07T07:00:00.000Z'],
  ] as const)('%s', (_name, window, now, active, nextEnd) => {
    expect(inWeeklyWindow(at(now), window, BERLIN)).toBe(active);
    expect(nextWeeklyTime(at(now), window.end, BERLIN).toISOString()).toBe(nextEnd);
  });

  test('a weekly time in the skipped hour falls after the gap, and the next is a week on', () => {
    const skipped = parseWeeklyTime('Sun 02:30');
    expect(nextWeeklyTime(at('2026-03-28T12:00:00Z'), skipped, BERLIN).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(nextWeeklyTime(at('2026-03-29T01:30:00Z'), skipped, BERLIN).toISOString()).toBe(
      '2026-04-05T00:30:00.000Z',
    );
  });
});
