/**
 * Keep the heap of a large bump near what it holds, not several times more.
 *
 * A bump of a large repository holds little at once: what was found in the file at hand (its
 * nodes are let go of one top-level item at a time as it is parsed and searched: see
 * find-occurrences' RootWalk) and the texts and changes so far. But V8 sizes its
 * heap by the rate of allocation, not by what is alive. Measured on the bench's repository of
 * 5,000 services (8.5 MiB of YAML, Node 24), when a file's nodes were all held: about 65 MB
 * alive at the worst moment, 530 MB of peak RSS. Two things make the difference:
 * - the young generation grows (semi-spaces of up to 32 MB, three of them) while each file's
 *   parse survives its first collections; about 200 MB of the peak;
 * - the old generation's limit is set at up to four times what the last full collection kept,
 *   so garbage piles up to hundreds of MB before the next one.
 *
 * A runner cannot pass Node options to an action (`runs.using: node24` starts `node main`), so
 * the action sets the two V8 flags that govern this at run time, once the input is known to be
 * large. Both are read by V8 at each collection (not only at start-up, as `--max-semi-space-size`
 * is), which is why they take effect here: the young generation keeps its initial size, and the
 * old one grows by a fraction of what is alive. `bumpFiles` sets them when it starts, from the
 * total of its texts. A young generation that has grown does not shrink back, so earlier would
 * be better: set before the action's modules load, the same flags kept the 5,000-service peak
 * near 200 MB; set by bumpFiles (or while the files are read: no measurable difference),
 * 240–290 MB. Since a file's nodes are let go of as it is searched, about 160 MB with the
 * flags and 325–347 MB without. Figures are in bench/README.md.
 *
 * Small inputs are left alone: loading node:v8 costs a few milliseconds of start-up, and the
 * default heap is faster when there is nothing to save.
 */

/**
 * From this much input text (UTF-16 code units) on, the heap is kept small. Below it the
 * default heap is left alone: it costs more memory but less collecting (at 1,000 services,
 * 1.7 MiB, the tuned heap peaks at 155 MB instead of 255 MB but spends 15–40% more time in
 * the collector, and speed is what matters at that size).
 */
export const LARGE_INPUT_FROM = 4 * 1024 * 1024;

/** The flags: the young generation keeps its initial size; the old one grows by half. */
const LARGE_INPUT_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];

/** The V8 flags `tuneHeapFor` sets for an input of `chars` characters (none when small). */
export function heapFlagsFor(chars: number): string[] {
  return chars >= LARGE_INPUT_FROM ? [...LARGE_INPUT_FLAGS] : [];
}

/** Whether this process has set them (they are process-wide: once is enough). */
let tuned = false;

/**
 * Set the heap flags an input of `chars` characters calls for (see heapFlagsFor). They stay
 * set: a later, smaller input does not undo them. Returns the flags set by this call.
 */
export function tuneHeapFor(chars: number): string[] {
  const flags = tuned ? [] : heapFlagsFor(chars);
  // Node before 20.16 has no getBuiltinModule: the heap is left as it is.
  if (flags.length === 0 || typeof process.getBuiltinModule !== 'function') return [];
  // Loaded only now: node:v8 is a few milliseconds of start-up a small bump does not pay.
  process.getBuiltinModule('node:v8').setFlagsFromString(flags.join(' '));
  tuned = true;
  return flags;
}
