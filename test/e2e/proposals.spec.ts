import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { boardCard } from './support/board';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeDevices, endSession, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/proposals-shots';
const LIST = 'Cards proposed for the sort';

/** On a phone: writes one card proposal and waits until the hub has it. */
async function propose(phone: Page, text: string) {
  await phone.getByRole('textbox', { name: LIST }).fill(text);
  await phone.getByRole('button', { name: 'Add' }).click();
  await expect(phone.locator('.statement--mine', { hasText: text.trim() })).toContainText('Received ✓');
}

/** On a phone: one tap per card, in card order; each tap moves on to the next card. */
async function sortCards(phone: Page, cards: [title: string, answer: string][]) {
  for (const [i, [title, answer]] of cards.entries()) {
    await expect(phone.getByText(`Card ${i + 1} of ${cards.length}`)).toBeVisible();
    await expect(phone.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await phone.getByRole('radio', { name: answer }).click();
  }
  await expect(phone.getByText(`All ${cards.length} cards sorted ✓`)).toBeVisible();
}

const review = (page: Page) => page.getByRole('region', { name: 'Proposed cards' });
const proposal = (page: Page, text: string) => review(page).getByTestId('proposal').filter({ hasText: text });

test('participants propose cards, the facilitator approves some, and the room sorts them in the same session', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Proposal day');

  // Prepare: two cards of the facilitator's own, proposals allowed.
  await openAgendaItem(page, 'Product push');
  await page.getByLabel('Paste cards, one per line').fill('Loyalty app\nPremium tier');
  await page.getByRole('button', { name: 'Add 2 cards' }).click();
  await page.getByRole('checkbox', { name: /Participants propose cards/ }).check();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Run live: the propose activity comes before the sort.
  const { joinUrl } = await startSession(page);
  await liveActivity(page, /Propose cards to sort/).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Propose cards to sort' })).toBeVisible();
  await expect(review(page)).toContainText('No proposals yet.');
  const phones = await openPhones(browser, joinUrl, 3);
  const [p0, p1, p2] = phones.map((p) => p.page) as [Page, Page, Page];
  await page.getByRole('button', { name: /Open answers/ }).click();

  await expect(p0.getByRole('textbox', { name: LIST })).toBeVisible();
  await propose(p0, 'Chatbot for invoices');
  await propose(p0, 'Paper invoices');
  await propose(p1, '  chatbot for INVOICES ');
  await propose(p1, 'Fax line');
  await propose(p1, 'loyalty APP');
  // The third phone sees the others' proposals and upvotes one.
  await p2
    .getByRole('button', { name: /Upvote ▲ 0/ })
    .first()
    .waitFor();
  await p2
    .getByRole('listitem')
    .filter({ hasText: 'Paper invoices' })
    .getByRole('button', { name: /Upvote/ })
    .click();
  await p0.screenshot({ path: `${SHOTS}/phone-propose.png`, fullPage: true });

  // The console merges the duplicate and knows a card that exists already.
  await expect(review(page).getByTestId('proposal')).toHaveCount(4);
  await expect(proposal(page, 'Chatbot for invoices')).toContainText('proposed by 2 people');
  await expect(proposal(page, 'Paper invoices')).toContainText('▲ 1');
  await expect(proposal(page, 'loyalty APP')).toContainText('Already a card');
  await expect(review(page)).toContainText('3 to review');
  await review(page).screenshot({ path: `${SHOTS}/console-proposal-review-pending.png` });

  await page.getByRole('button', { name: 'Approve “Paper invoices”' }).click();
  await page.getByRole('button', { name: 'Reject “Fax line”' }).click();
  await expect(proposal(page, 'Fax line')).toContainText('Rejected');
  await page.getByRole('button', { name: 'Approve all (1)' }).click();
  await expect(proposal(page, 'Chatbot for invoices')).toContainText('✓ Approved');
  await expect(review(page)).toContainText('2 approved · 1 rejected');
  await expect(page.getByTestId('proposal-sort-status')).toContainText(
    'it will show 4 cards, 2 of them proposed',
  );
  await expect(page.getByText('All changes saved')).toBeAttached();
  await review(page).screenshot({ path: `${SHOTS}/console-proposal-review.png` });

  // The sort: every phone gets the approved cards, after the facilitator's own.
  await page.getByRole('button', { name: /Next →/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Product push or customer pull?' })).toBeVisible();
  await expect(page.getByTestId('proposal-sort-status')).toContainText('it will show 4 cards');
  await expect(page.getByRole('button', { name: 'Add approved cards to the sort' })).toHaveCount(0);
  await page.getByRole('button', { name: /Open answers/ }).click();
  const cards = ['Loyalty app', 'Premium tier', 'Paper invoices', 'Chatbot for invoices'];
  const push = 'Pushed by us';
  const pull = 'Pulled by customers';
  await sortCards(p0, [
    [cards[0]!, push],
    [cards[1]!, pull],
    [cards[2]!, push],
    [cards[3]!, pull],
  ]);
  await sortCards(p1, [
    [cards[0]!, push],
    [cards[1]!, pull],
    [cards[2]!, push],
    [cards[3]!, pull],
  ]);
  await sortCards(p2, [
    [cards[0]!, push],
    [cards[1]!, push],
    [cards[2]!, pull],
    [cards[3]!, pull],
  ]);
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await expect(p2.getByText('Fax line')).toHaveCount(0);

  // Once the sort is open, approving still works, for the board and the next session.
  await expect(page.getByTestId('proposal-sort-status')).toContainText('The sort has been opened');
  await page.getByRole('button', { name: /Close answers/ }).click();
  await expect(liveActivity(page, /Product push or customer pull\?.*Results saved/)).toBeVisible();

  // A console reload mid-session: the review comes back from the stored proposals and decisions.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(proposal(page, 'Chatbot for invoices')).toContainText('✓ Approved');
  await expect(proposal(page, 'Fax line')).toContainText('Rejected');
  await expect(page.getByTestId('proposal-sort-status')).toContainText('The sort has been opened');
  await endSession(page);

  // After a reload: the approved cards are in the exercise, marked proposed; the rejection stays.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(page, 'Product push');
  await expect(page.getByText('4 / 500')).toBeVisible();
  await expect(page.getByText('2 of them proposed by participants.')).toBeVisible();
  await expect(page.getByText('4 of 4 cards voted on.')).toBeVisible();
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expect(boardCard(page, 'Chatbot for invoices')).toContainText('Proposed');
  await expect(boardCard(page, 'Loyalty app')).not.toContainText('Proposed');
  await expect(boardCard(page, 'Chatbot for invoices').getByRole('img')).toHaveAccessibleName(
    'Push 0, Unsure 0, Pull 3',
  );
  await expect(page.getByTestId('board-item').filter({ hasText: 'Fax line' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/board-proposed.png` });

  await closeDevices(phones);
});

test('the room proposes every card: the sort starts empty, opens once approved cards are in, phones sort them', async ({
  browser,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Room-made cards');

  // Prepare: no cards of the facilitator's own, proposals allowed.
  await openAgendaItem(page, 'Product push');
  await page.getByRole('checkbox', { name: /Participants propose cards/ }).check();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // The sort is on the live agenda from the start, although it has no cards yet.
  const { joinUrl, code } = await startSession(page);
  await expect(liveActivity(page, /Product push or customer pull\?/)).toBeVisible();
  await liveActivity(page, /Propose cards to sort/).click();
  const phones = await openPhones(browser, joinUrl, 3);
  const [p0, p1, p2] = phones.map((p) => p.page) as [Page, Page, Page];
  await page.getByRole('button', { name: /Open answers/ }).click();

  // Phones speak of cards, not statements.
  await expect(p0.getByText('0 of 3 cards proposed')).toBeVisible();
  await expect(p0.getByRole('textbox', { name: LIST })).toHaveAttribute('placeholder', 'Name a card…');
  await propose(p0, 'Chatbot for invoices');
  await expect(p0.getByText('1 of 3 cards proposed')).toBeVisible();
  await propose(p1, 'Fax line');
  await propose(p2, 'Paper invoices');
  await expect(p0.getByText(/statement/i)).toHaveCount(0);
  await p0.screenshot({ path: `${SHOTS}/phone-propose-wording.png`, fullPage: true });
  await expect(review(page).getByTestId('proposal')).toHaveCount(3);
  await page.getByRole('button', { name: /Close answers/ }).click();

  // On to the empty sort: it cannot open yet, and the console says why, by button and by Space.
  const projector = await openProjector(browser, code);
  await page.getByRole('button', { name: /Next →/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Product push or customer pull?' })).toBeVisible();
  await expect(page.getByTestId('proposal-sort-status')).toHaveText(
    'The sort has no cards yet: approve proposals to fill it, then open it.',
  );
  const why =
    'There are no cards to sort yet. Add cards to the sort before opening it: approve proposals first.';
  await expect(page.getByTestId('open-blocked')).toHaveText(why);
  await expect(page.getByRole('alert').filter({ hasText: why })).toHaveCount(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(page.getByRole('alert').filter({ hasText: why })).toBeVisible();
  await page.getByRole('button', { name: /Open answers/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: why })).toBeVisible();
  await expect(page.locator('.live-phase--big')).toHaveText('Not open yet');
  // Phones and the projector wait; the projector's result view (if shown) waits for cards too.
  await expect(p0.getByText('Waiting for the facilitator to open answers')).toBeVisible();
  await expect(p0.getByRole('radio')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(projector.page.getByTestId('live-no-cards')).toBeVisible();
  await p0.screenshot({ path: `${SHOTS}/phone-sort-no-cards.png`, fullPage: true });
  await projector.page.screenshot({ path: `${SHOTS}/projector-sort-no-cards.png` });
  await page.screenshot({ path: `${SHOTS}/console-sort-no-cards.png`, fullPage: true });

  // The facilitator approves two and rejects one; the sort gets them and now opens.
  await page.getByRole('button', { name: 'Reject “Fax line”' }).click();
  await page.getByRole('button', { name: 'Approve all (2)' }).click();
  await expect(page.getByTestId('proposal-sort-status')).toContainText(
    'it will show 2 cards, 2 of them proposed',
  );
  await expect(page.getByTestId('open-blocked')).toHaveCount(0);
  await expect(projector.page.getByTestId('live-card')).toHaveCount(2);
  await page.getByRole('button', { name: /Open answers/ }).click();
  await expect(page.locator('.live-phase--big')).toHaveText('Open for answers');
  const cards = ['Chatbot for invoices', 'Paper invoices'];
  await sortCards(p0, [
    [cards[0]!, 'Pulled by customers'],
    [cards[1]!, 'Pushed by us'],
  ]);
  await sortCards(p1, [
    [cards[0]!, 'Pulled by customers'],
    [cards[1]!, 'Pushed by us'],
  ]);
  await sortCards(p2, [
    [cards[0]!, 'Pulled by customers'],
    [cards[1]!, 'Unsure'],
  ]);
  await expect(page.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  await expect(p1.getByText('Fax line')).toHaveCount(0);
  await page.getByRole('button', { name: /Close answers/ }).click();
  await expect(liveActivity(page, /Product push or customer pull\?.*Results saved/)).toBeVisible();
  await endSession(page);

  // The stored result is the room's sort of its own cards.
  await page.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(page, 'Product push');
  await expect(page.getByText('2 of them proposed by participants.')).toBeVisible();
  await page.getByRole('button', { name: 'Open the board' }).click();
  await expect(boardCard(page, 'Chatbot for invoices').getByRole('img')).toHaveAccessibleName(
    'Push 0, Unsure 0, Pull 3',
  );
  await expect(boardCard(page, 'Paper invoices').getByRole('img')).toHaveAccessibleName(
    'Push 2, Unsure 1, Pull 0',
  );

  await closeDevices([...phones, projector]);
});
