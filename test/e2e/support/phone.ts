import { expect, type Browser, type Page } from '@playwright/test';
import type { Device } from './session';

/** A small touch phone. */
export const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/** Opens the join address on a new phone and waits until it is connected to the hub. */
export async function openPhone(browser: Browser, joinUrl: string): Promise<Device> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(joinUrl);
  await expect(page.locator('[data-connection]')).toHaveText('Connected');
  return { context, page };
}

/** Joins `count` phones one after another, each connected before the next one opens. */
export async function openPhones(browser: Browser, joinUrl: string, count: number): Promise<Device[]> {
  const phones: Device[] = [];
  for (let i = 0; i < count; i++) phones.push(await openPhone(browser, joinUrl));
  return phones;
}

/** Card sort on a phone: one button per card, in card order; each tap moves on to the next card. */
export async function sortCards(phone: Page, answers: string[]): Promise<void> {
  for (const [i, answer] of answers.entries()) {
    await expect(phone.getByText(`Card ${i + 1} of ${answers.length}`)).toBeVisible();
    await phone.getByRole('radio', { name: answer }).click();
  }
  await expect(phone.getByText(`All ${answers.length} cards sorted ✓`)).toBeVisible();
}
