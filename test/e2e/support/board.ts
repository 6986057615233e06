import { expect, type Locator, type Page } from '@playwright/test';

/** A column of a decision board (push / pull / contested, keep / simplify / …). */
export const lane = (page: Page, id: string): Locator => page.getByTestId(`lane-${id}`);

/** The card on the board whose text includes `title`. */
export const boardCard = (page: Page, title: string): Locator =>
  page.getByTestId('board-item').filter({ hasText: title });

/** The drag handle of a board card. */
export const grip = (page: Page, title: string): Locator =>
  boardCard(page, title).locator('.board-item__grip');

/**
 * Expects each named lane to hold exactly these card titles, in order. `match` turns a title into
 * what the title element must show (the title itself unless given).
 */
export async function expectLanes(
  page: Page,
  lanes: Record<string, string[]>,
  match: (title: string) => string | RegExp = (title) => title,
): Promise<void> {
  for (const [id, titles] of Object.entries(lanes)) {
    await expect(lane(page, id).locator('.board-card__title')).toHaveText(titles.map(match));
  }
}

/** Expects the board to have said this to screen readers (dnd-kit's live region). */
export async function expectAnnounced(page: Page, text: string): Promise<void> {
  await expect(page.locator('[id^="DndLiveRegion"]', { hasText: text })).toBeAttached();
}

/**
 * An arrow key during a keyboard drag. dnd-kit starts listening for arrows on the timer tick after
 * the pick-up, so a key sent at once by the test can be missed: press again until the board says
 * where the item is (a missed press moves nothing, so the next one cannot overshoot).
 */
export async function pressArrowDuringDrag(
  page: Page,
  key: 'ArrowLeft' | 'ArrowRight',
  says: string,
): Promise<void> {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(page.locator('[id^="DndLiveRegion"]', { hasText: says })).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

/**
 * Escape during a keyboard drag. It cannot be pressed again if missed (a second one closes the
 * board), so wait for the page's next timer tick, after the one on which dnd-kit starts listening.
 */
export async function escapeDuringDrag(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('Escape');
}

/** A real pointer drag: press, move in steps past the activation distance, release over the target. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 3, { steps: 16 });
  await page.mouse.up();
}
