import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

const TOKEN = process.env.OUTSIDE_IN_FACILITATOR_TOKEN ?? 'e2e-facilitator-token';
/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/simplify-shots';
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

type Rating = [value: number, burden: number, basics: 'Yes' | 'No' | 'Unsure'];

async function openPhone(
  browser: Browser,
  joinUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(joinUrl);
  await expect(page.locator('[data-connection]')).toHaveText('Connected');
  return { context, page };
}

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

/** Starts this workshop's live session; one left running by an earlier test is ended first. */
async function startSession(page: Page) {
  await page.getByRole('link', { name: 'Run live' }).click();
  const start = page.getByRole('button', { name: 'Start live session' });
  const other = page.getByRole('button', { name: 'End that session' });
  await expect(start.or(other)).toBeVisible();
  if (await other.isVisible()) {
    page.once('dialog', (d) => void d.accept());
    await other.click();
  }
  await start.click();
}

/**
 * An arrow key during a keyboard drag. dnd-kit starts listening for arrows on the timer tick after
 * the pick-up, so a key sent at once by the test can be missed: press again until the board says
 * where the item is (a missed press moves nothing, so the next one cannot overshoot).
 */
async function arrow(page: Page, key: 'ArrowLeft' | 'ArrowRight', says: string) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(page.locator('[id^="DndLiveRegion"]', { hasText: says })).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

const lane = (page: Page, id: string) => page.getByTestId(`lane-${id}`);
const boardCard = (page: Page, name: string) => page.getByTestId('board-item').filter({ hasText: name });
const grip = (page: Page, name: string) => boardCard(page, name).locator('.board-item__grip');

async function expectLanes(page: Page, lanes: Record<string, string[]>) {
  for (const [id, names] of Object.entries(lanes)) {
    await expect(lane(page, id).locator('.board-card__title')).toHaveText(
      names.map((n) => new RegExp(`${n}$`)),
    );
  }
}

async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 3, { steps: 16 });
  await page.mouse.up();
}

test('offering simplification: three phones rate, the matrix shows quadrants and basics first, decisions are finalised and one becomes an initiative', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/#token=${TOKEN}`);
  await page
    .getByRole('button', { name: /New workshop|Create a workshop/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Name').fill('Simplify day');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Simplify day' })).toBeVisible();

  await page
    .getByTestId('agenda-item')
    .filter({ hasText: 'Offering simplification' })
    .locator('.agenda-item-main')
    .click();
  await page
    .getByLabel('Paste offerings, one per line')
    .fill('Basic plan\nFamily bundle\nFax line\nPaper invoices\nbasic PLAN');
  await page.getByRole('button', { name: 'Add 5 offerings' }).click();
  await expect(page.getByText('1 line was already in the list and was skipped.')).toBeVisible();
  await expect(page.getByText('4 / 200')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();

  await startSession(page);
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  const joinUrl = (await page.getByTestId('join-url').textContent())!.trim();
  await page
    .getByRole('navigation', { name: 'Live activities' })
    .getByRole('button', { name: /Offering simplification/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Offering simplification' })).toBeVisible();

  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await projectorContext.newPage();
  await projector.goto(`/projector#code=${code}`);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Offering simplification');

  const phones = [];
  for (let i = 0; i < 3; i++) phones.push(await openPhone(browser, joinUrl));
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  await page.getByRole('button', { name: /Open answers/ }).click();
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
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(p1.getByText('This session has ended')).toBeVisible();

  // The board proposes a decision from each quadrant.
  await page.getByRole('link', { name: 'Prepare' }).click();
  await page
    .getByTestId('agenda-item')
    .filter({ hasText: 'Offering simplification' })
    .locator('.agenda-item-main')
    .click();
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
  /** What the board said to screen readers last (dnd-kit's live region). */
  const announced = (text: string) =>
    expect(page.locator('[id^="DndLiveRegion"]', { hasText: text })).toBeAttached();
  await grip(page, 'Basic plan').focus();
  await page.keyboard.press('Space');
  await announced('Picked up offering “Basic plan” in Keep');
  await arrow(page, 'ArrowRight', 'Offering “Basic plan” is over Simplify');
  await page.keyboard.press('Space');
  await announced('Offering “Basic plan” moved to Simplify');
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
  await page
    .getByTestId('agenda-item')
    .filter({ hasText: 'Offering simplification' })
    .locator('.agenda-item-main')
    .click();
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

  for (const { context } of phones) await context.close();
  await projectorContext.close();
});
