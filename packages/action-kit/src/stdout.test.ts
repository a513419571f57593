/** stdout.write: whole and in order, through partial writes, and via process.stdout after EAGAIN. */
import type * as fs from 'node:fs';
import { writeSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';

vi.mock('node:fs', async (original) => ({
  ...(await original<typeof fs>()),
  writeSync: vi.fn(),
}));

type WriteFd = (fd: number, bytes: Buffer, offset: number) => number;
const writeFd = vi.mocked(writeSync as unknown as WriteFd);

/** A fresh copy of the module, so that each test starts writing to file descriptor 1. */
async function freshStdout() {
  vi.resetModules();
  return (await import('./stdout.js')).stdout;
}

/** Take at most `max` bytes a call into `sink`, as a pipe may; throw `code` from call `failAt`. */
function fd1(sink: Buffer[], max: number, fail?: { at: number; code: string }) {
  let calls = 0;
  writeFd.mockImplementation((fd, bytes, offset) => {
    expect(fd).toBe(1);
    if (++calls === fail?.at)
      throw Object.assign(new Error(fail.code), { code: fail.code }) as NodeJS.ErrnoException;
    const end = Math.min(bytes.length, offset + max);
    sink.push(bytes.subarray(offset, end));
    return end - offset;
  });
}

afterEach(() => {
  writeFd.mockReset();
  vi.restoreAllMocks();
});

const TEXT = '::warning file=values.yaml::tag é → 1.2.3\n';

test.each([1, 3, 1_000])('every byte reaches fd 1, %i bytes a call at most', async (max) => {
  const stdout = await freshStdout();
  const sink: Buffer[] = [];
  fd1(sink, max);
  stdout.write(TEXT);
  stdout.write('second\n');
  expect(Buffer.concat(sink).toString('utf8')).toBe(`${TEXT}second\n`);
});

test('after EAGAIN the rest, and every later write, go through process.stdout', async () => {
  const stdout = await freshStdout();
  const sink: Buffer[] = [];
  fd1(sink, 10, { at: 2, code: 'EAGAIN' });
  const streamed: Buffer[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    streamed.push(Buffer.from(chunk as Uint8Array | string));
    return true;
  });
  stdout.write(TEXT);
  stdout.write('second\n');
  expect(Buffer.concat([...sink, ...streamed]).toString('utf8')).toBe(`${TEXT}second\n`);
  expect(sink).toHaveLength(1);
  expect(writeFd).toHaveBeenCalledTimes(2);
});

test('another error is thrown, not hidden', async () => {
  const stdout = await freshStdout();
  fd1([], 10, { at: 1, code: 'EPIPE' });
  expect(() => stdout.write(TEXT)).toThrow('EPIPE');
});
