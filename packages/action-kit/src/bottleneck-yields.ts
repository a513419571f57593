/**
 * Bottleneck (under the throttling and retry plugins) gives way to the event loop with 0 ms
 * timers, at least 1 ms each in Node:
 * - before every operation of its local datastore (submit, register, free), by
 *   `setTimeout(resolve, 0)`;
 * - before it runs a job that may run now, by `setTimeout(execute, wait)` with `wait` 0.
 * A request to GitHub passes four limiters (the retry plugin's, the throttling plugin's retry
 * limiter, its write limiter for GraphQL and writes, its global one), so it waited 10 to 18 ms
 * on the first kind before it was sent, and another 4 to 5 ms on the second (measured on Node
 * 24: 5.3 ms from a warm `graphql` call to the transport, 1.1 ms without them). `setImmediate`
 * gives way to the event loop all the same (I/O and timers due run first), without the clamp.
 * A wait above 0 (the spacing of writes, a retry's back-off) keeps its timer.
 */
import Bottleneck from 'bottleneck/light.js';

/** The prototype of Bottleneck's local datastore, the one class that holds `yieldLoop`. */
interface LocalDatastore {
  yieldLoop(t?: number): Promise<void>;
}

/** What `_run` sees of a job (Bottleneck's Job class). */
interface ScheduledJob {
  options: { id: string; expiration?: number | null };
  doRun(): void;
  doExecute(chained: unknown, clearGlobalState: unknown, run: unknown, free: unknown): unknown;
}

/** The limiter's members `_run` uses (Bottleneck's own `_run`, with a 0 ms wait not timed). */
interface LimiterInternals {
  _limiter: unknown;
  _scheduled: Record<string, { job: ScheduledJob }>;
  _clearGlobalState(index: string): boolean;
  _run(index: string, job: ScheduledJob, wait: number): unknown;
  _free(index: string, job: ScheduledJob, ...rest: unknown[]): unknown;
  jobStatus(id: string): string | null;
}

let patched = false;

/** Make Bottleneck give way by setImmediate instead of a 0 ms timer; once. */
export function yieldByImmediate(): void {
  if (patched) return;
  patched = true;
  const limiter = new Bottleneck() as unknown as { _store: object };
  const store = Object.getPrototypeOf(limiter._store) as LocalDatastore;
  store.yieldLoop = function yieldLoop(t = 0) {
    return new Promise<void>((resolve) => {
      if (t > 0) setTimeout(resolve, t);
      else setImmediate(resolve);
    });
  };
  const proto = Bottleneck.prototype as unknown as LimiterInternals;
  const timedRun = proto._run;
  proto._run = function run(this: LimiterInternals, index, job, wait) {
    if (wait > 0 || job.options.expiration != null) return timedRun.call(this, index, job, wait);
    // Bottleneck's own _run, but for the timer of a job due now.
    job.doRun();
    const clearGlobalState = this._clearGlobalState.bind(this, index);
    const rerun = this._run.bind(this, index, job);
    const free = this._free.bind(this, index, job);
    setImmediate(() => {
      // stop() drops a scheduled job by clearing its timer, here absent: a dropped job has no
      // status left, and is not run.
      const status = this.jobStatus(job.options.id);
      if (status !== 'RUNNING' && status !== 'EXECUTING') return;
      void job.doExecute(this._limiter, clearGlobalState, rerun, free);
    });
    return (this._scheduled[index] = { job });
  };
}
