import { defineConfig } from 'vitest/config';

/** The phone page on real phone engines (test/phones): needs the built app and `npm run deps:system`. */
export default defineConfig({
  test: {
    include: ['test/phones/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
