import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  boardCard,
  dragWithMouse,
  expectAnnounced,
  expectLanes as expectBoardLanes,
  grip,
  lane,
  pressArrowDuringDrag,
} from './support/board';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeDevices, endSession, openAnswers, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/simplify-shots';

type Rating = [value: number, burden: number, basics: 'Yes' | 'No' | 'Unsure'];

async function rate(phone: Page, [value, burden, basics]: Rating) {
  await phone
    .getByRole('radiogroup', { name: /^Value to the customer/ })
    .getByRole('radio', { name: String(value) })
    .click();
  await phone
    .getByRole('radiogroup', { name: /^Burden on the customer/ })
    .getByRole('radio', { name: String(burden) })
    .click();
  await phone
    .getByRole('radiogroup', { name: /meet the basics/ })
    .getByRole('radio', { name: basics })
    .click();
}

/** On a phone: each offering in turn; the third answer sends and moves on. */
async function rateAll(phone: Page, ratings: Rating[]) {
  for (const [i, rating] of ratings.entries()) {
    await expect(phone.getByText(`Offering ${i + 1} of ${ratings.length}`)).toBeVisible();
    await rate(phone, rating);
  }
  await expect(phone.getByText(`${ratings.length} of ${ratings.length} answered`)).toBeVisible();
}

/** Each lane holds these offerings, in order (a card's title ends with the offering's name). */
const expectLanes = (page: Page, lanes: Record<string, string[]>) =>
  expectBoardLanes(page, lanes, (name) => new RegExp(`${name}$`));

