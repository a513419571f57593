import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'actions/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every temporary folder of a run below one, removed at its end (see temp-root.ts).
    globalSetup: ['test/support/temp-root.ts'],
  },
});
