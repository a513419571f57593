/**
 * The byte-exact YAML engine on generated files (properties in test/support/yaml-engine-property.ts;
 * fast-check, seeded: FC_SEED=<n> replays a run, FC_RUNS=<n> sets the number of files; a failure
 * prints its seed, path and counterexample). The second half of the 10,000 files, on the seed after the first half's.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bumpProperty, stats } from './support/yaml-engine-property.js';

const SEED = Number(process.env.FC_SEED ?? 20261201) + 1;
const RUNS = Number(process.env.FC_RUNS ?? 5_000);

describe('the YAML engine on generated files (property)', () => {
  test(
    `a bump changes exactly the intended values, ${RUNS} files, seed ${SEED}`,
    { timeout: 300_000 },
    () => {
      fc.assert(bumpProperty(), { seed: SEED, numRuns: RUNS });
      console.info(`yaml-engine-property: ${JSON.stringify(stats)}`);
      expect(stats.cases).toBe(RUNS);
    },
  );
});