test('offering simplification: three phones rate, the matrix shows quadrants and basics first, decisions are finalised and one becomes an initiative', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Simplify day');

  await openAgendaItem(page, 'Offering simplification');
  await page
    .getByLabel('Paste offerings, one per line')
    .fill('Basic plan\nFamily bundle\nFax line\nPaper invoices\nbasic PLAN');
  await page.getByRole('button', { name: 'Add 5 offerings' }).click();
  await expect(page.getByText('1 line was already in the list and was skipped.')).toBeVisible();
  await expect(page.getByText('4 / 200')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const { code, joinUrl } = await startSession(page);
  await liveActivity(page, /Offering simplification/).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Offering simplification' })).toBeVisible();

  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Offering simplification');

  const phones = await openPhones(browser, joinUrl, 3);
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(page);
  const [p0, p1, p2] = phones.map((p) => p.page) as [Page, Page, Page];

  // A half-given rating is not sent; the phone says why.
  await expect(p0.getByText('Offering 1 of 4')).toBeVisible();
  await p0
    .getByRole('radiogroup', { name: /^Value to the customer/ })
    .getByRole('radio', { name: '5' })
    .click();
  await expect(p0.getByText('Rate both to send your answer.')).toBeVisible();
  await p0.screenshot({ path: `${SHOTS}/phone-rating.png` });

  //           Basic plan      Family bundle    Fax line             Paper invoices
  await rateAll(p0, [
    [5, 1, 'Yes'],
    [4, 4, 'No'],
    [1, 4, 'Yes'],
    [2, 2, 'Yes'],
  ]);
  await rateAll(p1, [
    [4, 2, 'Yes'],
    [5, 5, 'No'],
    [2, 4, 'Unsure'],
    [2, 1, 'Yes'],
  ]);
  await rateAll(p2, [
    [4, 1, 'Yes'],
    [4, 4, 'Yes'],
    [1, 3, 'Unsure'],
    [3, 2, 'No'],
  ]);
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');

  // Revising: back to Fax line, a heavier burden.
  await p2.getByRole('button', { name: '‹ Back' }).click();
  await expect(p2.getByText('Offering 3 of 4')).toBeVisible();
  await p2
    .getByRole('radiogroup', { name: /^Burden on the customer/ })
    .getByRole('radio', { name: '5' })
    .click();
  await expect(p2.getByText('Answer received ✓')).toBeVisible();

  // The projector: four dots in their quadrants, the family bundle marked "basics first".
  await page.keyboard.press('r');
  const live = projector.getByTestId('projector-result');
  await expect(live.getByTestId('matrix-dot')).toHaveCount(4);
  await expect(live.locator('.matrix__dot.is-basics')).toHaveCount(1);
  await expect(live.getByRole('img')).toHaveAccessibleName(
    'Value and burden of each offering. Basic plan: Keep; Family bundle: Simplify, basics first; Fax line: Retire; Paper invoices: Question',
  );
  await projector.screenshot({ path: `${SHOTS}/projector-matrix.png` });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Offering simplification.*Results saved/ })).toBeVisible();
  await endSession(page);
  await expect(p1.getByText('This session has ended')).toBeVisible();

  // The board proposes a decision from each quadrant.
  await page.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(page, 'Offering simplification');
  await expect(
    page.getByText('4 of 4 offerings rated. Keep 1 · Simplify 1 · Retire 1 · Question 1.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expectLanes(page, {
    keep: ['Basic plan'],
    simplify: ['Family bundle'],
    retire: ['Fax line'],
    question: ['Paper invoices'],
  });
  await expect(boardCard(page, 'Family bundle')).toContainText('Basics first');
  await expect(boardCard(page, 'Fax line')).toContainText('Value 1.3');
  await expect(boardCard(page, 'Fax line')).toContainText('Burden 4.3');
  await expect(page.getByText('Proposed by the ratings: not saved yet')).toBeVisible();

  // Pointer drag: Paper invoices from Question to Retire.
  await dragWithMouse(page, grip(page, 'Paper invoices'), lane(page, 'retire'));
  await expectLanes(page, { retire: ['Fax line', 'Paper invoices'], question: [] });
  await expect(boardCard(page, 'Paper invoices')).toContainText('Moved · the ratings said Question');
  await expect(page.getByText('Decisions saved in the workshop')).toBeVisible();

  // Keyboard drag: Space, arrow right, Space moves Basic plan from Keep to Simplify; Ctrl+Z takes it back.
  await grip(page, 'Basic plan').focus();
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Picked up offering “Basic plan” in Keep');
  await pressArrowDuringDrag(page, 'ArrowRight', 'Offering “Basic plan” is over Simplify');
  await page.keyboard.press('Space');
  await expectAnnounced(page, 'Offering “Basic plan” moved to Simplify');
  await expectLanes(page, { keep: [], simplify: ['Basic plan', 'Family bundle'] });
  await page.keyboard.press('Control+z');
  await expectLanes(page, { keep: ['Basic plan'], simplify: ['Family bundle'] });

  // A one-line note, and the Retire decision becomes an initiative with one click.
  await page.getByRole('button', { name: 'Add a note on Fax line' }).click();
  await page.getByLabel('Note on Fax line').fill('Only 40 customers still use it');
  await page.keyboard.press('Enter');
  await expect(boardCard(page, 'Fax line')).toContainText('“Only 40 customers still use it”');
  await page.getByRole('button', { name: 'Make “Fax line” an initiative in the action plan' }).click();
  await expect(boardCard(page, 'Fax line')).toContainText('In action plan ✓');
  await expect(page.getByText('“Fax line” is now an initiative in the action plan.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/board-simplify.png` });

  // Everything survives a reload.
  await expect(page.getByText('All changes saved')).toBeAttached();
  await page.reload();
  await openAgendaItem(page, 'Offering simplification');
  await expect(
    page.getByText(/Keep 1 · Simplify 1 · Retire 2 · Question 0\. Decisions saved\./),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expectLanes(page, {
    keep: ['Basic plan'],
    simplify: ['Family bundle'],
    retire: ['Fax line', 'Paper invoices'],
    question: [],
  });
  await expect(boardCard(page, 'Fax line')).toContainText('“Only 40 customers still use it”');
  await expect(boardCard(page, 'Fax line')).toContainText('In action plan ✓');
  await expect(
    page.getByRole('button', { name: 'Make “Paper invoices” an initiative in the action plan' }),
  ).toBeVisible();

  await closeDevices(phones);
  await projectorContext.close();
});
