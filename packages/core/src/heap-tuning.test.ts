import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { node24Binary } from '../../../test/support/node-binaries.js';
import {
  GROW_OLD_SLOWLY_FROM,
  heapFlagsFor,
  KEEP_YOUNG_SMALL_FROM,
  tuneHeapFor,
} from './heap-tuning.js';

describe('heap tuning', () => {
  it('leaves a small input alone and tightens step by step as the input grows', () => {
    expect(heapFlagsFor(0)).toEqual([]);
    expect(heapFlagsFor(KEEP_YOUNG_SMALL_FROM - 1)).toEqual([]);
    expect(heapFlagsFor(KEEP_YOUNG_SMALL_FROM)).toEqual(['--semi-space-growth-factor=1']);
    expect(heapFlagsFor(GROW_OLD_SLOWLY_FROM)).toEqual([
      '--semi-space-growth-factor=1',
      '--heap-growing-percent=50',
    ]);
  });

  it('sets each flag once, and never undoes one for a smaller input', () => {
    expect(tuneHeapFor(10)).toEqual([]);
    expect(tuneHeapFor(KEEP_YOUNG_SMALL_FROM)).toEqual(['--semi-space-growth-factor=1']);
    expect(tuneHeapFor(KEEP_YOUNG_SMALL_FROM)).toEqual([]);
    expect(tuneHeapFor(GROW_OLD_SLOWLY_FROM)).toEqual(['--heap-growing-percent=50']);
    expect(tuneHeapFor(10)).toEqual([]);
  });

  // setFlagsFromString ignores a flag V8 does not know; Node refuses one on its command line.
  // So a renamed or misspelt flag fails here instead of silently tuning nothing.
  it.each([
    ['the Node that runs the tests', process.execPath],
    ['Node 24 (what runs.using: node24 runs)', node24Binary().path],
  ])('uses only flags that V8 knows, on %s', (_, node) => {
    const run = spawnSync(node, [...heapFlagsFor(GROW_OLD_SLOWLY_FROM), '-e', '0'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
