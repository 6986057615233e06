import { defineConfig } from '@playwright/test';

/**
 * The desktop smoke test (`npm run test:electron`): the built app in Electron, no browser and no
 * web server. Skipped, with the reason printed, where the Electron binary is not installed.
 */
export default defineConfig({
  testDir: 'test/electron',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  use: { screenshot: 'off' },
});
