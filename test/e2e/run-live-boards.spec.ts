import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop } from '../../shared/workshop/schema';
import { escapeDuringDrag, expectAnnounced, expectLanes, grip, pressArrowDuringDrag } from './support/board';
import { importWorkshop, liveActivity, openConsole } from './support/console';
import { openPhones, sortCards } from './support/phone';
import { closeAnswers, closeDevices, endSession, openAnswers, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/run-live-shots';
const SORT = 'Product push or customer pull?';
const PUSH = 'Pushed by us';
const PULL = 'Pulled by customers';
const UNSURE = 'Unsure';

/** The usual agenda with four cards to sort (no offerings or initiatives: those are not run). */
function workshopFile(): Buffer {
  const workshop = newWorkshop('Board day');
  workshop.agenda = workshop.agenda.map((e) =>
    e.type === 'push-pull'
      ? {
          ...e,
          cards: ['Loyalty app', 'Premium tier', 'Same-day delivery', 'Paper invoices'].map((title, i) => ({
            id: `card-${i}`,
            title,
            description: '',
          })),
        }
      : e,
  );
  return Buffer.from(writeWorkshopFile(workshop));
}

test('Run live: the facilitator finishes the push/pull board mid-session without leaving it', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await importWorkshop(page, {
    name: 'board-day.outside-in.json',
    mimeType: 'application/json',
    buffer: workshopFile(),
  });
  await page.getByRole('link', { name: 'Board day' }).click();

  const { joinUrl } = await startSession(page);
  await liveActivity(page, new RegExp(SORT.replace('?', '\\?'))).click();
  await expect(page.getByRole('heading', { level: 2, name: SORT })).toBeVisible();
  const openBoard = page.getByRole('button', { name: 'Open board B' });
  await expect(openBoard).toBeDisabled();
  await expect(page.getByText('No votes yet: open answers first.')).toBeVisible();

  const phones = await openPhones(browser, joinUrl, 3);
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(page);
  const [p0, p1, p2] = phones.map((p) => p.page) as [Page, Page, Page];
  //                 Loyalty app, Premium tier, Same-day delivery, Paper invoices
  await sortCards(p0, [PUSH, PULL, PUSH, PUSH]);
  await sortCards(p1, [PUSH, PULL, PULL, PUSH]);
  await sortCards(p2, [PUSH, PULL, UNSURE, PULL]);
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  // While answers are open the board can already be looked at, on the live tally.
  await expect(openBoard).toBeEnabled();
  await expect(page.getByText('Live tally · 4 of 4 cards voted on · not finalised yet')).toBeVisible();

  await closeAnswers(page);
  await expect(liveActivity(page, /Product push or customer pull\?.*Results saved/)).toBeVisible();
  await expect(openBoard).toHaveClass(/btn-primary/);
  await expect(page.getByText('4 of 4 cards voted on · not finalised yet')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/run-live-open-board-action.png` });

  // B opens the board over Run live; the session runs on underneath.
  await page.keyboard.press('b');
  const board = page.getByRole('dialog', { name: `${SORT} — board` });
  await expect(board).toBeVisible();
  await expect(board.getByTestId('live-aside')).toContainText('Session live');
  await expect(board.getByTestId('live-aside')).toContainText('3 connected');
  await expect(board.getByTestId('live-aside')).toContainText('answers closed');
  await expectLanes(page, {
    push: ['Loyalty app', 'Paper invoices'],
    pull: ['Premium tier'],
    contested: ['Same-day delivery'],
  });

  // Escape during a drag cancels the drag, not the board.
  await grip(page, 'Loyalty app').focus();
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Picked up card “Loyalty app” in Push');
  await escapeDuringDrag(page);
  await expectAnnounced(page, 'Moving card “Loyalty app” was cancelled');
  await expect(board).toBeVisible();

  // A keyboard drag: Same-day delivery from Contested to Pull (Space, ←, Space).
  await grip(page, 'Same-day delivery').focus();
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Picked up card “Same-day delivery” in Contested');
  await pressArrowDuringDrag(page, 'ArrowLeft', 'Card “Same-day delivery” is over Pull');
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Card “Same-day delivery” moved to Pull');
  const final = {
    push: ['Loyalty app', 'Paper invoices'],
    pull: ['Premium tier', 'Same-day delivery'],
    contested: [],
  };
  await expectLanes(page, final);
  await expect(board.getByText('Final placement saved in the workshop')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/run-live-board-open.png` });
  // Space and the arrows moved the card, not the session: answers are still closed on the phones.
  await expect(p1.getByText('Answers are closed')).toBeVisible();

  // Escape closes the board; the session is where it was and the phones are still connected.
  await page.keyboard.press('Escape');
  await expect(board).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: SORT })).toBeVisible();
  await expect(page.getByRole('button', { name: 'End session' })).toBeVisible();
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  for (const phone of [p0, p1, p2]) {
    await expect(phone.locator('[data-connection]')).toHaveText('Connected');
    await expect(phone.getByText('This session has ended')).toBeHidden();
  }
  await expect(page.getByText('4 of 4 cards voted on · final placement saved')).toBeVisible();

  // After a reload, the placement is in the workshop and the session is still live.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: SORT })).toBeVisible();
  await expect(page.getByText('4 of 4 cards voted on · final placement saved')).toBeVisible();
  await page.getByRole('button', { name: 'Open board B' }).click();
  await expectLanes(page, final);
  await page.getByRole('button', { name: /Close the board/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // After the session: the summary lists each exercise's tool, with the reason when it cannot open.
  await endSession(page);
  await expect(p0.getByText('This session has ended')).toBeVisible();
  const summary = page.getByTestId('session-summary');
  await expect(summary.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
  const row = (name: string) => summary.getByRole('listitem', { name });
  await expect(row(SORT).getByRole('button', { name: 'Open board' })).toBeEnabled();
  await expect(row(SORT)).toContainText('4 of 4 cards voted on · final placement saved');
  await expect(row('Centricity check').getByRole('button', { name: 'Centricity results' })).toBeDisabled();
  await expect(row('Centricity check')).toContainText('No scores yet: run it live first.');
  await expect(row('Offering simplification').getByRole('button', { name: 'Open board' })).toBeDisabled();
  await expect(row('Offering simplification')).toContainText('No offerings to rate: add them under Prepare.');
  await page.screenshot({ path: `${SHOTS}/run-live-ended-summary.png`, fullPage: true });
  await row(SORT).getByRole('button', { name: 'Open board' }).click();
  await expectLanes(page, final);
  await expect(page.getByTestId('live-aside')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await closeDevices(phones);
});
