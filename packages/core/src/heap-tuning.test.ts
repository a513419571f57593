import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { node24Binary } from '../../../test/support/node-binaries.js';
import { heapFlagsFor, LARGE_INPUT_FROM, tuneHeapFor } from './heap-tuning.js';

const FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];

describe('heap tuning', () => {
  it("leaves a small input alone and keeps a large one's heap small", () => {
    expect(heapFlagsFor(0)).toEqual([]);
    expect(heapFlagsFor(LARGE_INPUT_FROM - 1)).toEqual([]);
    expect(heapFlagsFor(LARGE_INPUT_FROM)).toEqual(FLAGS);
  });

  it('sets the flags once, and does not undo them for a smaller input', () => {
    expect(tuneHeapFor(10)).toEqual([]);
    expect(tuneHeapFor(LARGE_INPUT_FROM)).toEqual(FLAGS);
    expect(tuneHeapFor(LARGE_INPUT_FROM * 2)).toEqual([]);
    expect(tuneHeapFor(10)).toEqual([]);
  });

  // setFlagsFromString ignores a flag V8 does not know; Node refuses one on its command line.
  // So a renamed or misspelt flag fails here instead of silently tuning nothing.
  it.each([
    ['the Node that runs the tests', process.execPath],
    ['Node 24 (what runs.using: node24 runs)', node24Binary().path],
  ])('uses only flags that V8 knows, on %s', (_, node) => {
    const run = spawnSync(node, [...heapFlagsFor(LARGE_INPUT_FROM), '-e', '0'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
