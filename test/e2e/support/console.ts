import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';

/** The console's key: playwright.config.ts gives the hub the same one. */
export const FACILITATOR_TOKEN = process.env.OUTSIDE_IN_FACILITATOR_TOKEN ?? 'e2e-facilitator-token';

/** A one-time console link, as `npm run serve` prints them (asked for with the facilitator key). */
export async function consoleLink(page: Page): Promise<string> {
  const response = await page.request.post('/console/ticket', {
    headers: { Authorization: `Bearer ${FACILITATOR_TOKEN}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { ticket } = (await response.json()) as { ticket: string };
  return `/#ticket=${ticket}`;
}

/** Opens the console at a laptop's size, signed in through a one-time link. */
export async function openConsole(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(await consoleLink(page));
}

/** From the library: creates a workshop (optionally of an organisation) and waits for its agenda. */
export async function createWorkshop(
  page: Page,
  name: string,
  { organisation, language }: { organisation?: string; language?: string } = {},
): Promise<void> {
  await page
    .getByRole('button', { name: /New workshop|Create a workshop/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Name').fill(name);
  if (organisation !== undefined) await dialog.getByLabel('Organisation').fill(organisation);
  if (language !== undefined) await dialog.getByLabel('Language of the room').selectOption(language);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** From the library: imports a workshop file through the Import button's file chooser. */
export async function importWorkshop(
  page: Page,
  files: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('button', { name: /^Import/ })
    .first()
    .click();
  await (await chooser).setFiles(files);
}

/** In Prepare: opens the editor of the agenda item whose card shows this text. */
export async function openAgendaItem(page: Page, title: string): Promise<void> {
  await page.getByTestId('agenda-item').filter({ hasText: title }).locator('.agenda-item-main').click();
}

/** In Run live: the agenda button of an activity; its name also says "Results saved" once closed. */
export function liveActivity(page: Page, name: string | RegExp): Locator {
  return page.getByRole('navigation', { name: 'Live activities' }).getByRole('button', { name });
}
