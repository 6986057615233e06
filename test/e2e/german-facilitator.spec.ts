import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openAgendaItem, openConsole } from './support/console';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/german-facilitator-shots';

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** The initiative titles in the action plan's table, as typed in their fields. */
const planTitles = (page: Page) =>
  page
    .locator('.plan-list td input[type="text"], .plan-list td input:not([type])')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

test('a German facilitator makes a German workshop, opens the German sample and gets German titles, translating nothing', async ({
  page,
}) => {
  await openConsole(page);
  // The facilitator picks their language once, in the library's header.
  await page.getByTestId('console-language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // New workshop: the room's language is already German.
  await page.getByRole('button', { name: /^Neuer Workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Workshop' });
  await expect(dialog.getByTestId('workshop-language')).toHaveValue('de');
  // The sample it offers to start from is the German one, read when the dialog opened.
  const startFrom = dialog.getByLabel('Ausgangspunkt');
  await expect(startFrom.locator('option[value="sample"]')).toHaveText(
    'Beispiel: Northwind Telecom — Tag der Kundenorientierung',
  );
  await dialog.getByLabel('Name').fill('Kundentag Hamburg');
  await dialog.screenshot({ path: `${SHOTS}/new-workshop-dialog.png` });
  await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kundentag Hamburg' })).toBeVisible();
  // The standard agenda came in German: nobody translated it.
  await expect(page.getByTestId('agenda-item').first()).toContainText('Kundenorientierung im Check');
  await expect(page.getByTestId('agenda-item').filter({ hasText: 'Angebot vereinfachen' })).toHaveCount(1);

  // The sample, from the library: the German one.
  await page.getByRole('link', { name: 'Zurück zur Bibliothek' }).click();
  await page.getByRole('button', { name: 'Beispiel hinzufügen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Northwind Telecom — Tag der Kundenorientierung' }),
  ).toBeVisible();
  await expect(
    page.getByTestId('agenda-item').filter({ hasText: 'Belastungsreise der Kundschaft' }),
  ).toHaveCount(1);

  // A Retire decision on the board becomes an initiative with a German title.
  await openAgendaItem(page, 'Angebot vereinfachen');
  await page.getByRole('button', { name: 'Board öffnen' }).click();
  await page.getByRole('button', { name: '„Papierrechnung“ zur Initiative im Aktionsplan machen' }).click();
  await expect(page.getByText('Im Aktionsplan ✓').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/board-simplify.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Aktionsplan' }).click();
  await expect.poll(() => planTitles(page)).toContain('Papierrechnung einstellen');
  // The journey's hot spots are offered under German titles too.
  await expect(page.getByText('Sorgen der Kundschaft bei „Hilfe holen“ verringern')).toBeVisible();
  expect((await planTitles(page)).filter((title) => /^(Retire|Simplify) /.test(title))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/action-plan.png` });
});

test('a template keeps its language: New workshop offers it for a workshop from the template (the English sample English), the console’s otherwise', async ({
  page,
}) => {
  await openConsole(page);
  await createWorkshop(page, 'Kundentag Köln', { language: 'de' });
  await page.getByRole('button', { name: 'Save as template' }).click();
  await expect(page.getByText('Saved “Kundentag Köln” as a template')).toBeVisible();

  await page.getByRole('link', { name: 'Back to the library' }).click();
  await page.getByRole('button', { name: /^New workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  const language = dialog.getByTestId('workshop-language');
  // The console speaks English here: so does a workshop from the standard agenda, at first.
  await expect(language).toHaveValue('en');
  await dialog.getByLabel('Start from').selectOption({ label: 'Template: Kundentag Köln' });
  await expect(language).toHaveValue('de');
  await dialog.getByLabel('Start from').selectOption({ label: 'The six standard exercises' });
  await expect(language).toHaveValue('en');
  await dialog.getByLabel('Start from').selectOption({ label: 'Template: Kundentag Köln' });
  await dialog.getByLabel('Name').fill('Kundentag Bonn');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kundentag Bonn' })).toBeVisible();
  // The template's German content, and the room's language German in the workshop's details.
  await expect(page.getByTestId('agenda-item').first()).toContainText('Kundenorientierung im Check');
  await expect(page.getByTestId('workshop-language')).toHaveValue('de');

  // A French console: French first; the sample is written in English only, so it offers English.
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await page.getByTestId('console-language').selectOption('fr');
  await page.getByRole('button', { name: /^Nouvel atelier/ }).click();
  const french = page.getByRole('dialog', { name: 'Nouvel atelier' });
  await expect(french.getByTestId('workshop-language')).toHaveValue('fr');
  await french.getByLabel('Partir de').selectOption('sample');
  await expect(french.getByTestId('workshop-language')).toHaveValue('en');
});
