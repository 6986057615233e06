import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { planWorkshop } from '../fixtures/planWorkshop';
import { importWorkshop, liveActivity, openConsole } from './support/console';
import { openPhones } from './support/phone';
import {
  closeAnswers,
  closeDevices,
  endSession,
  openAnswers,
  openProjector,
  startSession,
} from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/mid-session-shots';

/** The phone places the one initiative on the line with these keys and waits for the hub's ack. */
async function place(phone: Page, title: string, keys: string[]): Promise<number> {
  await expect(phone.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const slider = phone.getByRole('slider');
  await slider.focus();
  for (const key of keys) await phone.keyboard.press(key);
  const value = Number(await slider.getAttribute('aria-valuenow'));
  await phone.getByRole('button', { name: 'Place it here' }).click();
  await expect(phone.getByText('Answer received ✓')).toBeVisible();
  return value;
}

test('an initiative made from a hot spot is placed and dot-voted in the same session; nobody rejoins', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const workshop = planWorkshop({ initiatives: 3 });
  workshop.name = 'Northwind — growing session';
  const file = join(SHOTS, 'workshop.outside-in.json');
  writeFileSync(file, writeWorkshopFile(workshop));

  await openConsole(page);
  await importWorkshop(page, file);
  await expect(page.getByText(`Imported “${workshop.name}”.`)).toBeVisible();
  await page.getByRole('link', { name: workshop.name }).click();
  const { code, joinUrl } = await startSession(page);
  const projectorDevice = await openProjector(browser, code);
  const devices = [projectorDevice, ...(await openPhones(browser, joinUrl, 3))];
  const phones = devices.slice(1).map((d) => d.page);
  const addresses = phones.map((p) => p.url());
  await expect(page.getByTestId('joined-count')).toHaveText('3');

  // The journey's heaviest burden becomes an initiative, from its board, mid-session.
  await liveActivity(page, /Customer-burden journey/).click();
  await page.getByRole('button', { name: /^Journey hot spots/ }).click();
  const make = page
    .getByRole('list', { name: 'Heaviest burdens' })
    .getByRole('button', { name: /^Make an initiative: / })
    .first();
  const title = (await make.getAttribute('aria-label'))!.replace(/^Make an initiative: /, '');
  await make.click();
  await expect(page.getByText(`Added to the initiatives: ${title}`)).toBeVisible();
  await page.getByRole('button', { name: /^Close Esc$/ }).click();

  // Put it to the room: the dialog offers what the room has not placed yet.
  await page.getByRole('button', { name: 'Add a question or a vote…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a question or a vote' });
  await expect(dialog.getByRole('checkbox', { name: title })).toBeChecked();
  const unplaced = workshop.initiatives[2]!.title;
  await dialog.getByRole('checkbox', { name: unplaced }).uncheck();
  await expect(dialog.getByRole('checkbox', { name: workshop.initiatives[0]!.title })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Add to the session' }).click();
  await expect(dialog).toHaveCount(0);
  const placement = liveActivity(page, /^Continuum action plan \(round 2\)/);
  const priorities = liveActivity(page, /^Vote priorities \(round 2\)/);
  await expect(placement).toBeVisible();
  await expect(priorities).toBeVisible();

  // Phones get it on the same connection.
  await placement.click();
  await openAnswers(page);
  const placed = [
    await place(phones[0]!, title, ['End']),
    await place(phones[1]!, title, ['End', 'PageDown']),
    await place(phones[2]!, title, ['Home', 'PageUp', 'PageUp', 'PageUp', 'PageUp', 'PageUp', 'PageUp']),
  ];
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await closeAnswers(page);
  await expect(liveActivity(page, /^Continuum action plan \(round 2\).*Results saved/)).toBeVisible();

  await priorities.click();
  await openAnswers(page);
  const dots = [3, 2, 1];
  for (const [i, phone] of phones.entries()) {
    for (let d = 0; d < dots[i]!; d++)
      await phone.getByRole('button', { name: `Put a dot on ${title}` }).click();
    const placed = `${dots[i]} ${dots[i] === 1 ? 'dot' : 'dots'} on ${title}`;
    await expect(phone.getByLabel(placed)).toBeVisible();
  }
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await closeAnswers(page);
  await expect(liveActivity(page, /^Vote priorities \(round 2\).*Results saved/)).toBeVisible();

  // A quick question typed on the spot: phones answer it, its result is kept in the workshop.
  const question = 'Should we meet again in a month?';
  await page.getByRole('button', { name: 'Add a question or a vote…' }).click();
  await dialog.getByRole('radio', { name: 'A quick question' }).check();
  await dialog.getByRole('textbox', { name: 'Question' }).fill(question);
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Scale from 1 to 5' });
  await dialog.getByRole('button', { name: 'Add to the session' }).click();
  await liveActivity(page, question).click();
  await openAnswers(page);
  for (const [i, phone] of phones.entries()) {
    await phone
      .getByRole('radiogroup', { name: question })
      .getByRole('radio', { name: String(3 + i) })
      .click();
    await expect(phone.getByText('Answer received ✓')).toBeVisible();
  }
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await closeAnswers(page);
  await expect(liveActivity(page, new RegExp(`^${question}.*Results saved`))).toBeVisible();

  // Nobody rejoined: the same three participants, on the pages they opened.
  await expect(page.getByTestId('joined-count')).toHaveText('3');
  expect(phones.map((p) => p.url())).toEqual(addresses);

  // The plan on the projector has it on the line with the room's dots, numbered as in the plan.
  const number = workshop.initiatives.length + 1;
  await page.getByRole('button', { name: 'Show on projector: Continuum action plan' }).click();
  const outcome = projectorDevice.page.getByTestId('projector-outcome');
  const listed = outcome.getByTestId('outcome-initiative').filter({ hasText: title });
  await expect(listed).toContainText(`${number}`);
  await expect(listed).toContainText(`${dots.reduce((a, b) => a + b)} dots`);
  // Placed at the room's median, not agreed yet.
  const median = [...placed].sort((a, b) => a - b)[1]!;
  const marker = outcome
    .getByTestId('outcome-marker')
    .filter({ hasText: new RegExp(`^Initiative ${number}$`) });
  await expect(marker).toHaveClass(/oc-marker--votes/);
  await expect(marker).toHaveAttribute('style', new RegExp(`left: ${median}%`));
  await projectorDevice.page.screenshot({ path: `${SHOTS}/projector-plan.png` });

  await endSession(page);
  // The plan page: the new initiative with every dot of the round, and the room's median placed it.
  await page.getByRole('link', { name: 'Action plan' }).click();
  const row = page.getByRole('row').filter({ has: page.getByLabel(`Title of initiative ${number}`) });
  await expect(row.locator('.plan-dots')).toHaveText(String(dots.reduce((a, b) => a + b)));
  // The earlier round's votes still count for the initiatives it was about.
  const firstRow = page.getByRole('row').filter({ has: page.getByLabel('Title of initiative 1') });
  await expect(firstRow.locator('.plan-dots')).not.toHaveText('');
  await page.screenshot({ path: `${SHOTS}/console-plan.png` });

  await closeDevices(devices);
});
