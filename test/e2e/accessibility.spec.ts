import { appendFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhone, PHONE } from './support/phone';
import { closeDevices, endSession, openAnswers, openProjector, startSession } from './support/session';

/** WCAG 2.1 level A and AA rules (axe tags). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Findings we accept on purpose, each for one rule on one element, with the reason. Keep it short:
 * anything else serious or critical fails the test.
 */
const ACCEPTED: { rule: string; target: string; why: string }[] = [];

/**
 * Set A11Y_REPORT=<file> to get every finding as JSON lines, for an audit: any impact, and axe's
 * best-practice rules too (reported only; the test fails on WCAG rules).
 */
const REPORT = process.env.A11Y_REPORT;

/**
 * Runs axe on the page as it is now and fails (softly, so every scene is reported) on serious or
 * critical violations, one line per rule: id, impact, what it means, and the elements it hit.
 */
async function audit(page: Page, scene: string): Promise<void> {
  // Let entry transitions (dialogs, toasts) settle: a half-faded element has the wrong contrast.
  await page.waitForTimeout(300);
  const tags = REPORT ? [...WCAG_21_AA, 'best-practice'] : WCAG_21_AA;
  const { violations, incomplete } = await new AxeBuilder({ page }).withTags(tags).analyze();
  const findings = violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !ACCEPTED.some((a) => a.rule === v.id && n.target.join(' ').includes(a.target)),
      ),
    }))
    .filter((v) => v.nodes.length > 0);
  if (REPORT) {
    for (const v of findings) {
      const targets = v.nodes.map((n) => n.target.join(' '));
      const wcag = v.tags.some((t) => WCAG_21_AA.includes(t));
      appendFileSync(REPORT, JSON.stringify({ scene, rule: v.id, impact: v.impact, wcag, targets }) + '\n');
    }
    // What axe could not decide (e.g. text over an image): for a person to look at.
    for (const v of incomplete) {
      const targets = v.nodes.map((n) => `${n.target.join(' ')}  ${firstLine(n.failureSummary)}`);
      appendFileSync(REPORT, JSON.stringify({ scene, rule: v.id, review: true, targets }) + '\n');
    }
  }
  const blocking = findings
    .filter((v) => v.tags.some((t) => WCAG_21_AA.includes(t)))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}  ${firstLine(n.failureSummary)}`);
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [`${v.id} (${v.impact}): ${v.help}`, ...targets, ...more].join('\n');
    });
  expect.soft(blocking, `Accessibility violations on “${scene}”`).toEqual([]);
}

/** axe's failure summary starts with "Fix any of the following:"; the line after says what is wrong. */
function firstLine(summary: string | undefined): string {
  const lines = (summary ?? '').split('\n').map((l) => l.trim());
  return lines.find((l) => l && !/^Fix (any|all) of the following:$/.test(l)) ?? '';
}

const SORT = /^Product push or customer pull\?/;

test('the console is accessible: library, every exercise editor, boards and the action plan', async ({
  page,
}) => {
  test.setTimeout(180_000); // a dozen axe runs over large pages
  await openConsole(page);
  await expect(page.getByRole('heading', { name: 'Prepare your first workshop' })).toBeVisible();
  await audit(page, 'empty library');

  await page.getByRole('button', { name: 'Create a workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await expect(dialog).toBeVisible();
  await audit(page, 'new workshop dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Northwind Telecom/ })).toBeVisible();
  await audit(page, 'sample workshop: Prepare');

  const titles = await page.getByTestId('agenda-item').locator('.agenda-item-title').allTextContents();
  expect(titles).toHaveLength(6);
  for (const title of titles) {
    await openAgendaItem(page, title);
    await expect(page.getByRole('article', { name: `Edit ${title}` })).toBeVisible();
    await audit(page, `Prepare: ${title} editor`);
  }

  await openAgendaItem(page, 'Product push or customer pull?');
  await page.getByRole('button', { name: 'Open the board' }).click();
  const board = page.getByRole('dialog', { name: /Product push or customer pull\? — board/ });
  await expect(board).toBeVisible();
  await audit(page, 'push/pull board');
  await page.keyboard.press('Escape');
  await expect(board).toHaveCount(0);

  await openAgendaItem(page, 'Offering simplification');
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expect(page.getByRole('dialog', { name: /Offering simplification — decisions/ })).toBeVisible();
  await audit(page, 'simplification board');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Action plan' }).click();
  await expect(page.getByRole('heading', { name: 'Continuum action plan' })).toBeVisible();
  await audit(page, 'Action plan');

  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
  await audit(page, 'library with the sample workshop');
});

test('a live session is accessible on the console, the projector and the phones', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000); // a dozen axe runs on four screens
  await openConsole(page);
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.getByRole('link', { name: 'Run live' }).click();
  await expect(page.getByRole('button', { name: /Start live session|End that session/ })).toBeVisible();
  await audit(page, 'Run live before the session');

  const { code, joinUrl } = await startSession(page);
  const projector = await openProjector(browser, code);
  await expect(projector.page.getByLabel('Join code')).toHaveText(code);
  await audit(projector.page, 'projector: join screen');

  const phone = await openPhone(browser, joinUrl);
  await expect(phone.page.getByText('Waiting for the facilitator to open answers')).toBeVisible();
  await audit(phone.page, 'phone: waiting');
  await audit(page, 'Run live during the session');

  // The centricity check: a scale poll.
  await openAnswers(page);
  const question = (n: number) => phone.page.locator('fieldset.item').nth(n);
  await question(0).getByRole('radio', { name: '4' }).click();
  await expect(question(0).getByText('Answer received ✓')).toBeVisible();
  await audit(phone.page, 'phone: answering a scale poll');
  await audit(page, 'Run live: answers open');

  await page.keyboard.press('r');
  await expect(projector.page.getByTestId('projector-result')).toBeVisible();
  await audit(projector.page, 'projector: scale poll revealed');

  await phone.context.setOffline(true);
  await expect(phone.page.locator('[data-connection]')).toHaveText('Offline');
  await question(1).getByRole('radio', { name: '2' }).click();
  await expect(phone.page.getByText(/Your answers are kept on this phone/)).toBeVisible();
  await audit(phone.page, 'phone: offline banner');
  await phone.context.setOffline(false);
  await expect(phone.page.locator('[data-connection]')).toHaveText('Connected');

  // The push/pull card sort.
  await liveActivity(page, SORT).click();
  await expect(page.getByRole('heading', { level: 2, name: SORT })).toBeVisible();
  await openAnswers(page);
  await expect(phone.page.getByText(/^Card 1 of \d+$/)).toBeVisible();
  await audit(phone.page, 'phone: card sort');
  await phone.page.getByRole('radio', { name: 'Pushed by us' }).click();
  await expect(phone.page.getByText(/^Card 2 of \d+$/)).toBeVisible();

  await page.keyboard.press('r');
  await expect(projector.page.getByTestId('projector-result')).toBeVisible();
  await audit(projector.page, 'projector: card sort revealed');

  await page.keyboard.press('b');
  const board = page.getByRole('dialog', { name: /Product push or customer pull\? — board/ });
  await expect(board).toBeVisible();
  await audit(page, 'Run live: push/pull board');
  await page.keyboard.press('Escape');
  await expect(board).toHaveCount(0);

  await endSession(page);
  await expect(phone.page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await audit(phone.page, 'phone: session ended');
  await audit(page, 'Run live: session summary');

  // A phone that opened the address without a code types it in.
  const joining = await browser.newContext(PHONE);
  const joinPage = await joining.newPage();
  await joinPage.goto('/j');
  await expect(joinPage.getByRole('heading', { name: 'Join a session' })).toBeVisible();
  await audit(joinPage, 'phone: join form');

  await closeDevices([phone, projector, { context: joining, page: joinPage }]);
});
