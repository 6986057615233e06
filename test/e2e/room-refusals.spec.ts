import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createWorkshop, openConsole } from './support/console';
import { closeDevices, endSession, startSession, type Device } from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/room-refusals-shots';

test('a German room hears the hub’s refusals in German: a phone taken out of the session', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Kundentag Bremen', { language: 'de' });
  const { joinUrl } = await startSession(page);
  const devices: Device[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      locale: 'de-DE',
    });
    const phone = await context.newPage();
    devices.push({ context, page: phone });
    await phone.goto(joinUrl);
    await expect(phone.locator('[data-connection="connected"]')).toBeVisible();
    await expect(page.getByTestId('joined-count')).toHaveText('1');
    // Even the tab's title.
    await expect(phone).toHaveTitle('Outside-In — Teilnehmen');

    await page.getByTestId('participants-open').click();
    const dialog = page.getByRole('dialog', { name: 'Participants' });
    page.once('dialog', (d) => void d.accept());
    await dialog
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Remove participant/ })
      .click();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The hub's words are English; the phone says them in the room's language.
    await expect(phone.getByRole('alert')).toHaveText(
      'Die Moderation hat Sie aus dieser Sitzung genommen. Fragen Sie nach, wenn Sie das für einen Irrtum halten.',
    );
    await expect(phone.getByText('The facilitator took you out', { exact: false })).toHaveCount(0);
    await phone.screenshot({ path: `${SHOTS}/phone-de-removed.png`, fullPage: true });
  } finally {
    await closeDevices(devices);
    await endSession(page);
  }
});
