import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { createWorkshop, openConsole } from './support/console';
import { openPhones } from './support/phone';
import { closeDevices, endSession, openAnswers, openProjector, startSession } from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/centricity-trend-shots';

interface SampleFile {
  workshop: {
    organisation: string;
    date: string;
    agenda: Array<{ id: string; type: string; questions?: Array<{ id: string; text: string }> }>;
    results: Record<string, { tally: { items: Array<{ id: string; mean: number | null }> } }>;
  };
}

/** What the sample workshop (opened from the empty library) stored for its centricity check. */
function sampleScores() {
  const file = JSON.parse(readFileSync('resources/samples/northwind.outside-in.json', 'utf8')) as SampleFile;
  const check = file.workshop.agenda.find((e) => e.type === 'centricity-check')!;
  const tally = file.workshop.results[`${check.id}:questions`]!.tally;
  return {
    organisation: file.workshop.organisation,
    date: file.workshop.date,
    questions: check.questions!.map((q) => ({
      text: q.text,
      mean: tally.items.find((i) => i.id === q.id)!.mean!,
    })),
  };
}

const MONTHS = 'January February March April May June July August September October November December';
/** "2026-11-02" → "2 November", with the year when it is not this year's. */
const inWords = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const day = `${d} ${MONTHS.split(' ')[m! - 1]}`;
  return y === new Date().getFullYear() ? day : `${day} ${y}`;
};

/** "▲ up 0.9" from the two averages as the room reads them (one decimal each). */
function changeText(now: number, before: number): string {
  const tenths = Math.round(Number(now.toFixed(1)) * 10) - Math.round(Number(before.toFixed(1)) * 10);
  if (tenths === 0) return '● no change';
  return `${tenths > 0 ? '▲ up' : '▼ down'} ${(Math.abs(tenths) / 10).toFixed(1)}`;
}

test('the room sees last time’s centricity scores on the projector and the console, with the change', async ({
  browser,
  page: console_,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const sample = sampleScores();
  expect(sample.questions).toHaveLength(4);

  // An earlier workshop of the organisation with stored scores: the sample, opened from the library.
  await openConsole(console_);
  await console_.getByRole('button', { name: 'Open the sample workshop' }).click();
  await console_.getByRole('link', { name: 'Back to the library' }).click();
  await expect(console_.getByTestId('workshop-row')).toHaveCount(1);

  // This time's workshop of the same organisation, made from the template (new question ids).
  await createWorkshop(console_, 'Northwind follow-up', { organisation: sample.organisation });
  await console_.getByLabel('Date').fill('2027-03-12');
  await expect(console_.getByText('All changes saved')).toBeVisible();

  const { code, joinUrl } = await startSession(console_);
  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  const phones = await openPhones(browser, joinUrl, 3);
  await expect(console_.getByTestId('joined-count')).toHaveText('3');

  await openAnswers(console_);
  const ratings = [
    [3, 2, 2, 4],
    [3, 2, 3, 4],
    [2, 2, 2, 4],
  ];
  for (const [p, { page }] of phones.entries()) {
    for (const [q, value] of ratings[p]!.entries()) {
      const item = page.locator('fieldset.item').nth(q);
      await item.getByRole('radio', { name: String(value), exact: true }).click();
      await expect(item.getByText('Answer received ✓')).toBeVisible();
    }
  }
  await expect(console_.getByTestId('console-answered')).toHaveText('3 of 3 answered');
  // Phones never see last time's scores: they would anchor the answers.
  await expect(phones[0]!.page.getByText(/Last time/)).toHaveCount(0);

  const expected = sample.questions.map((q, i) => {
    const now = ratings.reduce((sum, row) => sum + row[i]!, 0) / ratings.length;
    return {
      text: q.text,
      marker: `Last time (${inWords(sample.date)}): ${q.mean.toFixed(1)}`,
      change: changeText(now, q.mean),
    };
  });
  // The sample's room was less convinced than this one on the first question.
  expect(expected[0]!.change).toMatch(/^▲ up/);

  const checkMarkers = async (questionOf: (text: string) => Locator) => {
    for (const { text, marker, change } of expected) {
      const question = questionOf(text);
      await expect(question.getByTestId('scale-previous')).toContainText(marker);
      await expect(question.getByTestId('scale-change')).toHaveText(change);
    }
  };

  // The console's live result, before the projector shows anything.
  await checkMarkers((text) =>
    console_
      .locator('.scale-result__item')
      .filter({ has: console_.getByRole('heading', { level: 3, name: text }) }),
  );
  await expect(projector.getByTestId('scale-previous')).toHaveCount(0);

  await console_.getByRole('button', { name: /Show results on projector/ }).click();
  const result = projector.getByTestId('projector-result');
  await expect(result.locator('.distribution')).toHaveCount(4);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Centricity check');
  await checkMarkers((text) =>
    result
      .locator('.scale-live__item')
      .filter({ has: projector.getByRole('heading', { level: 2, name: text }) }),
  );
  await expect(result.getByTestId('scale-previous')).toHaveCount(4);

  // The markers keep the projector within WCAG 2.1 AA (contrast of the legend, the change).
  const { violations } = await new AxeBuilder({ page: projector })
    .include('[data-testid="projector-result"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await projector.screenshot({ path: `${SHOTS}/projector-centricity-trend.png` });
  await console_.mouse.move(0, 0);
  await console_
    .getByTestId('scale-previous')
    .first()
    .evaluate((el: { scrollIntoView(options: object): void }) => el.scrollIntoView({ block: 'center' }));
  await console_.screenshot({ path: `${SHOTS}/console-centricity-trend.png` });

  // The next activity (departments) has no earlier scores to show.
  await console_.getByRole('button', { name: /Close answers/ }).click();
  await console_.getByRole('button', { name: /Next →/ }).click();
  await expect(projector.getByTestId('scale-previous')).toHaveCount(0);

  await endSession(console_);
  await closeDevices([...phones, { context: projectorContext, page: projector }]);
});
