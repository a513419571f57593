/**
 * Every action's settings reader on random and adversarial input values (fast-check, seeded:
 * FC_SEED=<n> replays a run, a failure prints its seed and smallest counterexample). One input
 * at a time takes the value, the others keep their action.yml defaults (plus what the action
 * requires), exactly as the runner sets `INPUT_*`. Each outcome is settings, or a PromoteError
 * whose message names that input and quotes a bounded part of the value: never a TypeError, a
 * RangeError or a stack trace. Readers run in process (a bundle run costs a second); the
 * bundles' own error paths are run in edge-inputs.test.ts and each action's test file.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { readRunnerContext } from '@gitops-promote/action-kit';
import { PromoteError } from '@gitops-promote/core';
import { readSettings as readBumpValues } from '../actions/bump-values/src/settings.js';
import { readSettings as readEmitTags } from '../actions/emit-tags/src/settings.js';
import { readSettings as readOpenPromotion } from '../actions/open-promotion-pr/src/settings.js';
import { readSettings as readVerifyDigests } from '../actions/verify-digests/src/settings.js';
import { actionDefaults, inputVariable } from './support/run-action.js';

const SEED = Number(process.env.FC_SEED ?? 20261201);
const RUNS = Number(process.env.FC_RUNS ?? 1_500);
const SHA = 'a'.repeat(40);
const RUNNER = {
  GITHUB_WORKSPACE: process.cwd(),
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF: 'refs/heads/main',
};

interface ActionUnderTest {
  action: string;
  /** Inputs the action requires, set unless the input under test is one of them. */
  required: Record<string, string>;
  read: () => unknown;
}

const ACTIONS: ActionUnderTest[] = [
  {
    action: 'bump-values',
    required: { files: 'values.yaml' },
    read: () => readBumpValues(),
  },
  {
    action: 'emit-tags',
    required: { images: 'api=ghcr.io/acme/api' },
    read: () => readEmitTags(readRunnerContext()),
  },
  {
    action: 'open-promotion-pr',
    required: { environment: 'staging', files: 'values-{env}.yaml', repository: 'acme/config' },
    read: () => readOpenPromotion(readRunnerContext(), 'ghs_token'),
  },
  {
    action: 'verify-digests',
    required: { files: '**/*.yaml' },
    read: () => readVerifyDigests(),
  },
];

/** Inputs whose value is free text by contract (any value is accepted). */
const FREE_TEXT = new Set(['title', 'body', 'token', 'github-token']);

const touched = new Set<string>();
function setInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    process.env[inputVariable(name)] = value;
    touched.add(inputVariable(name));
  }
  for (const [name, value] of Object.entries(RUNNER)) {
    process.env[name] = value;
    touched.add(name);
  }
}
afterEach(() => {
  for (const name of touched) delete process.env[name];
  touched.clear();
});

/** Read with `input` set to `value`: settings, or a clear error naming the input. */
function readWith(subject: ActionUnderTest, input: string, value: string): 'ok' | string {
  setInputs({ ...actionDefaults(subject.action), ...subject.required, [input]: value });
  let error: unknown;
  try {
    subject.read();
    return 'ok';
  } catch (caught) {
    error = caught;
  }
  expect(error, String((error as Error)?.stack)).toBeInstanceOf(PromoteError);
  const message = (error as Error).message;
  expect(message, 'names the input').toContain(`'${input}'`);
  expect(message.length, 'quotes a bounded part of the value').toBeLessThan(4_000);
  return message;
}

/** Values a careless user or an attacker could give: the runner never passes a NUL byte. */
const noNul = (s: string) => s.replaceAll('\0', '');
const adversarial = fc.oneof(
  fc.string({ maxLength: 40 }).map(noNul),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(noNul),
  fc.jsonValue({ maxDepth: 4 }).map((v) => noNul(JSON.stringify(v) ?? '')),
  fc.uint8Array({ maxLength: 40 }).map((b) => noNul(Buffer.from(b).toString('utf8'))),
  fc.array(fc.string({ maxLength: 12 }).map(noNul), { maxLength: 4 }).map((l) => l.join('\n')),
  fc.constantFrom(
    '',
    ' ',
    'true',
    'yes',
    '-1',
    '1e3',
    '0x10',
    '99999999999999999999',
    '../x',
    '/etc/passwd',
    '!x',
    '{env}',
    'a=b=c',
    '=',
    '::error::x',
    '{"unknown": 1}',
    '[[[[[[[[[[',
    '\uFEFF',
    '\u00e9\ud800',
  ),
);

describe.each(ACTIONS.map((a) => [a.action, a] as const))('%s', (action, subject) => {
  const inputs = Object.keys(actionDefaults(action)).filter((i) => !FREE_TEXT.has(i));

  test(`random values of every input: settings or an error naming it (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), adversarial, (input, value) => {
        readWith(subject, input, value);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test.each([
    ['10 MB', 'x'.repeat(10_000_000)],
    ['JSON nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['10,000 lines', Array.from({ length: 10_000 }, (_, i) => `line${i}`).join('\n')],
  ])('%s in every input', (_name, value) => {
    for (const input of inputs) readWith(subject, input, value);
  });
});
