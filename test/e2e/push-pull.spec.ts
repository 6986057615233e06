import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  tallyCardClassification,
  type CardClassificationConfig,
} from '../../shared/activities/cardClassification';
import { activitiesOf } from '../../shared/exercises/activities';
import { newPushPull } from '../../shared/exercises/push-pull/schema';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop } from '../../shared/workshop/schema';
import {
  boardCard,
  dragWithMouse,
  expectAnnounced,
  expectLanes,
  grip,
  lane,
  pressArrowDuringDrag,
} from './support/board';
import { createWorkshop, importWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhones, sortCards } from './support/phone';
import { closeDevices, endSession, openAnswers, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/push-pull-shots';

const PUSH = 'Pushed by us';
const PULL = 'Pulled by customers';
const UNSURE = 'Unsure';

test('push or pull: three phones sort cards, the projector flags contested ones, the facilitator finalises on the board', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Card sort day');

  // Prepare: four cards pasted, two from a CSV with a description column.
  await openAgendaItem(page, 'Product push');
  await page
    .getByLabel('Paste cards, one per line')
    .fill('Loyalty app\nPremium tier\nSame-day delivery\nPaper invoices');
  await page.getByRole('button', { name: 'Add 4 cards' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'cards.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Title,Description\r\nChatbot,"Answers billing questions, day and night"\r\nGift cards,\r\n',
    ),
  });
  await expect(page.getByText('Added 2 cards from “cards.csv”.')).toBeVisible();
  await expect(page.getByText('6 / 500')).toBeVisible();
  await page.getByRole('button', { name: 'Description of Chatbot' }).click();
  await expect(page.getByLabel('Description of card 5')).toHaveValue(
    'Answers billing questions, day and night',
  );
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Run live: go to the card sort, projector and three phones join.
  const { code, joinUrl } = await startSession(page);
  await liveActivity(page, /Product push or customer pull\?/).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Product push or customer pull?' })).toBeVisible();

  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Product push or customer pull?');

  const phones = await openPhones(browser, joinUrl, 3);
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(page);
  const [p0, p1, p2] = phones.map((p) => p.page) as [Page, Page, Page];
  await expect(p0.getByText('Card 1 of 6')).toBeVisible();
  await expect(p0.getByText('0 of 6 answered')).toBeVisible();
  await p0.screenshot({ path: `${SHOTS}/phone-card-sort.png` });

  //                 Loyalty app, Premium tier, Same-day delivery, Paper invoices, Chatbot, Gift cards
  await sortCards(p0, [PUSH, PULL, PUSH, PUSH, PULL, UNSURE]);
  await sortCards(p1, [PUSH, PULL, PULL, PUSH, PULL, UNSURE]);
  await sortCards(p2, [PUSH, PULL, UNSURE, PULL, UNSURE, PUSH]);
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');

  // A phone goes back and revises a card while voting is open.
  await p0.getByRole('button', { name: /^Same-day delivery/ }).click();
  await expect(p0.getByText('Card 3 of 6')).toBeVisible();
  await expect(p0.getByRole('radio', { name: PUSH })).toHaveAttribute('aria-checked', 'true');
  await p0.getByRole('radio', { name: UNSURE }).click();
  await expect(p0.getByText('Card 4 of 6')).toBeVisible();
  await p0.getByRole('button', { name: '‹ Back' }).click();
  await expect(p0.getByRole('radio', { name: UNSURE })).toHaveAttribute('aria-checked', 'true');
  await expect(p0.getByText('Answer received ✓')).toBeVisible();

  // The projector shows the split per card once revealed, contested cards flagged.
  await page.keyboard.press('r');
  const live = projector.getByTestId('projector-result');
  await expect(live).toBeVisible();
  const liveCard = (title: string) => projector.getByTestId('live-card').filter({ hasText: title });
  await expect(liveCard('Same-day delivery').getByRole('img')).toHaveAccessibleName(
    'Push 0, Unsure 2, Pull 1',
  );
  await expect(liveCard('Same-day delivery')).toHaveClass(/is-contested/);
  await expect(liveCard('Gift cards')).toHaveClass(/is-contested/);
  await expect(liveCard('Paper invoices')).not.toHaveClass(/is-contested/); // 2 of 3 = 67 % ≥ 65 %
  await expect(live.getByText('⚑ 2 contested')).toBeVisible();
  await projector.screenshot({ path: `${SHOTS}/projector-card-sort.png` });
  await p0.screenshot({ path: `${SHOTS}/phone-card-sort-revised.png` });

  // Closing saves the result in the workshop.
  await page.keyboard.press('Space');
  await expect(p1.getByText('Answers are closed')).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Product push or customer pull\?.*Results saved/ }),
  ).toBeVisible();
  await endSession(page);
  await expect(p1.getByText('This session has ended')).toBeVisible();

  // The board: each card where the votes put it.
  await page.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(page, 'Product push');
  await expect(page.getByText('6 of 6 cards voted on. Push 2 · Pull 2 · Contested 2.')).toBeVisible();
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expectLanes(page, {
    push: ['Loyalty app', 'Paper invoices'],
    pull: ['Premium tier', 'Chatbot'],
    contested: ['Same-day delivery', 'Gift cards'],
  });
  await expect(boardCard(page, 'Premium tier').getByRole('img')).toHaveAccessibleName(
    'Push 0, Unsure 0, Pull 3',
  );
  await expect(page.getByText('Placed by the votes: not saved yet')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/board-push-pull.png` });

  // A pointer drag: Paper invoices from Push to Pull.
  await dragWithMouse(page, grip(page, 'Paper invoices'), lane(page, 'pull'));
  await expectLanes(page, { push: ['Loyalty app'], pull: ['Premium tier', 'Paper invoices', 'Chatbot'] });
  await expect(boardCard(page, 'Paper invoices')).toContainText('Moved · the room said Push');
  await expect(page.getByText('Final placement saved in the workshop')).toBeVisible();

  // A keyboard drag: Space, arrow left, Space moves Same-day delivery from Contested to Pull.
  await grip(page, 'Same-day delivery').focus();
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Picked up card “Same-day delivery” in Contested');
  await pressArrowDuringDrag(page, 'ArrowLeft', 'Card “Same-day delivery” is over Pull');
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Card “Same-day delivery” moved to Pull');
  await expect(lane(page, 'pull').locator('.board-card__title')).toContainText(['Same-day delivery']);
  await expect(lane(page, 'contested').locator('.board-card__title')).toHaveText(['Gift cards']);

  // Ctrl+Z undoes the keyboard move; the board's Undo button then undoes the pointer move.
  await page.keyboard.press('Control+z');
  await expect(lane(page, 'contested').locator('.board-card__title')).toHaveText([
    'Same-day delivery',
    'Gift cards',
  ]);
  await page.getByRole('button', { name: 'Undo move of “Paper invoices”' }).click();
  await expectLanes(page, { push: ['Loyalty app', 'Paper invoices'], pull: ['Premium tier', 'Chatbot'] });

  // The final placement: Gift cards to Push with the keyboard (two columns left), Chatbot to Contested by pointer.
  await grip(page, 'Gift cards').focus();
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Picked up card “Gift cards” in Contested');
  await pressArrowDuringDrag(page, 'ArrowLeft', 'Card “Gift cards” is over Pull');
  await pressArrowDuringDrag(page, 'ArrowLeft', 'Card “Gift cards” is over Push');
  await page.keyboard.press('Space');
  await dragWithMouse(page, grip(page, 'Chatbot'), lane(page, 'contested'));
  const final = {
    push: ['Loyalty app', 'Paper invoices', 'Gift cards'],
    pull: ['Premium tier'],
    contested: ['Same-day delivery', 'Chatbot'],
  };
  await expectLanes(page, final);
  await expect(page.getByText('All changes saved')).toBeAttached();
  await page.screenshot({ path: `${SHOTS}/board-push-pull-final.png` });

  // It survives a reload: the placement and the votes are in the workshop.
  await page.reload();
  await openAgendaItem(page, 'Product push');
  await expect(page.getByText(/Final placement saved\./)).toBeVisible();
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expectLanes(page, final);
  await expect(boardCard(page, 'Gift cards')).toContainText('Moved · the room said Contested');
  await expect(boardCard(page, 'Gift cards').getByRole('img')).toHaveAccessibleName(
    'Push 1, Unsure 2, Pull 0',
  );

  await closeDevices(phones);
  await projectorContext.close();
});

/** A workshop file with a closed card sort: three cards, the votes already in. */
function sortedWorkshopFile(): Buffer {
  const exercise = {
    ...newPushPull(),
    cards: ['Loyalty app', 'Premium tier', 'Fax line'].map((title, i) => ({
      id: `c${i}`,
      title,
      description: '',
    })),
  };
  const workshop = { ...newWorkshop('Touch board'), agenda: [exercise] };
  const spec = activitiesOf(exercise, workshop)[0]!;
  const config = spec.config as CardClassificationConfig;
  const votes: [string, string][] = [
    ['c0', 'push'],
    ['c0', 'push'],
    ['c1', 'pull'],
    ['c1', 'pull'],
    ['c2', 'push'],
    ['c2', 'pull'],
  ];
  const answers = votes.map(([itemId, value], i) => ({ participantId: `p${i % 2}`, itemId, value, at: i }));
  workshop.results[spec.id] = {
    activityId: spec.id,
    kind: spec.kind,
    closedAt: 1,
    participants: 2,
    answered: 2,
    tally: tallyCardClassification(config, answers),
  };
  return Buffer.from(writeWorkshopFile(workshop));
}

test('on a touch screen, a long press picks a card up and a drag places it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await importWorkshop(page, {
    name: 'touch.outside-in.json',
    mimeType: 'application/json',
    buffer: sortedWorkshopFile(),
  });
  await page.getByRole('link', { name: 'Touch board' }).click();
  await openAgendaItem(page, 'Product push');
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expectLanes(page, { push: ['Loyalty app'], pull: ['Premium tier'], contested: ['Fax line'] });

  // Playwright has no touch drag: send the touch events through the DevTools protocol.
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const a = (await grip(page, 'Fax line').boundingBox())!;
  const b = (await lane(page, 'push').boundingBox())!;
  const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const to = { x: b.x + b.width / 2, y: b.y + b.height / 3 };
  await touch('touchStart', from.x, from.y);
  await page.waitForTimeout(400); // the long press
  for (let i = 1; i <= 20; i++) {
    await touch('touchMove', from.x + ((to.x - from.x) * i) / 20, from.y + ((to.y - from.y) * i) / 20);
  }
  await touch('touchEnd');
  await expectLanes(page, { push: ['Loyalty app', 'Fax line'], contested: [] });
  await expect(page.getByText('Final placement saved in the workshop')).toBeVisible();
  await context.close();
});
