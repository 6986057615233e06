import { expect, test, type Browser, type Page } from '@playwright/test';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhones } from './support/phone';
import {
  closeAnswers,
  closeDevices,
  endSession,
  openAnswers,
  openProjector,
  startSession,
} from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/centricity-shots';
const ORGANISATION = 'Acme Insurance';

/** A workshop of ORGANISATION on this date, created from the library. */
async function createDatedWorkshop(page: Page, name: string, date: string) {
  await page.goto('/#/');
  await createWorkshop(page, name, { organisation: ORGANISATION });
  await page.getByLabel('Date').fill(date);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

/**
 * Runs the centricity check live with one phone per row of ratings (four questions, 1–5) and
 * ticks of departments, then ends the session. Returns the projector page, still open.
 */
async function runCheck(
  browser: Browser,
  console_: Page,
  ratings: number[][],
  ticks: string[][],
  shots = false,
): Promise<void> {
  const { code, joinUrl } = await startSession(console_);
  const { page: projector, context: projectorContext } = await openProjector(browser, code);

  const phones = await openPhones(browser, joinUrl, ratings.length);
  await expect(console_.getByTestId('joined-count')).toHaveText(String(ratings.length));

  await openAnswers(console_);
  for (const [p, { page }] of phones.entries()) {
    for (const [q, value] of ratings[p]!.entries()) {
      const item = page.locator('fieldset.item').nth(q);
      await item.getByRole('radio', { name: String(value), exact: true }).click();
      await expect(item.getByText('Answer received ✓')).toBeVisible();
    }
  }
  await expect(console_.getByTestId('console-answered')).toHaveText(
    `${ratings.length} of ${ratings.length} answered`,
  );
  await console_.getByRole('button', { name: /Show results on projector/ }).click();
  await expect(projector.getByTestId('projector-result').locator('.distribution')).toHaveCount(4);
  if (shots) await projector.screenshot({ path: `${SHOTS}/projector-centricity-scores.png` });
  await closeAnswers(console_);
  await console_.getByRole('button', { name: /Next →/ }).click();
  await expect(
    console_.getByRole('heading', { level: 2, name: 'Departments in contact with customers' }),
  ).toBeVisible();

  await openAnswers(console_);
  for (const [p, { page }] of phones.entries()) {
    if (ticks[p]!.length === 0) {
      // "None of these": tick one and take it back, which sends an empty list.
      await page.getByRole('checkbox', { name: 'Finance', exact: true }).click();
      await expect(page.getByText('Answer received ✓')).toBeVisible();
      await page.getByRole('checkbox', { name: 'Finance', exact: true }).click();
      await expect(page.getByRole('checkbox', { name: 'Finance', exact: true })).toHaveAttribute(
        'aria-checked',
        'false',
      );
    }
    for (const department of ticks[p]!) {
      await page.getByRole('checkbox', { name: department, exact: true }).click();
      await expect(page.getByRole('checkbox', { name: department, exact: true })).toHaveAttribute(
        'aria-checked',
        'true',
      );
    }
    await expect(page.getByText('Answer received ✓')).toBeVisible();
  }
  if (shots) await phones[0]!.page.screenshot({ path: `${SHOTS}/phone-centricity-departments.png` });
  await console_.getByRole('button', { name: /Show results on projector/ }).click();
  await expect(projector.getByTestId('projector-result').getByText('Sales', { exact: true })).toBeVisible();
  if (shots) await projector.screenshot({ path: `${SHOTS}/projector-centricity-departments.png` });
  await closeAnswers(console_);
  await expect(liveActivity(console_, /Centricity check.*Results saved/)).toBeVisible();
  await expect(liveActivity(console_, /Departments in contact.*Results saved/)).toBeVisible();

  await endSession(console_);
  await expect(phones[0]!.page.getByText('This session has ended')).toBeVisible();
  await closeDevices(phones);
  await projectorContext.close();
}

async function openCheck(console_: Page) {
  await console_.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(console_, 'Centricity check');
  return console_.getByTestId('centricity-results');
}

test('the centricity check: scores, spread and department map, with the trend across two workshops of one organisation', async ({
  browser,
  page: console_,
}) => {
  test.setTimeout(150_000);
  await openConsole(console_);

  // Spring: the first check of this organisation.
  await createDatedWorkshop(console_, 'Spring check', '2025-04-01');
  await runCheck(
    browser,
    console_,
    [
      [2, 1, 3, 2],
      [2, 2, 3, 2],
      [2, 3, 3, 2],
    ],
    [['Sales'], ['Sales', 'Service'], []],
  );
  const spring = await openCheck(console_);
  await expect(spring.getByTestId('history-note')).toHaveText(
    `No earlier workshop of ${ORGANISATION} has scores yet. Run the check again next time to see the trend.`,
  );
  await expect(spring.getByTestId('trend-chart')).toHaveCount(0);

  // Autumn: the same organisation again, half a year later.
  await createDatedWorkshop(console_, 'Autumn check', '2025-10-01');
  await runCheck(
    browser,
    console_,
    [
      [4, 2, 3, 1],
      [3, 2, 3, 1],
      [5, 2, 3, 1],
    ],
    [['Sales', 'IT'], ['Sales', 'Service', 'IT'], ['Sales']],
    true,
  );
  const autumn = await openCheck(console_);
  await expect(autumn.getByTestId('history-note')).toHaveText(
    `Compared with 1 earlier workshop of ${ORGANISATION}: Apr 2025.`,
  );

  const questions = autumn.getByTestId('centricity-question');
  await expect(questions).toHaveCount(4);
  // Mean, spread (with what it means) and distribution of each question.
  await expect(questions.nth(0).getByTestId('question-mean')).toHaveText('4.0 / 5');
  await expect(questions.nth(0)).toContainText('3 ratings · median 4.0 · spread 0.8 (some disagreement)');
  await expect(questions.nth(2)).toContainText('spread 0.0 (the room agrees)');
  await expect(questions.nth(0).locator('.distribution__count')).toHaveText(['0', '0', '1', '1', '1']);
  // The trend: spring's mean, then this workshop's, with the change.
  await expect(questions.nth(0).getByTestId('trend-chart')).toHaveAttribute(
    'aria-label',
    /Average over time: Apr 2025: 2\.0, Oct 2025: 4\.0$/,
  );
  await expect(questions.nth(0).getByTestId('trend-change')).toHaveText('▲ up 2.0 since Apr 2025');
  await expect(questions.nth(1).getByTestId('trend-change')).toHaveText('● the same as Apr 2025');
  await expect(questions.nth(3).getByTestId('trend-change')).toHaveText('▼ down 1.0 since Apr 2025');

  // Department contact map: counts and shares of the people who answered.
  const tiles = autumn.getByTestId('department-tile');
  await expect(tiles).toHaveCount(8);
  const tile = (name: string) => tiles.filter({ has: console_.getByText(name, { exact: true }) });
  await expect(tile('Sales')).toContainText('100%3 of 3 · Most say yes');
  await expect(tile('IT')).toContainText('67%2 of 3 · Most say yes');
  await expect(tile('Service')).toContainText('33%1 of 3 · Room is split');
  await expect(tile('Finance')).toContainText('0%0 of 3 · Few say yes');

  await console_.mouse.move(0, 0);
  await autumn.scrollIntoViewIfNeeded();
  await console_.screenshot({ path: `${SHOTS}/console-centricity.png` });
  await autumn
    .getByRole('heading', { name: 'Department contact map' })
    .evaluate((heading: { scrollIntoView(options: object): void }) =>
      heading.scrollIntoView({ block: 'start' }),
    );
  await console_.screenshot({ path: `${SHOTS}/console-centricity-departments.png` });

  // Spring still shows no history: a later workshop is not its past.
  await console_.goto('/#/');
  await console_.getByRole('link', { name: 'Spring check' }).click();
  const springAgain = await openCheck(console_);
  await expect(springAgain.getByTestId('history-note')).toContainText('No earlier workshop');
});
