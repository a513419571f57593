import { describe, expect, test } from 'vitest';
import { evaluateGates, gatesStatus, type GateCandidate, type GateInput } from './gate-verdicts.js';
import { gatesFor, parsePolicy } from './policy.js';

const POLICY = parsePolicy(
  'policy.yaml',
  `environments:
  prod:
    soak: 24h
    freeze:
      - weekly: { start: Fri 16:00, end: Mon 08:00 }
        time-zone: Europe/Berlin
      - start: 2026-12-24T00:00:00+01:00
        end: 2026-12-27T00:00:00+01:00
        allow-hotfix: true
        reason: holidays
    require-checks: [flux/staging]
`,
);
const D = (c: string) => `sha256:${c.repeat(64)}`;
const ok = { 'flux/staging': 'success' } as const;
const aged = (
  iso: string,
  checks: GateCandidate['checks'] = ok,
): Omit<GateCandidate, 'service' | 'digest'> => ({
  introduced: { sha: 'abc1234def', date: new Date(iso) },
  checks,
});

function run(now: string, candidates: GateCandidate[], extra: Partial<GateInput> = {}) {
  return evaluateGates({
    environment: 'prod',
    from: 'staging',
    gates: gatesFor(POLICY, 'prod'),
    policyPath: 'policy.yaml',
    mode: 'promote',
    hotfix: false,
    now: new Date(now),
    candidates,
    ...extra,
  });
}

describe('evaluateGates with a frozen clock', () => {
  test.each([
    // Wednesday 2 December 2026, 12:00Z: no freeze.
    ['soaked and healthy', '2026-12-02T12:00:00Z', aged('2026-12-01T11:00:00Z'), true, undefined],
    [
      'not soaked: eligible when soaked',
      '2026-12-02T12:00:00Z',
      aged('2026-12-02T02:00:00Z'),
      false,
      '2026-12-03T02:00:00Z',
    ],
    [
      'soak ends in the weekend freeze: eligible Monday 08:00 CET',
      '2026-12-04T10:00:00Z',
      aged('2026-12-04T09:00:00Z'),
      false,
      '2026-12-07T07:00:00Z',
    ],
    [
      'in the weekend freeze (summer, CEST)',
      '2026-07-04T12:00:00Z',
      aged('2026-07-01T00:00:00Z'),
      false,
      '2026-07-06T06:00:00Z',
    ],
    [
      'weekend freeze over the spring change',
      '2026-03-28T12:00:00Z',
      aged('2026-03-20T00:00:00Z'),
      false,
      '2026-03-30T06:00:00Z',
    ],
    [
      'weekend freeze over the autumn change',
      '2026-10-24T12:00:00Z',
      aged('2026-10-20T00:00:00Z'),
      false,
      '2026-10-26T07:00:00Z',
    ],
    [
      'holidays chain into the weekend',
      '2026-12-25T12:00:00Z',
      aged('2026-12-20T00:00:00Z'),
      false,
      '2026-12-28T07:00:00Z',
    ],
    [
      'check pending: no time known',
      '2026-12-02T12:00:00Z',
      aged('2026-12-01T00:00:00Z', { 'flux/staging': 'pending' }),
      false,
      undefined,
    ],
    [
      'check not reported',
      '2026-12-02T12:00:00Z',
      aged('2026-12-01T00:00:00Z', {}),
      false,
      undefined,
    ],
    [
      'check failed',
      '2026-12-02T12:00:00Z',
      aged('2026-12-01T00:00:00Z', { 'flux/staging': 'failure' }),
      false,
      undefined,
    ],
    ['introducing commit unknown', '2026-12-02T12:00:00Z', {}, false, undefined],
  ] as const)('%s', (_name, now, facts, eligible, eligibleAt) => {
    const report = run(now, [{ service: 'api', digest: D('1'), ...facts }]);
    expect(report.services[0]?.eligible).toBe(eligible);
    expect(report.eligibleAt).toBe(eligibleAt);
    expect(report.eligible).toEqual(eligible ? ['api'] : []);
  });

  test('partially eligible: the soaked one goes, the young one waits with its time', () => {
    const report = run('2026-12-02T12:00:00Z', [
      { service: 'api', digest: D('1'), ...aged('2026-11-30T00:00:00Z') },
      { service: 'web', digest: D('2'), ...aged('2026-12-02T06:00:00Z') },
    ]);
    expect(report).toMatchObject({
      eligible: ['api'],
      waiting: ['web'],
      eligibleAt: '2026-12-03T06:00:00Z',
    });
    const web = report.services[1]?.verdicts.find((v) => v.gate === 'soak');
    expect(web?.reason).toBe(
      'in staging since 2026-12-02T06:00:00Z (abc1234), 6h of 24h; soaked at 2026-12-03T06:00:00Z',
    );
    expect(gatesStatus(report)).toEqual({ state: 'pending', description: `soak: ${web?.reason}` });
  });

  test.each([
    ['holidays allow a hotfix', '2026-12-24T12:00:00Z', true, 'bypass', true],
    ['the weekend does not', '2026-12-05T12:00:00Z', true, 'wait', false],
    ['without hotfix the holidays hold', '2026-12-24T12:00:00Z', false, 'wait', false],
  ] as const)('hotfix: %s', (_name, now, hotfix, verdict, eligible) => {
    const report = run(now, [{ service: 'api', digest: D('1'), ...aged('2026-12-01T00:00:00Z') }], {
      hotfix,
      mode: 'bump',
    });
    const service = report.services[0];
    expect(service?.verdicts.find((v) => v.gate === 'freeze')?.verdict).toBe(verdict);
    expect(service?.eligible).toBe(eligible);
    // A bump has no source environment commit: the checks are reported as not evaluated.
    expect(service?.verdicts.find((v) => v.gate === 'require-checks')?.verdict).toBe('skip');
  });

  test('a hotfix never skips a failed required check', () => {
    const report = run(
      '2026-12-24T12:00:00Z',
      [
        {
          service: 'api',
          digest: D('1'),
          ...aged('2026-12-01T00:00:00Z', { 'flux/staging': 'failure' }),
        },
      ],
      { hotfix: true },
    );
    expect(report.services[0]?.verdicts.map((v) => [v.gate, v.verdict])).toEqual([
      ['soak', 'pass'],
      ['freeze', 'bypass'],
      ['require-checks', 'fail'],
    ]);
    expect(gatesStatus(report).state).toBe('failure');
  });

  test('a rollback is never blocked by soak or freeze, and says so', () => {
    const report = run('2026-12-05T12:00:00Z', [{ service: 'api', digest: D('1') }], {
      mode: 'rollback',
    });
    expect(report.eligible).toEqual(['api']);
    expect(report.services[0]?.verdicts.map((v) => [v.gate, v.verdict])).toEqual([
      ['soak', 'bypass'],
      ['freeze', 'bypass'],
      ['require-checks', 'skip'],
    ]);
    expect(gatesStatus(report)).toEqual({
      state: 'success',
      description: '1 service(s) passed the gates; bypassed: soak, freeze',
    });
  });

  test('a freeze turns the status to failure, naming the window', () => {
    const report = run('2026-12-05T12:00:00Z', [
      { service: 'api', digest: D('1'), ...aged('2026-12-01T00:00:00Z') },
    ]);
    expect(gatesStatus(report)).toEqual({
      state: 'failure',
      description:
        'frozen: weekly freeze Fri 16:00 to Mon 08:00 Europe/Berlin [policy.yaml:5] is active until 2026-12-07T07:00:00Z',
    });
  });
});
