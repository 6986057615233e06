import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeDevices, joinDetails, openAnswers } from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/room-door-shots';

/** One question of the scale poll on a phone. */
const question = (phone: Page, n: number) => phone.locator('fieldset.item').nth(n);

test('an offline phone is counted, its late answer still counts; the console lists participants and removes one', async ({
  browser,
  page: consolePage,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(consolePage);
  await createWorkshop(consolePage, 'Door check');
  await consolePage.getByRole('link', { name: 'Run live' }).click();
  await consolePage.getByRole('button', { name: 'Start live session' }).click();
  const { joinUrl } = await joinDetails(consolePage);
  const phones = await openPhones(browser, joinUrl, 3);
  await expect(consolePage.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(consolePage);

  for (const { page } of phones.slice(0, 2)) {
    await question(page, 0).getByRole('radio', { name: '4' }).click();
    await expect(question(page, 0).getByText('Answer received ✓')).toBeVisible();
  }

  // The third phone drops off the Wi-Fi and answers anyway: queued on the phone.
  const away = phones[2]!;
  await away.context.setOffline(true);
  await expect(away.page.locator('[data-connection]')).toHaveText('Offline');
  await question(away.page, 0).getByRole('radio', { name: '2' }).click();
  await expect(question(away.page, 0).getByText('Queued, will send when back online')).toBeVisible();
  await expect(consolePage.getByTestId('console-offline')).toHaveText('· 1 offline');
  await expect(consolePage.getByTestId('late-answers')).toContainText(
    '1 joined phone is offline. If you close now, their answers still count',
  );
  await consolePage.screenshot({ path: `${SHOTS}/console-offline.png` });

  // Answers close while it is away; back within the minute, its answer counts.
  await consolePage.keyboard.press('Space');
  await expect(consolePage.getByRole('button', { name: /Centricity check.*Results saved/ })).toBeVisible();
  await away.context.setOffline(false);
  await expect(question(away.page, 0).getByText('Answer received ✓')).toBeVisible();
  const stats = consolePage.locator('.scale-result__stats').first();
  await expect(stats).toHaveText(/^3 answers · average 3\.3/);

  // The participant list: three people, one device each here; remove one.
  await consolePage.getByTestId('participants-open').click();
  const dialog = consolePage.getByRole('dialog', { name: 'Participants' });
  const rows = dialog.getByRole('row');
  await expect(rows).toHaveCount(4);
  await consolePage.screenshot({ path: `${SHOTS}/console-participants.png` });
  consolePage.once('dialog', (d) => void d.accept());
  await rows
    .nth(1)
    .getByRole('button', { name: /^Remove participant/ })
    .click();
  await expect(rows).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(consolePage.getByTestId('joined-count')).toHaveText('2');
  await expect(stats).toHaveText(/^2 answers/);
  const removed = await Promise.all(
    phones.map((p) => p.page.getByText('The facilitator took you out of this session').isVisible()),
  );
  expect(removed.filter(Boolean)).toHaveLength(1);
  await closeDevices(phones);
});
