/**
 * The differential proof of "same wire format as @actions/core 3": every row runs the same
 * calls through @actions/core and through our modules, with stdout and the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files captured, and the bytes must be identical (the random heredoc
 * delimiter normalised).
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { getText } from './inputs.js';
import * as runner from './runner-commands.js';
import { injectedCommands, INJECTIONS, readRunnerLog } from '../../../test/support/runner-log.js';
import { keyValueMessage } from './step-outputs.js';
import { stdout as ourStdout } from './stdout.js';
import { mayBeCommand } from './workflow-commands.js';

interface SummaryApi {
  addRaw(text: string, addEOL?: boolean): SummaryApi;
  write(): Promise<unknown>;
}

/** The calls both implementations offer, as the actions make them. */
interface RunnerApi {
  getInput(name: string): string;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: runner.AnnotationProperties): void;
  error(message: string, where?: runner.AnnotationProperties): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  summary: SummaryApi;
}

const theirs: RunnerApi = actionsCore;
const ours: RunnerApi = { ...runner, getInput: getText };

const dir = mkdtempSync(join(tmpdir(), 'runner-commands-'));
// One path each for the whole file: both summaries remember the first path they were given.
const outputFile = join(dir, 'output');
const summaryFile = join(dir, 'summary');
const ENV_NAMES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'INPUT_REGISTRY-AUTH', 'INPUT_MY_INPUT'];

interface Captured {
  stdout: string;
  output: string | undefined;
  summary: string | undefined;
  exitCode: typeof process.exitCode;
  thrown: string | undefined;
}

const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_*');

