import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { newPushPull } from '../../shared/exercises/push-pull/schema';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop } from '../../shared/workshop/schema';
import { createWorkshop, FACILITATOR_TOKEN, importWorkshop, openConsole } from './support/console';

/**
 * A crash right when the console says "All changes saved" loses nothing. Browser mode keeps the
 * library in IndexedDB in the browser's profile, so the test runs its own Chromium on a profile
 * of its own, kills the whole process group with SIGKILL (no shutdown, no flush), and starts it
 * again on the same profile.
 */

interface RunningChromium {
  process: ChildProcess;
  browser: Browser;
}

async function launch(profile: string): Promise<RunningChromium> {
  const use = test.info().project.use;
  const executable = use.launchOptions?.executablePath;
  if (!executable) throw new Error('playwright.config.ts names no Chromium (launchOptions.executablePath).');
  rmSync(join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(
    executable,
    [
      ...(use.launchOptions?.args ?? []),
      '--headless=new',
      `--user-data-dir=${profile}`,
      // Chromium picks a free port and writes it into the profile.
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      'about:blank',
    ],
    // A process group of its own, so one signal ends the browser and all its helpers at once.
    { detached: true, stdio: 'ignore' },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  await expect.poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n')).toBe(true);
  const port = readFileSync(portFile, 'utf8').split('\n')[0]!;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { process: child, browser };
}

/**
 * A full workshop (500 cards, every one described, a long list of turned-down proposals): each
 * whole-workshop write takes long enough that a second edit lands while the first is under way.
 */
function fullWorkshopFile(): Buffer {
  const filler = (i: number) => `${i} `.padEnd(600, 'customers say this matters to them. ');
  const sort = {
    ...newPushPull(),
    cards: Array.from({ length: 500 }, (_, i) => ({
      id: `card${i}`,
      title: `Card ${i}`,
      description: filler(i),
    })),
    rejectedProposals: Array.from({ length: 2000 }, (_, i) => filler(i)),
  };
  const workshop = newWorkshop('Crash test');
  return Buffer.from(
    writeWorkshopFile({
      ...workshop,
      agenda: workshop.agenda.map((e) => (e.type === 'push-pull' ? sort : e)),
    }),
  );
}

function killHard(running: RunningChromium): Promise<void> {
  const exited = new Promise<void>((resolve) => running.process.once('exit', () => resolve()));
  process.kill(-running.process.pid!, 'SIGKILL');
  return exited;
}

test('two edits faster than one write survive a crash at "All changes saved"', async () => {
  test.setTimeout(120_000);
  const baseURL = test.info().project.use.baseURL!;
  const profile = mkdtempSync(join(tmpdir(), 'outside-in-autosave-'));
  try {
    const first = await launch(profile);
    const page = await first.browser.contexts()[0]!.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${baseURL}/#token=${FACILITATOR_TOKEN}`);
    await importWorkshop(page, {
      name: 'full.outside-in.json',
      mimeType: 'application/json',
      buffer: fullWorkshopFile(),
    });
    await page.getByRole('link', { name: 'Crash test' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Crash test' })).toBeVisible();
    await expect(page.getByText('All changes saved')).toBeVisible();
    const workshopUrl = page.url();

    // Killed from here the moment the message shows after the edits, not a poll later.
    let killed: Promise<void> | null = null;
    await page.exposeBinding('atSavedMessage', () => {
      killed ??= killHard(first);
    });
    const saw = await page
      .evaluate(() => {
        const set = (label: string, value: string) => {
          const field = Array.from(document.querySelectorAll('label'))
            .find((l) => l.querySelector('span')?.textContent === label)
            ?.querySelector('input');
          if (!field) throw new Error(`No field labelled ${label}`);
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
          field.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const state = document.querySelector('.save-state')!;
        const seen: string[] = [];
        new MutationObserver(() => {
          seen.push(state.textContent ?? '');
          if (state.textContent === 'All changes saved')
            (window as unknown as { atSavedMessage: () => void }).atSavedMessage();
        }).observe(state, { childList: true, characterData: true, subtree: true });
        // Both edits in one task: the second is made while the first write is still under way.
        set('Facilitator', 'Ana Lima');
        set('Organisation', 'Northwind Telecom');
        return new Promise<string[]>((resolve) => setTimeout(() => resolve(seen), 5_000));
      })
      .catch(() => 'killed' as const);
    expect(saw).toBe('killed');
    await killed;

    const second = await launch(profile);
    try {
      const again = await second.browser.contexts()[0]!.newPage();
      await again.setViewportSize({ width: 1440, height: 900 });
      await again.goto(workshopUrl);
      await expect(again.getByRole('heading', { level: 1, name: 'Crash test' })).toBeVisible();
      await expect(again.getByRole('textbox', { name: 'Facilitator', exact: true })).toHaveValue('Ana Lima');
      await expect(again.getByRole('textbox', { name: 'Organisation', exact: true })).toHaveValue(
        'Northwind Telecom',
      );
    } finally {
      await killHard(second);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a failed save never ends on "All changes saved"; Try again saves it', async ({ page }) => {
  await openConsole(page);
  await createWorkshop(page, 'Full disk');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // The disk fills up: every write to the workshop store fails as a browser reports it.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const facilitator = page.getByRole('textbox', { name: 'Facilitator', exact: true });
  await facilitator.fill('Ana Lima');
  const state = page.locator('.save-state');
  await expect(state).toHaveText('Not saved Try again');
  await expect(page.getByText('The disk is full, so your last change was not saved.')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(state).not.toContainText('All changes saved');

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await state.getByRole('button', { name: 'Try again' }).click();
  await expect(state).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Facilitator', exact: true })).toHaveValue('Ana Lima');
});
