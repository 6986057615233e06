import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhone } from './support/phone';
import {
  closeAnswers,
  closeDevices,
  endSession,
  openAnswers,
  openProjector,
  startSession,
} from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/long-words-shots';
const MEANS = 'For us, being customer-centric means…';
/** As long as a statement may be, without a single break. */
const LONG_WORD = 'Customerobsessed'.repeat(8) + 'Listening!!!';

/** What sticks out past the page's viewport, by bounding boxes: [] when nothing does. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const screen = window.innerWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > screen + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)} px`,
      );
    const width = document.documentElement.scrollWidth;
    return width > screen ? [`the page, ${width} px`, ...wide] : wide;
  });
}

test('a 140-character word wraps on the phones, the projector and the console’s workbench', async ({
  browser,
  page: console_,
}) => {
  await openConsole(console_);
  await createWorkshop(console_, 'Long words');
  const { code, joinUrl } = await startSession(console_);
  await liveActivity(console_, /What customer-centric means/).click();
  const projector = await openProjector(browser, code);
  const [writer, reader] = [await openPhone(browser, joinUrl), await openPhone(browser, joinUrl)];
  await openAnswers(console_);

  const form = writer.page.locator('form').filter({ has: writer.page.getByRole('textbox', { name: MEANS }) });
  await form.getByRole('textbox').fill(LONG_WORD);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(writer.page.locator('.statement--mine').getByText('received')).toBeVisible();
  await expect(reader.page.getByText(LONG_WORD)).toBeVisible();
  expect(await overflowing(writer.page)).toEqual([]);
  expect(await overflowing(reader.page)).toEqual([]);
  await reader.page.screenshot({ path: `${SHOTS}/phone.png` });

  await console_.getByRole('button', { name: /Show results on projector/ }).click();
  await expect(projector.page.getByText(LONG_WORD)).toBeVisible();
  expect(await overflowing(projector.page)).toEqual([]);
  await projector.page.screenshot({ path: `${SHOTS}/projector.png` });
  await expect(console_.getByText(LONG_WORD).first()).toBeVisible();
  expect(await overflowing(console_)).toEqual([]);

  await closeAnswers(console_);
  await expect(liveActivity(console_, /What customer-centric means.*Results saved/)).toBeVisible();
  await endSession(console_);
  await console_.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(console_, 'What customer-centric means');
  await expect(console_.getByTestId('statements-means').getByText(LONG_WORD)).toBeVisible();
  expect(await overflowing(console_)).toEqual([]);
  await console_.screenshot({ path: `${SHOTS}/console-workbench.png` });
  await closeDevices([writer, reader, projector]);
});
