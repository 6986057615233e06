import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhone } from './support/phone';
import { closeDevices, endSession, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.CRAFT_SHOTS_DIR ?? 'test-results/craft-shots';

const CHECK_NOTE =
  'PRESENTER-NOTE check: welcome everyone, say nobody sees who rated what. Flip chart ready.';
const DEFINITION_NOTE = 'PRESENTER-NOTE definition: 5 min writing, 10 min upvoting. Materials: sticky notes.';
/** What no screen but the console may show, and no hub message may carry. */
const SECRET = 'PRESENTER-NOTE';

/** Every WebSocket frame a page sends or receives, as text. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => frames.push(String(f.payload)));
    ws.on('framereceived', (f) => frames.push(String(f.payload)));
  });
  return frames;
}

test('presenter notes show on the console, never on the projector or phones nor in any hub message; the agenda shows its times', async ({
  browser,
  page: consolePage,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const consoleFrames = recordFrames(consolePage);
  await openConsole(consolePage);
  await createWorkshop(consolePage, 'Craft day', { organisation: 'Harbour Bank' });

  // Prepare: a start time gives every agenda item its start and end.
  await consolePage.getByLabel('Starts at').fill('09:30');
  const items = consolePage.getByTestId('agenda-item');
  await expect(items.nth(0).getByTestId('agenda-times')).toHaveText('09:30–09:40');
  await expect(items.nth(1).getByTestId('agenda-times')).toHaveText('09:40–09:55');
  await expect(consolePage.getByTestId('agenda-total')).toHaveText('09:30–11:30 · 2 h');

  await consolePage.getByLabel('Presenter notes').fill(CHECK_NOTE);
  await openAgendaItem(consolePage, 'What customer-centric means');
  await consolePage.getByLabel('Presenter notes').fill(DEFINITION_NOTE);
  await expect(consolePage.getByText('All changes saved')).toBeVisible();
  await consolePage.screenshot({ path: `${SHOTS}/agenda-editor.png` });

  // Live: the console shows the current exercise's notes and the pace of the day.
  const { code, joinUrl } = await startSession(consolePage);
  const projector = await openProjector(browser, code);
  const projectorFrames = recordFrames(projector.page);
  await projector.page.reload();
  await expect(projector.page.getByRole('heading', { level: 1 })).toHaveText('Centricity check');
  const phone = await openPhone(browser, joinUrl);
  const phoneFrames = recordFrames(phone.page);
  await phone.page.reload();
  await expect(phone.page.locator('[data-connection]')).toHaveText('Connected');

  const notes = consolePage.getByTestId('presenter-notes');
  await expect(notes).toContainText(CHECK_NOTE);
  await expect(notes.getByTestId('day-pace')).toContainText(/planned 09:30 · now \d\d:\d\d · /);
  await expect(notes).not.toContainText(DEFINITION_NOTE);

  const nothingShown = async () => {
    for (const page of [projector.page, phone.page]) {
      expect(await page.content()).not.toContain(SECRET);
    }
  };
  await nothingShown();

  // Moving on shows the next exercise's notes, planned for 09:40.
  await liveActivity(consolePage, /What customer-centric means/).click();
  await expect(notes).toContainText(DEFINITION_NOTE);
  await expect(notes.getByTestId('day-pace')).toContainText('planned 09:40');
  await expect(projector.page.getByRole('heading', { level: 1 })).toHaveText(/What customer-centric means/);
  await expect(phone.page.getByText(/customer-centric means/).first()).toBeVisible();
  await consolePage.screenshot({ path: `${SHOTS}/live-notes.png` });
  await nothingShown();

  await endSession(consolePage);
  await expect(phone.page.getByText(/ended/).first()).toBeVisible();
  await nothingShown();

  // The frames were recorded: the check below is not vacuous.
  for (const frames of [consoleFrames, projectorFrames, phoneFrames]) {
    expect(frames.some((f) => f.includes('"welcome"'))).toBe(true);
  }
  expect(consoleFrames.some((f) => f.includes('start-session'))).toBe(true);
  for (const frame of [...consoleFrames, ...projectorFrames, ...phoneFrames]) {
    expect(frame).not.toContain(SECRET);
  }
  await closeDevices([projector, phone]);

  // The run sheet, made in the console and downloaded, prints the notes and the start times.
  await consolePage.getByRole('link', { name: 'Action plan' }).click();
  const download = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Export run sheet' }).click();
  expect((await download).suggestedFilename()).toBe('Craft day – run sheet.pdf');
  await consolePage.screenshot({ path: `${SHOTS}/plan-toolbar.png` });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', (await (await download).path())!, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  expect(text).toContain(CHECK_NOTE);
  expect(text).toContain(DEFINITION_NOTE);
  expect(text).toContain('09:30–09:40');
  expect(text).toContain('09:40–09:55');
});
