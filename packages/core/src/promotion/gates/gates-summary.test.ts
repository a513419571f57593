import { describe, expect, test } from 'vitest';
import type { ServiceVerdict } from './gate-verdicts.js';
import { gatesSummary } from './gates-summary.js';
import type { GatesEvaluation } from './promotion-gates.js';

/** `count` services each waiting on a soak gate, evaluated from `.gitops-promote/policy.yaml`. */
function evaluation(count: number): GatesEvaluation {
  const services: ServiceVerdict[] = Array.from({ length: count }, (_, i) => ({
    service: `svc-${i}`,
    digest: `sha256:${'1'.repeat(64)}`,
    eligible: false,
    verdicts: [{ gate: 'soak', verdict: 'wait', reason: 'in staging for 1h of 24h' }],
  }));
  return {
    policyPath: '.gitops-promote/policy.yaml',
    policyFound: true,
    gates: { soakMs: 86_400_000, soak: '24h', freeze: [], requireChecks: [] },
    report: {
      environment: 'prod',
      mode: 'promote',
      services,
      eligible: [],
      waiting: services.map((s) => s.service),
    },
  };
}

const rowsOf = (text: string) => text.split('\n').filter((l) => l.startsWith('| `svc-'));

describe('gatesSummary', () => {
  test.each([
    ['no limit: every row', 300, undefined, 300, undefined],
    ['under the limit: every row, no note', 3, 200, 3, undefined],
    ['over the limit: the first rows and a note', 5_000, 200, 200, '… and 4800 more rows, see x.'],
  ])('%s', (_, count, rows, shown, note) => {
    const limit = rows === undefined ? undefined : { rows, where: 'see x' };
    const text = gatesSummary(evaluation(count), limit);
    expect(rowsOf(text)).toHaveLength(shown);
    expect(rowsOf(text)[0]).toBe('| `svc-0` | soak | wait | in staging for 1h of 24h |');
    if (note) expect(text.split('\n').at(-1)).toBe(note);
    else expect(text).not.toContain('more rows');
  });

  test.each([
    [2, 'Waiting: `svc-0`, `svc-1`.'],
    [20, `Waiting: ${Array.from({ length: 20 }, (_, i) => `\`svc-${i}\``).join(', ')}.`],
    [
      5_000,
      `Waiting: ${Array.from({ length: 20 }, (_, i) => `\`svc-${i}\``).join(', ')} and 4980 more.`,
    ],
  ])('the headline names at most 20 waiting services (%i)', (count, headline) => {
    expect(gatesSummary(evaluation(count)).split('\n')[2]).toBe(headline);
  });
});
