import { expect, test } from '@playwright/test';
import { createWorkshop, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeAnswers, closeDevices, endSession, openAnswers, startSession } from './support/session';

test('on a 1440x900 laptop the live page shows the whole result and End session without scrolling', async ({
  browser,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openConsole(page);
  await createWorkshop(page, 'Laptop screen');
  const { joinUrl } = await startSession(page);
  const phones = await openPhones(browser, joinUrl, 3);
  await openAnswers(page);
  for (const { page: phone } of phones) {
    const first = phone.locator('fieldset.item').nth(0);
    await first.getByRole('radio', { name: '4' }).click();
    await expect(first.getByText('Answer received ✓')).toBeVisible();
  }
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await closeAnswers(page);
  await expect(page.getByText('Results saved')).toBeVisible();

  // Nothing scrolled: the boxes are measured from the top of the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const bottom = async (name: string, box: ReturnType<typeof page.getByTestId>) => {
    const b = (await box.boundingBox())!;
    return { name, bottom: Math.round(b.y + b.height) };
  };
  const boxes = [
    await bottom('result', page.getByTestId('console-result')),
    await bottom('end session', page.getByRole('button', { name: 'End session' })),
    await bottom('next', page.getByRole('button', { name: 'Next →' })),
  ];
  for (const b of boxes) expect(b.bottom, `${b.name} below the fold`).toBeLessThanOrEqual(900);
  // The hub runs one session at a time: the next spec starts its own.
  await endSession(page);
  await expect(page.getByRole('button', { name: 'Start live session' })).toBeVisible();
  await closeDevices(phones);
});
