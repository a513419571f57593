import { describe, expect, test } from 'vitest';
import type { RecordedChange } from '../git/change-trailers.js';
import { InputError } from '../errors.js';
import {
  changesOfServices,
  findRollbackConflicts,
  planRollback,
  RollbackError,
  rollbackHolds,
} from './rollback-plan.js';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const file = (path: string, text: string) => ({
  path,
  text,
  mode: '100644',
  type: 'blob',
  sha: 'x',
});
const named = (tag: string, digest: string) =>
  `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "${tag}" # keep\n    digest: ${digest}\n`;
const topLevel = (tag: string, digest: string) =>
  `image:\n  repository: ghcr.io/acme/api\n  tag: ${tag}\n  digest: ${digest}\nreplicas: 2\n`;
const changes = (path: string): RecordedChange[] => [
  { service: 'api', file: path, field: 'tag', from: '1.0.0', to: '1.1.0' },
  { service: 'api', file: path, field: 'digest', from: d('1'), to: d('2') },
];

describe('planRollback', () => {
  test.each([
    ['a service named by its key path', named],
    ['a top-level image matched by its repository', topLevel],
  ])('restores the bytes of %s', (_name, render) => {
    const files = [file('v.yaml', render('1.1.0', d('2')))];
    expect(findRollbackConflicts(files, changes('v.yaml'))).toEqual([]);
    const plan = planRollback({ files, changes: changes('v.yaml') });
    expect(plan.files.map((f) => f.after)).toEqual([render('1.0.0', d('1'))]);
    expect(plan.services).toEqual(['api']);
  });

  test.each([
    ['a later tag', named('1.2.0', d('2')), [['tag', '1.2.0']]],
    [
      'a later tag and digest',
      named('1.2.0', d('3')),
      [
        ['tag', '1.2.0'],
        ['digest', d('3')],
      ],
    ],
    [
      'a removed service',
      'other: 1\n',
      [
        ['tag', undefined],
        ['digest', undefined],
      ],
    ],
  ])('finds a conflict with %s', (_name, text, expected) => {
    const conflicts = findRollbackConflicts([file('v.yaml', text)], changes('v.yaml'));
    expect(conflicts.map((c) => [c.field, c.current])).toEqual(expected);
  });

  test('refuses to invert an added value', () => {
    const added: RecordedChange[] = [
      { service: 'api', file: 'v.yaml', field: 'digest', from: '', to: d('2') },
    ];
    expect(() => findRollbackConflicts([file('v.yaml', named('1', d('2')))], added)).toThrow(
      RollbackError,
    );
  });

  test('writes one hold per service with the digest and tag it left', () => {
    const holds = rollbackHolds(changes('v.yaml'), {
      environment: 'prod',
      commit: 'abcdef1',
      reason: 'r',
      now: new Date('2026-12-01T22:00:00.123Z'),
    });
    expect(holds).toEqual([
      {
        service: 'api',
        environment: 'prod',
        digest: d('2'),
        tag: '1.1.0',
        reason: 'r',
        commit: 'abcdef1',
        created: '2026-12-01T22:00:00Z',
      },
    ]);
  });
});

describe('changesOfServices', () => {
  const recorded: RecordedChange[] = [
    { service: 'web', file: 'v.yaml', field: 'tag', from: '2.0.0', to: '2.1.0' },
    ...changes('v.yaml'),
  ];
  test.each([
    ['no services: every change', [], ['web', 'api', 'api']],
    ['one service: its changes only', ['api'], ['api', 'api']],
    ['both services', ['web', 'api'], ['web', 'api', 'api']],
  ])('%s', (_name, services, expected) => {
    expect(changesOfServices(recorded, services, 'abc1234').map((c) => c.service)).toEqual(
      expected,
    );
  });

  test('a service the commit did not change names the input, the value and what it changed', () => {
    const call = () => changesOfServices(recorded, ['api', 'worker'], '#12 (abc1234)');
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      `Input 'services': "worker" is not a service that #12 (abc1234) changed; it changed api, web`,
    );
  });
});
