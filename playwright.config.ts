import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Playwright cannot download its own browser offline: use an installed Chromium. */
function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `npm run deps:system`, or apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

const port = Number(process.env.E2E_PORT ?? 4873);
/** The console's key in e2e runs: tests open `/#token=${process.env.OUTSIDE_IN_FACILITATOR_TOKEN}`. */
process.env.OUTSIDE_IN_FACILITATOR_TOKEN ??= 'e2e-facilitator-token';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The console follows the system's language: the tests read it in English whatever the machine's.
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Loopback only: tests never use the machine's network.
    command: `node out/main/serve.js --port ${port} --host 127.0.0.1 --data-dir test-results/hub-data-${port} --fresh`,
    env: { OUTSIDE_IN_FACILITATOR_TOKEN: process.env.OUTSIDE_IN_FACILITATOR_TOKEN },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
