import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop as createWorkshopFor } from './support/console';

/** Library workshops belong to an organisation, as most real ones do. */
const createWorkshop = (page: Page, name: string) =>
  createWorkshopFor(page, name, { organisation: 'Acme Insurance' });

const agendaTitles = (page: Page) => page.getByTestId('agenda-item').locator('.agenda-item-title');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Prepare your first workshop|Workshops/ })).toBeVisible();
});

test('a workshop is created, its agenda edited, and it is intact after a reload', async ({ page }) => {
  await createWorkshop(page, 'Board offsite');
  await expect(agendaTitles(page)).toHaveCount(6);

  // Remove the definition exercise and move the card sort to the top.
  await page.getByRole('button', { name: /^Remove What customer-centric means/ }).click();
  const sort = page.getByTestId('agenda-item').filter({ hasText: 'Product push or customer pull?' });
  await sort.getByRole('button', { name: 'Move up' }).click();
  await sort.getByRole('button', { name: 'Move up' }).click();
  await expect(sort.getByRole('button', { name: 'Move up' })).toBeDisabled();

  // Add cards to the sort by pasting a list.
  await sort.locator('.agenda-item-main').click();
  await page.getByLabel('Paste cards, one per line').fill('Loyalty app\n- Premium tier\n\nSame-day delivery');
  await page.getByRole('button', { name: 'Add 3 cards' }).click();
  await expect(page.getByText('3 / 500')).toBeVisible();

  const before = [
    'Product push or customer pull?',
    'Centricity check',
    'Customer-burden journey',
    'Offering simplification',
    'Continuum action plan',
  ];
  await expect(agendaTitles(page)).toHaveText(before);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.reload();
  await expect(agendaTitles(page)).toHaveText(before);
  await page.getByTestId('agenda-item').first().locator('.agenda-item-main').click();
  await expect(page.getByLabel('Card 2')).toHaveValue('Premium tier');

  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('workshop-row').filter({ hasText: 'Board offsite' })).toContainText(
    '5 exercises',
  );
});

test('undo brings back a removed exercise', async ({ page }) => {
  await createWorkshop(page, 'Undo check');
  await page.getByRole('button', { name: /^Remove Centricity check/ }).click();
  await expect(agendaTitles(page)).toHaveCount(5);
  await page.keyboard.press('Control+z');
  await expect(agendaTitles(page)).toHaveCount(6);
  // The undo is written at once, but a reload within those milliseconds would abort the write.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(agendaTitles(page).first()).toHaveText('Centricity check');
});

test('a bad file is refused with a message and the library is unchanged', async ({ page }) => {
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Import/ }).click();
  await (
    await chooser
  ).setFiles({
    name: 'notes.outside-in.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"outside-in.workshop","version":1,"workshop":{"id":"x"'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“notes.outside-in.json” was not imported.');
  await expect(alert).toContainText('ends too early');
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);

  const newer = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Import/ }).click();
  await (
    await newer
  ).setFiles({
    name: 'future.outside-in.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'outside-in.workshop', version: 7, workshop: {} })),
  });
  await expect(page.getByRole('alert')).toContainText('made by a newer Outside-In (format 7)');
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
});

test('a workshop exported to a file and imported again is the same workshop', async ({ page }) => {
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.getByRole('link', { name: 'Back to the library' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Northwind/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Northwind Telecom — customer-centricity day.outside-in.json');
  const path = await file.path();
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported.workshop.organisation).toBe('Northwind Telecom');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Import/ }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByText('as a copy: the original is already in your library')).toBeVisible();
  const rows = page.getByTestId('workshop-row');
  await expect(rows).toHaveCount(2);
  const copy = rows.filter({ hasText: '(imported)' });
  await expect(copy).toContainText('Northwind Telecom');
  await expect(copy).toContainText('6 exercises');
  await expect(copy).toContainText('6 initiatives');
});

test('a deleted workshop comes back with undo, and duplicates and renames work', async ({ page }) => {
  await createWorkshop(page, 'Keep me');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await page.getByRole('button', { name: 'Duplicate Keep me' }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Rename Keep me (copy)' }).click();
  await page.getByLabel('Workshop name').fill('Second run');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Second run' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Keep me' }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('workshop-row')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Keep me' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Second run' })).toBeVisible();
});
