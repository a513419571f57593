/**
 * Bottleneck (under the throttling and retry plugins) gives way to the event loop before every
 * operation of its local datastore (submit, register, free), by `setTimeout(resolve, 0)`: at
 * least 1 ms in Node each. A request to GitHub passes four limiters (the retry plugin's, the
 * throttling plugin's retry limiter, its write limiter for GraphQL and writes, its global one),
 * so it waited 10 to 18 ms on those timers before it was sent. `setImmediate` gives way to the
 * event loop all the same (I/O and timers due run first), without the clamp.
 */
import Bottleneck from 'bottleneck/light.js';

/** The prototype of Bottleneck's local datastore, the one class that holds `yieldLoop`. */
interface LocalDatastore {
  yieldLoop(t?: number): Promise<void>;
}

let patched = false;

/** Make Bottleneck's datastore give way by setImmediate instead of a 0 ms timer; once. */
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
}
