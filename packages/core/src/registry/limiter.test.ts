import { describe, expect, test } from 'vitest';
import { createLimiter } from './limiter.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createLimiter', () => {
  test.each([1, 2, 5])('runs at most %i tasks at once, in order', async (concurrency) => {
    const limiter = createLimiter(concurrency);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 8 }, deferred);
    const tasks = gates.map((gate, i) =>
      limiter.run(async () => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        await gate.promise;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(limiter.active).toBe(concurrency);
    expect(limiter.waiting).toBe(8 - concurrency);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(concurrency);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(limiter.active).toBe(0);
  });

  test('a failing task frees its slot', async () => {
    const limiter = createLimiter(1);
    const failed = limiter.run(() => Promise.reject(new Error('boom')));
    const next = limiter.run(() => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  test.each([0, -1, 1.5, Number.NaN])('rejects concurrency %d', (concurrency) => {
    expect(() => createLimiter(concurrency)).toThrow(RangeError);
  });
});
