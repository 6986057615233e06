import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeAnswers, closeDevices, endSession, openAnswers, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.OWN_SHOTS_DIR ?? 'test-results/own-shots';

const TITLE = 'Phone habits';
const CHOICE = 'What should change first?';
const STATEMENT = 'Callers reach the right person first time';
const NOTE = 'OWN-NOTE: ask who took a call this week';

/** Types each line into a list editor's "New …" field, Enter after each. */
async function addLines(page: Page, field: string, lines: string[]) {
  for (const line of lines) {
    await page.getByLabel(field).last().fill(line);
    await page.getByLabel(field).last().press('Enter');
  }
}

test('an own exercise: built, saved to my exercises, reused through a template, run with three phones, in the plan PDF', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Own day');

  // Build it: a choice and a scale statement, with a note on the choice.
  await page.getByRole('button', { name: '+ Add exercise' }).click();
  await page.getByRole('button', { name: /^Own exercise/ }).click();
  const editor = page.getByRole('article', { name: 'Edit My exercise' });
  await editor.getByLabel('Title').fill(TITLE);
  const own = page.getByRole('article', { name: `Edit ${TITLE}` });
  await own.getByLabel('Prompt', { exact: true }).fill('Think of the last call you took.');
  await own.getByLabel('Kind of question').selectOption({ label: 'Single or multiple choice' });
  await own.getByRole('button', { name: 'Add question' }).click();
  await expect(own.getByText('Not asked yet: Give two options or more.')).toBeVisible();
  await own.getByLabel('Question', { exact: true }).fill(CHOICE);
  await addLines(page, 'New option', ['Opening hours', 'The phone menu']);
  await own.getByText('Your notes on this question').click();
  await own.getByLabel(`Notes on ${CHOICE}`).fill(NOTE);
  await own.getByLabel('Kind of question').selectOption({ label: 'Scale statements' });
  await own.getByRole('button', { name: 'Add question' }).click();
  await addLines(page, 'New statement', [STATEMENT]);
  await expect(own.getByTestId('own-question')).toHaveCount(2);
  await expect(own.getByText(/Not asked yet/)).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await own.screenshot({ path: `${SHOTS}/own-editor.png` });
  await page.screenshot({ path: `${SHOTS}/agenda.png` });

  // Ctrl+D on a focused agenda item duplicates it under a new title; removed again.
  const items = page.getByTestId('agenda-item');
  await expect(items).toHaveCount(7);
  await items.filter({ hasText: TITLE }).locator('.agenda-item-main').focus();
  await page.keyboard.press('Control+d');
  await expect(items).toHaveCount(8);
  await expect(items.nth(7)).toContainText(`${TITLE} (copy)`);
  await page.getByRole('button', { name: `Remove ${TITLE} (copy)` }).click();
  await expect(items).toHaveCount(7);

  // Saved to my exercises, and the whole workshop as a template.
  await openAgendaItem(page, TITLE);
  await own.getByRole('button', { name: 'Save to my exercises' }).click();
  await expect(page.getByText(`Saved “${TITLE}” to your exercises`)).toBeVisible();
  await page.getByRole('button', { name: 'Save as template' }).click();
  await expect(page.getByText('Saved “Own day” as a template')).toBeVisible();

  // Next week's workshop from that template, then the saved exercise inserted from my exercises.
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await page.getByRole('button', { name: /New workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Name').fill('Next week');
  await dialog.getByLabel('Start from').selectOption({ label: 'Template: Own day' });
  await expect(dialog.getByText('7 exercises with their content and notes; no results.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Next week' })).toBeVisible();
  await expect(items).toHaveCount(7);
  await expect(items.nth(6)).toContainText(TITLE);

  await page.getByRole('button', { name: 'From my exercises…' }).click();
  const library = page.getByRole('dialog', { name: 'My exercises' });
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await library.screenshot({ path: `${SHOTS}/library-dialog.png` });
  await library.getByRole('button', { name: `Insert ${TITLE}` }).click();
  await expect(items).toHaveCount(8);
  await expect(items.nth(7)).toContainText(TITLE);
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Live with three phones: the inserted copy runs (the last on the agenda).
  const { joinUrl } = await startSession(page);
  const phones = await openPhones(browser, joinUrl, 3);
  await liveActivity(page, new RegExp(`^${CHOICE}`))
    .last()
    .click();
  await expect(page.getByTestId('activity-notes')).toContainText(NOTE);
  await openAnswers(page);
  for (const [i, phone] of phones.entries()) {
    await phone.page.getByRole('radio', { name: i < 2 ? 'Opening hours' : 'The phone menu' }).click();
    await expect(phone.page.getByText('Answer received ✓')).toBeVisible();
  }
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await closeAnswers(page);
  await expect(liveActivity(page, new RegExp(`^${CHOICE}.*Results saved`)).last()).toBeVisible();
  const bars = page.getByRole('list', { name: 'Answers per option' }).first();
  await expect(bars.getByRole('listitem').filter({ hasText: 'Opening hours' })).toContainText('2');
  await expect(bars.getByRole('listitem').filter({ hasText: 'The phone menu' })).toContainText('1');

  await liveActivity(page, /^How far do you agree\?/)
    .last()
    .click();
  // The choice's note stays with the choice.
  await expect(page.getByTestId('activity-notes')).toHaveCount(0);
  await openAnswers(page);
  for (const [i, phone] of phones.entries()) {
    await phone.page
      .getByRole('radiogroup', { name: STATEMENT })
      .getByRole('radio', { name: String(3 + i) })
      .click();
    await expect(phone.page.getByText('Answer received ✓')).toBeVisible();
  }
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await closeAnswers(page);
  await expect(liveActivity(page, /^How far do you agree\?.*Results saved/).last()).toBeVisible();
  for (const phone of phones) expect(await phone.page.content()).not.toContain('OWN-NOTE');

  await endSession(page);
  await expect(phones[0]!.page.getByText(/ended/).first()).toBeVisible();
  await closeDevices(phones);

  // The plan PDF gives the own exercise its page, with its answers.
  await page.getByRole('link', { name: 'Action plan' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', (await (await download).path())!, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  expect(text).toContain(TITLE);
  expect(text).toContain(CHOICE);
  expect(text).toContain('Opening hours 2 picks');
  expect(text).toContain('3 of 3 answered');
  expect(text).not.toContain('OWN-NOTE');
});
