import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, openConsole } from './support/console';
import { openPhone, openPhones } from './support/phone';
import {
  closeDevices,
  endSession,
  joinDetails,
  openAnswers,
  openProjector,
  startSession,
} from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.LIVE_SHOTS_DIR ?? 'test-results/live-shots';

/** One question of the scale poll on a phone. */
const question = (phone: Page, n: number) => phone.locator('fieldset.item').nth(n);

test('a scale poll runs end to end: three phones, projector, offline answer queued and delivered', async ({
  browser,
  page: consolePage,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(consolePage);
  await createWorkshop(consolePage, 'Live poll check');

  await consolePage.getByRole('link', { name: 'Run live' }).click();
  const start = consolePage.getByRole('button', { name: 'Start live session' });
  await expect(start).toBeEnabled();
  await consolePage.screenshot({ path: `${SHOTS}/console-start.png` });
  await start.click();

  const { code, joinUrl } = await joinDetails(consolePage);
  expect(code).toMatch(/^[A-Z2-9]{4,6}$/);
  expect(joinUrl).toContain(`/j/${code}`);

  // Projector, as the console opens it.
  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  await expect(projector.getByLabel('Join code')).toHaveText(code);
  await expect(projector.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Centricity check');

  const phones = await openPhones(browser, joinUrl, 3);
  for (const { page } of phones) {
    await expect(page.getByText('Waiting for the facilitator to open answers')).toBeVisible();
  }
  await expect(consolePage.getByTestId('joined-count')).toHaveText('3');
  await phones[0]!.page.screenshot({ path: `${SHOTS}/phone-waiting.png` });
  await projector.screenshot({ path: `${SHOTS}/projector-join.png` });

  await openAnswers(consolePage);
  await expect(consolePage.getByTestId('console-answered')).toHaveText('0 of 3 answered');

  const firstAnswers = [4, 5, 4];
  for (const [i, { page }] of phones.entries()) {
    const q = question(page, 0);
    await q.getByRole('radio', { name: String(firstAnswers[i]) }).click();
    await expect(q.getByText('Answer received ✓')).toBeVisible();
    await expect(q.getByRole('radio', { name: String(firstAnswers[i]) })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  }
  await expect(consolePage.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  // The room sees progress before any result is shown.
  await expect(projector.getByTestId('answered-count')).toHaveText('3 of 3 answered');

  // Changing an answer while open replaces it.
  await question(phones[1]!.page, 0).getByRole('radio', { name: '3' }).click();
  await expect(question(phones[1]!.page, 0).getByText('Answer received ✓')).toBeVisible();
  const firstStats = consolePage.locator('.scale-result__stats').first();
  await expect(firstStats).toHaveText(/^3 answers · average 3\.7/);

  // Results reach the projector only when revealed.
  await expect(projector.getByTestId('projector-result')).toHaveCount(0);
  await consolePage.keyboard.press('r');
  const projected = projector.getByTestId('projector-result');
  await expect(projected).toBeVisible();
  await expect(projected.locator('.distribution').first()).toContainText('average 3.7');
  await expect(projector.getByTestId('answered-count')).toHaveText('3 of 3 answered');

  // A countdown shows on the projector and the phones; stopping it removes it.
  await consolePage.getByRole('button', { name: '30 s' }).click();
  await expect(projector.getByLabel('Time left')).toHaveText(/^0:(30|2\d)$/);
  await expect(phones[0]!.page.getByLabel('Time left')).toBeVisible();
  await consolePage.getByRole('button', { name: 'Stop timer' }).click();
  await expect(projector.getByLabel('Time left')).toHaveCount(0);

  // One phone loses the network, answers the second question: queued, not received.
  const offline = phones[2]!;
  await offline.context.setOffline(true);
  await expect(offline.page.locator('[data-connection]')).toHaveText('Offline');
  const q2 = question(offline.page, 1);
  await q2.getByRole('radio', { name: '2' }).click();
  await expect(q2.getByText('Queued, will send when back online')).toBeVisible();
  await expect(offline.page.getByText(/Your answers are kept on this phone/)).toBeVisible();
  const secondStats = consolePage.locator('.scale-result__stats').nth(1);
  await expect(secondStats).toHaveText(/^0 answers/);

  await offline.page.screenshot({ path: `${SHOTS}/phone-offline-queued.png` });

  // Back online: the queued answer goes out by itself, is acked and counted.
  await offline.context.setOffline(false);
  await expect(offline.page.locator('[data-connection]')).toHaveText('Connected');
  await expect(q2.getByText('Answer received ✓')).toBeVisible();
  await expect(secondStats).toHaveText(/^1 answer · average 2\.0/);
  // Its earlier answer is still shown as recorded after the reconnect.
  await expect(question(offline.page, 0).getByRole('radio', { name: '4' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  await phones[0]!.page.screenshot({ path: `${SHOTS}/phone-answered.png` });
  await projector.screenshot({ path: `${SHOTS}/projector-revealed.png` });
  await consolePage.screenshot({ path: `${SHOTS}/console-live.png`, fullPage: true });

  // Closing stores the result in the workshop; phones see answers closed.
  await consolePage.keyboard.press('Space');
  await expect(phones[0]!.page.getByText('Answers are closed')).toBeVisible();
  await expect(consolePage.getByRole('button', { name: /Centricity check.*Results saved/ })).toBeVisible();
  await phones[0]!.page.screenshot({ path: `${SHOTS}/phone-closed.png` });

  // A reload of the phone resumes the same participant with its answers.
  await phones[0]!.page.reload();
  await expect(question(phones[0]!.page, 0).getByRole('radio', { name: '4' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(consolePage.getByTestId('joined-count')).toHaveText('3');

  // Ending the session tells every phone.
  await endSession(consolePage);
  await expect(phones[1]!.page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(projector.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  await closeDevices(phones);
  await projectorContext.close();
});

test('open text: phones write statements and upvote each other’s, the projector ranks them', async ({
  browser,
  page: consolePage,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(consolePage);
  await createWorkshop(consolePage, 'Definition check');
  const { code, joinUrl } = await startSession(consolePage);

  await consolePage.getByRole('button', { name: /^What customer-centric means/ }).click();
  await openAnswers(consolePage);

  const { page: projector, context: projectorContext } = await openProjector(browser, code);

  const ana = await openPhone(browser, joinUrl);
  const ben = await openPhone(browser, joinUrl);
  const means = (phone: Page) => phone.getByRole('textbox', { name: /being customer-centric means/ });

  await means(ana.page).fill('Every manager talks with customers every month');
  await ana.page.getByRole('button', { name: 'Add' }).first().click();
  await expect(ana.page.locator('.statement--mine')).toContainText('Every manager talks with customers');
  await expect(ana.page.locator('.statement--mine').getByText('Received ✓')).toBeVisible();

  await means(ben.page).fill('We fix the basics before adding features');
  await ben.page.getByRole('button', { name: 'Add' }).first().click();
  await expect(ben.page.locator('.statement--mine').getByText('Received ✓')).toBeVisible();

  // Each sees the other's statement (not their own) to upvote.
  const anaSees = ana.page.locator('.statements .statement').filter({ hasText: 'We fix the basics' });
  await expect(anaSees).toBeVisible();
  await expect(ana.page.locator('.statements')).not.toContainText('Every manager talks');
  await anaSees.getByRole('button', { name: 'Upvote ▲ 0' }).click();
  await expect(anaSees.getByRole('button', { name: 'Upvoted ▲ 1' })).toHaveAttribute('aria-pressed', 'true');
  await expect(anaSees.getByText('Received ✓')).toBeVisible();

  await consolePage.keyboard.press('r');
  const ranked = projector.getByTestId('projector-result').locator('.ranked__item');
  await expect(ranked.first()).toContainText('▲ 1');
  await expect(ranked.first()).toContainText('We fix the basics before adding features');
  await expect(ranked.nth(1)).toContainText('▲ 0');
  await expect(consolePage.getByTestId('console-answered')).toHaveText('2 of 2 answered');

  await ana.page.screenshot({ path: `${SHOTS}/phone-open-text.png`, fullPage: true });
  await projector.screenshot({ path: `${SHOTS}/projector-open-text.png` });

  // Withdrawing a statement takes it off everyone's list.
  await ben.page.locator('.statement--mine').getByRole('button', { name: 'Withdraw' }).click();
  await expect(ana.page.locator('.statements')).toHaveCount(0);
  await expect(ranked).toHaveCount(1);

  await endSession(consolePage);
  await expect(ana.page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  await closeDevices([ana, ben]);
  await projectorContext.close();
});
