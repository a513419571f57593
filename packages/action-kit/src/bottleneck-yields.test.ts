import Bottleneck from 'bottleneck/light.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { yieldByImmediate } from './bottleneck-yields.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The 0 ms timers one job of a fresh limiter sets, from schedule to its result. */
async function zeroTimersOfOneJob(): Promise<number> {
  const limiter = new Bottleneck({ maxConcurrent: 1 });
  const timers = vi.spyOn(globalThis, 'setTimeout');
  await limiter.schedule(async () => 'done');
  const zero = timers.mock.calls.filter(([, ms]) => (ms ?? 0) === 0).length;
  timers.mockRestore();
  return zero;
}

describe('yieldByImmediate', () => {
  test('leaves no 0 ms timer per job: none per datastore operation, none for its run', async () => {
    // Bottleneck's own: 3 datastore operations (submit, register, free) and the run.
    expect(await zeroTimersOfOneJob()).toBe(4);
    yieldByImmediate();
    yieldByImmediate();
    expect(await zeroTimersOfOneJob()).toBe(0);
  });

  test('a job with an expiration keeps its timers', async () => {
    yieldByImmediate();
    const limiter = new Bottleneck();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    expect(await limiter.schedule({ expiration: 1000 }, async () => 'in time')).toBe('in time');
    expect(timers.mock.calls.map(([, ms]) => ms)).toEqual([0, 1000]);
  });

  test('stop() still drops a job that was due, and it never runs', async () => {
    yieldByImmediate();
    const limiter = new Bottleneck();
    let ran = false;
    const job = limiter.schedule(async () => {
      ran = true;
    });
    // Let it be registered and scheduled (due now), then stop before its turn.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    await limiter.stop({ dropWaitingJobs: true });
    await expect(job).rejects.toThrow(/stopped/);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toBe(false);
  });

  test('keeps the order, the concurrency and the spacing of jobs', async () => {
    yieldByImmediate();
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 40 });
    const started: Array<[string, number]> = [];
    let running = 0;
    let most = 0;
    const job = (name: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      started.push([name, Date.now()]);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return name;
    };
    const before = Date.now();
    const done = await Promise.all(['a', 'b', 'c'].map((n) => limiter.schedule(job(n))));
    expect(done).toEqual(['a', 'b', 'c']);
    expect(started.map(([n]) => n)).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
    // The k-th job may not start before k × minTime: timers never fire early (1 ms of rounding).
    started.forEach(([, at], k) => expect(at - before).toBeGreaterThanOrEqual(k * 40 - 1));
  });

  test('a failed job is still retried after the wait its failed handler asks', async () => {
    yieldByImmediate();
    const limiter = new Bottleneck();
    limiter.on('failed', (_error, info) => (info.retryCount === 0 ? 5 : undefined));
    let calls = 0;
    const result = await limiter.schedule(async () => {
      calls += 1;
      if (calls === 1) throw new Error('first try fails');
      return 'second try';
    });
    expect(result).toBe('second try');
    expect(calls).toBe(2);
  });
});
