/** Outputs over the safe size become a note; the file under RUNNER_TEMP always holds it all. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseOutputFile } from '../../../test/support/run-action.js';
import {
  CHANGES_FILE_OUTPUT,
  SAFE_OUTPUT_BYTES,
  fitsOutput,
  setBoundedOutput,
  setChangesOutputs,
  setChangesOutputsOf,
  setFileBackedOutput,
} from './large-outputs.js';
import { stdout } from './stdout.js';

let outputFile: string;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'large-outputs-'));
  outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  vi.stubEnv('GITHUB_OUTPUT', outputFile);
  vi.stubEnv('RUNNER_TEMP', dir);
  vi.spyOn(stdout, 'write').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const outputs = () => parseOutputFile(readFileSync(outputFile, 'utf8'));

/** A JSON array of `n` bytes' worth of entries (about). */
const jsonOf = (bytes: number) => JSON.stringify(Array.from({ length: bytes / 8 }, () => 'abcd'));

describe('fitsOutput counts UTF-8 bytes', () => {
  test.each([
    ['empty', '', true],
    ['exactly the safe size', 'a'.repeat(SAFE_OUTPUT_BYTES), true],
    ['one byte over', 'a'.repeat(SAFE_OUTPUT_BYTES + 1), false],
    // 'é' is 2 bytes: half as many characters reach the limit.
    ['two-byte characters', 'é'.repeat(SAFE_OUTPUT_BYTES / 2 + 1), false],
  ])('%s', (_, value, fits) => {
    expect(fitsOutput(value)).toBe(fits);
  });
});

describe('setChangesOutputs', () => {
  test.each([
    ['a small value is set as is', 1_000, true],
    ['a value of 2 MB is replaced by a note', 2_000_000, false],
  ])('%s, and the file holds it whole', (_, bytes, setAsIs) => {
    const value = jsonOf(bytes);
    const path = setChangesOutputs('bump-values', 'changes', value);
    const set = outputs();
    expect(set[CHANGES_FILE_OUTPUT]).toBe(path);
    expect(dirname(dirname(path))).toBe(process.env.RUNNER_TEMP);
    expect(readFileSync(path, 'utf8')).toBe(value);
    if (setAsIs) expect(set.changes).toBe(value);
    else {
      expect(Buffer.byteLength(set.changes as string)).toBeLessThan(1_000);
      expect(set.changes).toContain(`${CHANGES_FILE_OUTPUT} output, ${path}`);
    }
  });

  test('each run writes a file of its own', () => {
    const first = setChangesOutputs('verify-digests', 'violations', '[]');
    const second = setChangesOutputs('verify-digests', 'violations', '[1]');
    expect(first).not.toBe(second);
    expect(readFileSync(first, 'utf8')).toBe('[]');
  });
});

describe('setChangesOutputsOf writes the JSON in parts', () => {
  const change = (i: number) => ({ file: `k8s/svc-${i}/kustomization.yaml`, line: i, to: 'é' });
  test.each([
    ['no change', 0, true],
    ['one change', 1, true],
    ['a part and one more', 1_001, true],
    ['20,000 changes: the note', 20_000, false],
  ])('%s: the file holds JSON.stringify of them all', (_, count, setAsIs) => {
    const items = Array.from({ length: count }, (_, i) => change(i));
    const path = setChangesOutputsOf('bump-values', 'changes', items);
    const set = outputs();
    const json = JSON.stringify(items);
    expect(readFileSync(path, 'utf8')).toBe(json);
    expect(set[CHANGES_FILE_OUTPUT]).toBe(path);
    expect(dirname(dirname(path))).toBe(process.env.RUNNER_TEMP);
    if (setAsIs) expect(set.changes).toBe(json);
    else
      expect(set.changes).toBe(
        `Too large for a step output (${Buffer.byteLength(json)} bytes, over ${SAFE_OUTPUT_BYTES}): the whole value is in the file named by the ${CHANGES_FILE_OUTPUT} output, ${path}`,
      );
  });
});

describe('setFileBackedOutput', () => {
  test.each([
    ['gates', 'gates-file', 'gates.json', 2_000, true],
    ['holds', 'written-holds-file', 'holds.json', 1_000_000, false],
  ])('%s: the file output names a file holding it all', (name, output, file, bytes, setAsIs) => {
    const value = jsonOf(bytes);
    const path = setFileBackedOutput('open-promotion-pr', name, value, { output, name: file });
    const set = outputs();
    expect(set[output]).toBe(path);
    expect(path.endsWith(`/${file}`)).toBe(true);
    expect(dirname(dirname(path))).toBe(process.env.RUNNER_TEMP);
    expect(readFileSync(path, 'utf8')).toBe(value);
    expect(set[name] === value).toBe(setAsIs);
    expect(Buffer.byteLength(set[name] as string)).toBeLessThanOrEqual(SAFE_OUTPUT_BYTES);
    if (!setAsIs) expect(set[name]).toContain(`the ${output} output, ${path}`);
  });
});

test('setBoundedOutput warns once when it sets the note', () => {
  const write = vi.mocked(stdout.write);
  const fit = setBoundedOutput('tags', 'x'.repeat(SAFE_OUTPUT_BYTES + 10), {
    output: 'tags-file',
    path: '/tmp/t/tags.txt',
  });
  expect(fit).toBe(false);
  const warnings = write.mock.calls
    .map(([text]) => String(text))
    .filter((t) => t.startsWith('::warning'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('tags-file');
  expect(outputs().tags).toMatch(/^Too large for a step output \(524298 bytes/);
});
