import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createWorkshop, liveActivity, openConsole } from './support/console';
import { closeAnswers, closeDevices, openAnswers, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.PRACTICE_SHOTS_DIR ?? 'test-results/practice-shots';

test('a practice room: six simulated participants answer, the projector counts them, results say practice', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Practice alone');
  const { code } = await startSession(page);

  const room = page.getByTestId('practice-room');
  await page.screenshot({ path: `${SHOTS}/run-live-practice-idle.png` });
  await expect(room.getByRole('button', { name: 'Add 8 simulated participants' })).toBeVisible();
  await room.getByLabel('Simulated participants to add').fill('6');
  await room.getByRole('button', { name: 'Add 6 simulated participants' }).click();
  await expect(page.getByTestId('joined-count')).toHaveText('6');
  await expect(page.getByTestId('practice-count')).toHaveText('6 practice participants');
  await expect(room.getByTestId('practice-running')).toHaveText('6 practice participants');

  const projector = await openProjector(browser, code);
  await expect(projector.page.getByLabel('Join code')).toHaveText(code);
  // Nobody answers before answers open.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('console-answered')).toHaveText('0 of 6 answered');

  await openAnswers(page);
  const opened = Date.now();
  await expect(page.getByTestId('console-answered')).toHaveText('6 of 6 answered', { timeout: 12_000 });
  // Spread over a few seconds, not all at once, and not forever.
  expect(Date.now() - opened).toBeGreaterThan(500);
  await expect(projector.page.getByTestId('answered-count')).toHaveText('6 of 6 answered');
  await expect(page.getByTestId('practice-note')).toHaveText(
    'Includes practice answers: 6 of the 6 who answered are simulated.',
  );

  await page.keyboard.press('r');
  const projected = projector.page.getByTestId('projector-result');
  await expect(projected).toBeVisible();
  await expect(projected.locator('.distribution').first()).toContainText('average');
  await page.screenshot({ path: `${SHOTS}/run-live-practice.png`, fullPage: true });
  // The practice marks are read by everyone: contrast and names as for the rest of Run live.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('[data-testid="practice-room"]')
    .include('.join-panel__joined')
    .include('[data-testid="practice-note"]')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await projector.page.screenshot({ path: `${SHOTS}/projector-practice.png` });

  await closeAnswers(page);
  await expect(liveActivity(page, /Results saved, includes practice answers/)).toBeVisible();

  // Write and upvote: they write lines of their own and upvote each other's, through the real hub.
  await liveActivity(page, /What customer-centric means/).click();
  await expect(page.getByRole('heading', { level: 2, name: /What customer-centric means/ })).toBeVisible();
  await openAnswers(page);
  const result = page.getByTestId('console-result');
  await expect(result.locator('.ranked__item').first()).toBeVisible({ timeout: 12_000 });
  await expect(result.locator('.ranked__votes:not([aria-label="0 upvotes"])').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('console-answered')).toHaveText(/^[4-6] of 6 answered$/, { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/run-live-practice-statements.png`, fullPage: true });
  await closeAnswers(page);

  await room.getByRole('button', { name: 'Remove them' }).click();
  await expect(page.getByTestId('joined-count')).toHaveText('0');
  await expect(page.getByTestId('practice-count')).toHaveCount(0);
  await expect(room.getByRole('button', { name: 'Add 6 simulated participants' })).toBeVisible();
  await closeDevices([projector]);
});
