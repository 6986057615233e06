import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhone } from './support/phone';
import { closeAnswers, closeDevices, endSession, openAnswers, startSession } from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/definition-shots';
const MEANS = 'For us, being customer-centric means…';
const NOT_MEANS = 'Being customer-centric does NOT mean…';

async function write(phone: Page, list: string, text: string) {
  const form = phone.locator('form').filter({ has: phone.getByRole('textbox', { name: list }) });
  await form.getByRole('textbox').fill(text);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(
    phone.locator('.statement--mine').filter({ hasText: text }).getByText('received'),
  ).toBeVisible();
}

async function upvote(phone: Page, list: string, text: string) {
  const statement = phone
    .getByRole('list', { name: `Others’ statements: ${list}` })
    .getByRole('listitem')
    .filter({ hasText: text });
  await statement.getByRole('button', { name: /Upvote/ }).click();
  await expect(statement.getByRole('button', { name: /Upvoted/ })).toHaveAttribute('aria-pressed', 'true');
}

test('the definition: phones write and upvote, the facilitator merges, hides and writes the definition', async ({
  browser,
  page: console_,
}) => {
  await openConsole(console_);
  await createWorkshop(console_, 'Definition day');

  const { joinUrl } = await startSession(console_);
  await liveActivity(console_, /What customer-centric means/).click();
  const [a, b, c] = await Promise.all([0, 1, 2].map(() => openPhone(browser, joinUrl)));
  await expect(console_.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(console_);

  await write(a!.page, MEANS, 'Everyone talks with customers regularly');
  await write(b!.page, MEANS, 'All of us talk to customers often');
  await write(c!.page, MEANS, 'We act on what we learn from customers');
  await write(a!.page, NOT_MEANS, 'Doing whatever a customer asks');
  await write(b!.page, NOT_MEANS, 'Giving discounts to everyone');

  await upvote(b!.page, MEANS, 'Everyone talks with customers regularly');
  await upvote(c!.page, MEANS, 'Everyone talks with customers regularly');
  await upvote(c!.page, MEANS, 'All of us talk to customers often');
  await upvote(a!.page, MEANS, 'We act on what we learn from customers');
  await upvote(b!.page, MEANS, 'We act on what we learn from customers');
  await upvote(b!.page, NOT_MEANS, 'Doing whatever a customer asks');
  await upvote(c!.page, NOT_MEANS, 'Doing whatever a customer asks');
  await c!.page.screenshot({ path: `${SHOTS}/phone-definition.png` });

  await closeAnswers(console_);
  await expect(liveActivity(console_, /What customer-centric means.*Results saved/)).toBeVisible();

  await endSession(console_);
  await expect(a!.page.getByText('This session has ended')).toBeVisible();

  // Prepare: the statements ranked by upvotes in the two lists.
  await console_.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(console_, 'What customer-centric means');
  const means = console_.getByTestId('statements-means');
  const notMeans = console_.getByTestId('statements-not-means');
  await expect(means.getByTestId('statement')).toHaveText([
    /Everyone talks with customers regularly.*▲ 2/,
    /We act on what we learn from customers.*▲ 2/,
    /All of us talk to customers often.*▲ 1/,
  ]);
  await expect(notMeans.getByTestId('statement')).toHaveText([
    /Doing whatever a customer asks.*▲ 2/,
    /Giving discounts to everyone.*▲ 0/,
  ]);

  // Merge the two that say the same: the merged one takes both statements' upvotes.
  await means.getByRole('checkbox', { name: 'Select “All of us talk to customers often” to merge' }).check();
  await means
    .getByRole('checkbox', { name: 'Select “Everyone talks with customers regularly” to merge' })
    .check();
  const merged = console_.getByRole('textbox', { name: 'Merged statement' });
  await expect(merged).toHaveValue('Everyone talks with customers regularly');
  await merged.fill('Everyone talks with customers, regularly and directly');
  await console_.getByRole('button', { name: 'Merge 2 statements' }).click();
  await expect(means.getByTestId('statement')).toHaveText([
    /Everyone talks with customers, regularly and directly.*Merged from 2.*▲ 3/,
    /We act on what we learn from customers.*▲ 2/,
  ]);

  // Hide an off-topic one; it can come back.
  await notMeans.getByRole('button', { name: 'Hide “Giving discounts to everyone”' }).click();
  await expect(notMeans.getByTestId('statement')).toHaveCount(1);
  await expect(notMeans.getByRole('button', { name: /Hidden \(1\)/ })).toBeVisible();

  // The definition, from the top statements: one click inserts one.
  const definition = console_.getByRole('region', { name: 'The team’s definition' });
  await definition
    .getByRole('button', { name: 'Insert “Everyone talks with customers, regularly and directly”' })
    .click();
  await definition.getByRole('button', { name: 'Insert “We act on what we learn from customers”' }).click();
  await expect(
    definition.getByRole('button', { name: '“We act on what we learn from customers” is in the definition' }),
  ).toBeDisabled();
  await definition.getByRole('button', { name: 'Insert “Doing whatever a customer asks”' }).click();
  await expect(definition.getByLabel('Top statements: it does not mean')).not.toContainText(
    'Giving discounts',
  );
  const notMeansText = definition.getByRole('textbox', { name: 'It does not mean' });
  await notMeansText.press('End');
  await notMeansText.pressSequentially(', whatever it costs the business.');
  await expect(definition.getByRole('textbox', { name: 'Customer-centric means' })).toHaveValue(
    'Everyone talks with customers, regularly and directly\nWe act on what we learn from customers',
  );
  await expect(console_.getByText('All changes saved')).toBeVisible();
  await console_.mouse.move(0, 0);
  await console_
    .getByRole('region', { name: 'Statements from the room' })
    .evaluate((el: { scrollIntoView(): void }) => el.scrollIntoView());
  await console_.screenshot({ path: `${SHOTS}/console-definition.png` });

  // All of it is stored in the workshop.
  await console_.reload();
  await openAgendaItem(console_, 'What customer-centric means');
  await expect(console_.getByTestId('statements-means').getByTestId('statement').first()).toContainText(
    'Everyone talks with customers, regularly and directly',
  );
  await expect(
    console_.getByTestId('statements-not-means').getByRole('button', { name: /Hidden \(1\)/ }),
  ).toBeVisible();
  await expect(console_.getByRole('textbox', { name: 'It does not mean' })).toHaveValue(
    'Doing whatever a customer asks, whatever it costs the business.',
  );

  // Splitting the merge gives the room's statements back.
  await console_
    .getByTestId('statements-means')
    .getByRole('button', { name: 'Split “Everyone talks with customers, regularly and directly”' })
    .click();
  await expect(console_.getByTestId('statements-means').getByTestId('statement')).toHaveCount(3);

  await closeDevices([a!, b!, c!]);
});
