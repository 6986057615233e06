import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  tallyCardClassification,
  type CardClassificationConfig,
} from '../../shared/activities/cardClassification';
import { activitiesOf } from '../../shared/exercises/activities';
import { newPushPull } from '../../shared/exercises/push-pull/schema';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop } from '../../shared/workshop/schema';
import { expectLanes } from './support/board';
import { createWorkshop, importWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import {
  closeAnswers,
  closeDevices,
  endSession,
  openAnswers,
  openProjector,
  startSession,
} from './support/session';

/** Screenshots for people to look at; not part of the repo. */
const SHOTS = process.env.PRACTICE_SHOTS_DIR ?? 'test-results/practice-shots';

test('a practice room: six simulated participants answer, the projector counts them, results say practice', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await createWorkshop(page, 'Practice alone');
  const { code } = await startSession(page);

  const room = page.getByTestId('practice-room');
  await page.screenshot({ path: `${SHOTS}/run-live-practice-idle.png` });
  await expect(room.getByRole('button', { name: 'Add 8 simulated participants' })).toBeVisible();
  await room.getByLabel('Simulated participants to add').fill('6');
  await room.getByRole('button', { name: 'Add 6 simulated participants' }).click();
  await expect(page.getByTestId('joined-count')).toHaveText('6');
  await expect(page.getByTestId('practice-count')).toHaveText('6 practice participants');
  await expect(room.getByTestId('practice-running')).toHaveText('6 practice participants');

  const projector = await openProjector(browser, code);
  await expect(projector.page.getByLabel('Join code')).toHaveText(code);
  // Nobody answers before answers open.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('console-answered')).toHaveText('0 of 6 answered');

  await openAnswers(page);
  const opened = Date.now();
  await expect(page.getByTestId('console-answered')).toHaveText('6 of 6 answered', { timeout: 12_000 });
  // Spread over a few seconds, not all at once, and not forever.
  expect(Date.now() - opened).toBeGreaterThan(500);
  await expect(projector.page.getByTestId('answered-count')).toHaveText('6 of 6 answered');
  await expect(page.getByTestId('practice-note')).toHaveText(
    'Includes practice answers: 6 of the 6 who answered are simulated.',
  );

  await page.keyboard.press('r');
  const projected = projector.page.getByTestId('projector-result');
  await expect(projected).toBeVisible();
  await expect(projected.locator('.distribution').first()).toContainText('average');
  await page.screenshot({ path: `${SHOTS}/run-live-practice.png`, fullPage: true });
  // The practice marks are read by everyone: contrast and names as for the rest of Run live.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('[data-testid="practice-room"]')
    .include('.join-panel__joined')
    .include('[data-testid="practice-note"]')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await projector.page.screenshot({ path: `${SHOTS}/projector-practice.png` });

  await closeAnswers(page);
  await expect(liveActivity(page, /Results saved, includes practice answers/)).toBeVisible();

  // Write and upvote: they write lines of their own and upvote each other's, through the real hub.
  await liveActivity(page, /What customer-centric means/).click();
  await expect(page.getByRole('heading', { level: 2, name: /What customer-centric means/ })).toBeVisible();
  await openAnswers(page);
  const result = page.getByTestId('console-result');
  await expect(result.locator('.ranked__item').first()).toBeVisible({ timeout: 12_000 });
  await expect(result.locator('.ranked__votes:not([aria-label="0 upvotes"])').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('console-answered')).toHaveText(/^[4-6] of 6 answered$/, { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/run-live-practice-statements.png`, fullPage: true });
  await closeAnswers(page);

  await room.getByRole('button', { name: 'Remove them' }).click();
  await expect(page.getByTestId('joined-count')).toHaveText('0');
  await expect(page.getByTestId('practice-count')).toHaveCount(0);
  await expect(room.getByRole('button', { name: 'Add 6 simulated participants' })).toBeVisible();
  await closeDevices([projector]);

  // Monday's rehearsal is over: its results must not reach Tuesday's plan.
  await endSession(page);
  // Under Prepare, the results say where they come from.
  await page.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(page, 'Centricity check');
  await expect(page.getByTestId('practice-notice')).toHaveText(
    'Includes practice answers: 6 of the 6 who answered are simulated.',
  );
  await page.getByTestId('practice-notice').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SHOTS}/prepare-centricity-practice.png` });
  await page.getByRole('link', { name: 'Run live' }).click();
  const strip = page.getByTestId('practice-results');
  await expect(strip).toContainText('2 activities hold answers of simulated participants');
  const startList = page.locator('.live-start__list');
  await expect(startList).toContainText('results saved, includes practice answers');
  await strip.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/run-live-clear-practice.png` });
  // Read by everyone in the room: contrast and names as for the rest of Run live.
  const { violations: stripViolations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('[data-testid="practice-results"]')
    .analyze();
  expect(stripViolations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await strip.getByRole('button', { name: 'Clear practice results' }).click();
  const confirm = page.getByRole('dialog', { name: 'Clear practice results?' });
  await expect(confirm).toContainText(
    'Removes the results of 2 activities with answers of simulated participants',
  );
  await expect(confirm).toContainText('Undo (Ctrl+Z) brings everything back.');
  await page.screenshot({ path: `${SHOTS}/run-live-clear-practice-confirm.png` });
  await confirm.getByRole('button', { name: 'Clear practice results' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Practice results cleared from 2 activities.')).toBeVisible();
  await expect(strip).toHaveCount(0);
  await expect(startList).not.toContainText('results saved');

  // Back on Run live the console reconnects and the hub replays the closed results: they stay out.
  await page.getByRole('link', { name: 'Prepare' }).click();
  await page.getByRole('link', { name: 'Run live' }).click();
  await expect(page.getByRole('heading', { name: 'Run it live again' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(startList).not.toContainText('results saved');
  await expect(strip).toHaveCount(0);

  // Undo brings them back, marked.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(strip).toContainText('2 activities hold answers');
  await expect(startList).toContainText('results saved, includes practice answers');

  // Starting again on them asks first; keeping them starts the session as it is.
  await page.getByRole('button', { name: 'Start live session' }).click();
  const ask = page.getByRole('dialog', { name: 'This workshop holds practice results: clear them first?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('join-code')).toHaveCount(0);
});

/** A workshop file rehearsed with six simulated participants: three cards voted on, the board saved, one card moved. */
function rehearsedWorkshopFile(): Buffer {
  const exercise = {
    ...newPushPull(),
    cards: ['Loyalty app', 'Premium tier', 'Fax line'].map((title, i) => ({
      id: `c${i}`,
      title,
      description: '',
    })),
  };
  const workshop = { ...newWorkshop('Rehearsed board'), agenda: [exercise] };
  const spec = activitiesOf(exercise, workshop)[0]!;
  const answers = (['push', 'pull', 'push'] as const).flatMap((value, card) =>
    [0, 1, 2, 3, 4, 5].map((p) => ({ participantId: `p${p}`, itemId: `c${card}`, value, at: p })),
  );
  workshop.results[spec.id] = {
    activityId: spec.id,
    kind: spec.kind,
    closedAt: 1,
    participants: 6,
    answered: 6,
    practice: 6,
    tally: tallyCardClassification(spec.config as CardClassificationConfig, answers),
  };
  // Saved as the votes placed them, then Fax line moved by hand from Push to Pull.
  exercise.placements = { c0: 'push', c1: 'pull', c2: 'pull' };
  exercise.splits = {
    c0: { push: 6, pull: 0, unsure: 0 },
    c1: { push: 0, pull: 6, unsure: 0 },
    c2: { push: 6, pull: 0, unsure: 0 },
  };
  return Buffer.from(writeWorkshopFile(workshop));
}

async function openBoard(page: Page) {
  await page.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(page, 'Product push');
  await page.getByRole('button', { name: 'Open the board' }).click();
}

test('a rehearsed workshop: the board and the plan say so until the practice results are cleared', async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await importWorkshop(page, {
    name: 'rehearsed.outside-in.json',
    mimeType: 'application/json',
    buffer: rehearsedWorkshopFile(),
  });
  await page.getByRole('link', { name: 'Rehearsed board' }).click();

  await openBoard(page);
  const board = page.getByRole('dialog', { name: /board/ });
  await expect(board.getByTestId('practice-notice')).toHaveText(
    'Includes practice answers: 6 of the 6 who answered are simulated.',
  );
  await expectLanes(page, { push: ['Loyalty app'], pull: ['Premium tier', 'Fax line'] });
  await page.screenshot({ path: `${SHOTS}/board-practice-notice.png` });
  const axe = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .include('[data-testid="practice-notice"]')
        .analyze()
    ).violations.map((v) => `${v.id}: ${v.help}`);
  expect(await axe()).toEqual([]);
  await board.getByRole('button', { name: /Close the board/ }).click();

  await page.getByRole('link', { name: 'Action plan' }).click();
  await expect(page.getByTestId('practice-notice').first()).toContainText(
    'Includes practice answers: the PDF marks the push/pull votes as simulated.',
  );
  await page.screenshot({ path: `${SHOTS}/plan-practice.png` });
  expect(await axe()).toEqual([]);

  await page.getByRole('link', { name: 'Run live' }).click();
  await page.getByRole('button', { name: 'Clear practice results' }).click();
  const confirm = page.getByRole('dialog', { name: 'Clear practice results?' });
  await expect(confirm).toContainText(
    'Board placements, decisions and merges made only from them go too (2).',
  );
  await expect(confirm).toContainText('The 1 you moved by hand or gave a note stay.');
  await confirm.getByRole('button', { name: 'Clear practice results' }).click();

  // The hand placement stays; the cards that only followed the practice votes wait for the room.
  await openBoard(page);
  await expect(board.getByTestId('practice-notice')).toHaveCount(0);
  await expectLanes(page, { unsorted: ['Loyalty app', 'Premium tier'], push: [], pull: ['Fax line'] });
  await page.screenshot({ path: `${SHOTS}/board-after-clear.png` });
  await board.getByRole('button', { name: /Close the board/ }).click();
  await page.getByRole('link', { name: 'Action plan' }).click();
  await expect(page.getByRole('heading', { name: 'Continuum action plan' })).toBeVisible();
  await expect(page.getByTestId('practice-notice')).toHaveCount(0);
});
