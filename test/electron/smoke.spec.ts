// The desktop app itself, driven through Playwright's Electron support: it starts, the console and
// projector come from app://outside-in (not file://), and a live session reaches the projector,
// which proves the hub admits the desktop origin. Runs the unpackaged build (`electron .`): the
// packaged app's fuses switch off --inspect, which Playwright needs to drive it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type Page } from '@playwright/test';
import { createWorkshop } from '../e2e/support/console';
import { joinDetails } from '../e2e/support/session';

const projectDir = resolve(import.meta.dirname, '../..');
const SHOTS = 'test-results/electron-shots';

/** The Electron executable, or why this machine cannot run the desktop app. */
function desktopApp(): { executable: string } | { skip: string } {
  let executable: string;
  try {
    // The electron package exports its binary's path, and throws when the binary was never fetched.
    executable = createRequire(import.meta.url)('electron') as string;
  } catch {
    return {
      skip: 'the Electron binary is not installed (npm installs this project without it); fetch it with `node node_modules/electron/install.js` where downloads are allowed',
    };
  }
  if (!existsSync(executable)) return { skip: `the Electron binary is missing at ${executable}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: 'there is no display to open windows on (run it under `xvfb-run -a`)' };
  }
  if (!existsSync(join(projectDir, 'out/main/index.js'))) {
    return { skip: 'the app is not built (run `npx electron-vite build` first)' };
  }
  return { executable };
}

async function expectServedFromApp(page: Page, path: string): Promise<void> {
  const url = new URL(page.url());
  expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`app://outside-in${path}`);
  // A sandboxed page: the preload's API, no Node.
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => typeof window.outsideIn?.hubInfo)).toBe('function');
}

test('the desktop app starts, opens console and projector, and runs a session', async () => {
  const app = desktopApp();
  if ('skip' in app) {
    console.log(`Desktop smoke test skipped: ${app.skip}.`);
    test.skip(true, app.skip);
    return;
  }

  const profile = mkdtempSync(join(tmpdir(), 'outside-in-smoke-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // The built pages, not a dev server; an empty profile, not the facilitator's library.
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  env.OUTSIDE_IN_USER_DATA = profile;

  const desktop = await electron.launch({
    executablePath: app.executable,
    // Any free port: a real Outside-In on this machine keeps the usual one.
    args: [projectDir, '--port=0'],
    cwd: projectDir,
    env,
  });
  try {
    const consolePage = await desktop.firstWindow();
    await consolePage.waitForLoadState('domcontentloaded');
    await expectServedFromApp(consolePage, '/console/index.html');

    await createWorkshop(consolePage, 'Desktop smoke test');
    await consolePage.getByRole('link', { name: 'Run live' }).click();
    await consolePage.getByRole('button', { name: 'Start live session' }).click();
    const { code } = await joinDetails(consolePage);
    expect(code).toMatch(/^[A-Z2-9]{4,6}$/);

    const projectorOpened = desktop.waitForEvent('window');
    await consolePage.getByRole('button', { name: 'Open projector' }).click();
    const projector = await projectorOpened;
    await projector.waitForLoadState('domcontentloaded');
    await expectServedFromApp(projector, '/projector/index.html');
    await expect(projector.getByLabel('Join code')).toHaveText(code);

    await consolePage.screenshot({ path: `${SHOTS}/console.png` });
    await projector.screenshot({ path: `${SHOTS}/projector.png` });
  } finally {
    await desktop.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
});
