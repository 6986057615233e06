import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** A browser of its own in the room (a phone or the projector): its context and its page. */
export interface Device {
  context: BrowserContext;
  page: Page;
}

/** What the console shows people to join with. */
export interface JoinDetails {
  code: string;
  joinUrl: string;
}

/** The join code and join address the console shows for the running session. */
export async function joinDetails(page: Page): Promise<JoinDetails> {
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  const joinUrl = (await page.getByTestId('join-url').textContent())!.trim();
  return { code, joinUrl };
}

/**
 * Starts this workshop's live session from its agenda page. The hub runs one session at a time,
 * so one left running by an earlier test is ended first.
 */
export async function startSession(page: Page): Promise<JoinDetails> {
  await page.getByRole('link', { name: 'Run live' }).click();
  const start = page.getByRole('button', { name: 'Start live session' });
  const other = page.getByRole('button', { name: 'End that session' });
  await expect(start.or(other)).toBeVisible();
  if (await other.isVisible()) {
    page.once('dialog', (d) => void d.accept());
    await other.click();
  }
  await start.click();
  return joinDetails(page);
}

/** Ends the live session from the console, accepting its "are you sure" dialog. */
export async function endSession(page: Page): Promise<void> {
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'End session' }).click();
}

/** The projector page for this join code, at full HD as in a meeting room. */
export async function openProjector(browser: Browser, code: string): Promise<Device> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`/projector#code=${code}`);
  return { context, page };
}

/** Closes the browsers of phones and projector at the end of a test. */
export async function closeDevices(devices: Device[]): Promise<void> {
  for (const { context } of devices) await context.close();
}

/** Opens answers to the current activity from the console (phones can answer from now on). */
export async function openAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Open answers/ }).click();
}

/** Closes answers to the current activity from the console; the hub stores its result. */
export async function closeAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Close answers/ }).click();
}