async function capture(
  api: RunnerApi,
  env: Record<string, string>,
  calls: (api: RunnerApi) => unknown,
): Promise<Captured> {
  for (const name of ENV_NAMES) delete process.env[name];
  Object.assign(process.env, env);
  for (const file of [outputFile, summaryFile]) rmSync(file, { force: true });
  if (env.GITHUB_OUTPUT === outputFile) writeFileSync(outputFile, '');
  if (env.GITHUB_STEP_SUMMARY === summaryFile) writeFileSync(summaryFile, '');
  const previousExitCode = process.exitCode;
  process.exitCode = undefined;
  let stdout = '';
  // @actions/core writes to process.stdout, ours to file descriptor 1 (see stdout.ts).
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const writeOurs = vi.spyOn(ourStdout, 'write').mockImplementation((text) => {
    stdout += text;
  });
  let thrown: string | undefined;
  try {
    await calls(api);
  } catch (error) {
    thrown = normalise(String(error));
  } finally {
    write.mockRestore();
    writeOurs.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = previousExitCode;
  const read = (file: string) =>
    existsSync(file) ? normalise(readFileSync(file, 'utf8')) : undefined;
  return {
    stdout: normalise(stdout),
    output: read(outputFile),
    summary: read(summaryFile),
    exitCode,
    thrown,
  };
}

const RUNNER = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
const AWKWARD = 'a % b\r\nc: d, e\n%0A ::x:: 😀';

// The rows run in order: the first, which leaves GITHUB_STEP_SUMMARY unset, must come before
// any summary has been written (both implementations then keep the path).
const ROWS: Array<[string, Record<string, string>, (api: RunnerApi) => unknown]> = [
  ['summary without GITHUB_STEP_SUMMARY', {}, (api) => api.summary.addRaw('x').write()],
  [
    'summary with an unreadable GITHUB_STEP_SUMMARY',
    { GITHUB_STEP_SUMMARY: join(dir, 'missing', 'summary') },
    (api) => api.summary.addRaw('x').write(),
  ],
  [
    'summary written twice, with and without an end of line',
    RUNNER,
    async (api) => {
      await api.summary.addRaw('## Heading\n\n| a | b |\n').write();
      await api.summary.addRaw(AWKWARD, true).addRaw('more').write();
    },
  ],
  [
    'info, debug and masking, with characters to escape',
    RUNNER,
    (api) => {
      api.info(AWKWARD);
      api.info('');
      api.debug(AWKWARD);
      api.debug('');
      api.setSecret(AWKWARD);
    },
  ],
  [
    'warnings and errors, bare and with every annotation property',
    RUNNER,
    (api) => {
      api.warning(AWKWARD);
      api.error(AWKWARD, {});
      api.warning('w', { file: 'helm/values, prod.yaml', startLine: 12 });
      api.error('e', {
        title: 'verify-digests: rule: a, b',
        file: 'a:b.yaml',
        startLine: 3,
        endLine: 4,
        startColumn: 5,
        endColumn: 6,
      });
    },
  ],
  [
    'annotation properties that are all empty (a space is still written)',
    RUNNER,
    (api) => {
      api.warning('w', { file: '' });
      api.error('e', { startLine: 0, title: '' });
      api.warning('w', { title: 'only a title' });
    },
  ],
  ['setFailed', RUNNER, (api) => api.setFailed(`Unexpected error: ${AWKWARD}`)],
  [
    'outputs to GITHUB_OUTPUT: one line, several lines, empty',
    RUNNER,
    (api) => {
      api.setOutput('changed', 'true');
      api.setOutput('changed-files', 'a.yaml\nb.yaml\r\nc.yaml');
      api.setOutput('json', JSON.stringify({ a: AWKWARD }));
      api.setOutput('empty', '');
    },
  ],
  [
    'outputs without GITHUB_OUTPUT: ::set-output',
    { GITHUB_STEP_SUMMARY: summaryFile },
    (api) => {
      api.setOutput('changed', 'true');
      api.setOutput('changes', AWKWARD);
    },
  ],
  [
    'GITHUB_OUTPUT naming a missing file',
    { GITHUB_OUTPUT: join(dir, 'missing-output') },
    (api) => api.setOutput('a', 'b'),
  ],
  [
    'inputs: trimmed, spaces in the name, unset',
    { ...RUNNER, 'INPUT_REGISTRY-AUTH': '  ghcr.io=u:p \n', INPUT_MY_INPUT: '\tx\n' },
    (api) => {
      api.info(JSON.stringify(api.getInput('registry-auth')));
      api.info(JSON.stringify(api.getInput('my input')));
      api.info(JSON.stringify(api.getInput('unset')));
    },
  ],
];

afterEach(() => {
  for (const name of ENV_NAMES) delete process.env[name];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runner commands: the same bytes as @actions/core 3', () => {
  test.each(ROWS)('%s', async (_, env, calls) => {
    const expected = await capture(theirs, env, calls);
    const actual = await capture(ours, env, calls);
    expect(actual).toEqual(expected);
    // A row that writes nothing proves nothing.
    expect(Object.values(expected).some((v) => v !== undefined && v !== '')).toBe(true);
  });
});

describe('keyValueMessage', () => {
  test('writes a heredoc with the delimiter', () => {
    expect(keyValueMessage('name', 'a\nb', 'ghadelimiter_1')).toBe(
      'name<<ghadelimiter_1\na\nb\nghadelimiter_1',
    );
  });

  test.each([
    ['name', 'x-ghadelimiter_1', 'v', 'name should not contain the delimiter "ghadelimiter_1"'],
    [
      'value',
      'n',
      'a\nghadelimiter_1\nb',
      'value should not contain the delimiter "ghadelimiter_1"',
    ],
  ])('refuses a %s that contains the delimiter', (_, name, value, message) => {
    expect(() => keyValueMessage(name, value, 'ghadelimiter_1')).toThrow(
      `Unexpected input: ${message}`,
    );
  });

  test('draws a fresh delimiter for every call', () => {
    const delimiter = (m: string) => m.split('\n')[0];
    expect(delimiter(keyValueMessage('a', 'b'))).toMatch(/^a<<ghadelimiter_[0-9a-f-]{36}$/);
    expect(delimiter(keyValueMessage('a', 'b'))).not.toBe(delimiter(keyValueMessage('a', 'b')));
  });
});

describe('info never lets data reach the runner as a command', () => {
  const lines = (stdout: string) => stdout.split(/\r\n|\r|\n/);
  test.each([
    ...INJECTIONS,
    'from ::add-mask:: is fine mid-line',
    '\t::warning::tab first',
    'x\r::stop-commands::X\r::X::',
  ])('%j', (message) => {
    const { stdout } = captureStdout(() => runner.info(message));
    expect(injectedCommands(stdout)).toEqual([]);
    const { commands, text } = readRunnerLog(stdout);
    // Only our own pause and resume: the runner shows every line of the message as text.
    expect(commands.every((c) => c.name === 'stop-commands')).toBe(true);
    expect(text.filter((l) => l !== '')).toEqual(lines(message).filter((l) => l !== ''));
  });

  test.each([
    ['::add-mask::x', true],
    ['   ::debug::x', true],
    ['a ##[error]x', true],
    ['a :: b', false],
    ['1.0 -> 2.0', false],
  ])('mayBeCommand(%j) is %s', (line, expected) => {
    expect(mayBeCommand(line)).toBe(expected);
  });

  test('a message that holds a stop token cannot resume commands with it', () => {
    const { stdout } = captureStdout(() =>
      runner.info('::stop-commands::X\n::X::\n::error::forged'),
    );
    expect(injectedCommands(stdout)).toEqual([]);
  });
});

function captureStdout(call: () => void): { stdout: string } {
  let stdout = '';
  const write = vi.spyOn(ourStdout, 'write').mockImplementation((text) => {
    stdout += text;
  });
  try {
    call();
  } finally {
    write.mockRestore();
  }
  return { stdout };
}
