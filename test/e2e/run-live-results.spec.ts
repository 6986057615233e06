import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { StoredAnswer } from '../../shared/activities/kind';
import { tallyJourneyHeatmap, type JourneyHeatmapConfig } from '../../shared/activities/journeyHeatmap';
import { tallyMultipleChoice, type MultipleChoiceConfig } from '../../shared/activities/multipleChoice';
import {
  statementItem,
  tallyOpenText,
  upvoteItem,
  type OpenTextConfig,
  type OpenTextValue,
} from '../../shared/activities/openText';
import { tallyScalePoll, type ScalePollConfig } from '../../shared/activities/scalePoll';
import { activitiesOf } from '../../shared/exercises/activities';
import type { ActivitySpec } from '../../shared/exercises/common';
import { writeWorkshopFile } from '../../shared/workshop/file';
import { newWorkshop, type Workshop } from '../../shared/workshop/schema';
import { importWorkshop, openConsole } from './support/console';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/run-live-shots';

/** Stores `tally` as the closed result of `spec`, as the console does when an activity closes. */
function store(workshop: Workshop, spec: ActivitySpec, answered: number, tally: unknown) {
  workshop.results[spec.id] = {
    activityId: spec.id,
    kind: spec.kind,
    closedAt: 1_700_000_000_000,
    participants: 3,
    answered,
    tally,
  };
}

const answers = <V>(list: [string, string, V][]): StoredAnswer<V>[] =>
  list.map(([participantId, itemId, value], at) => ({ participantId, itemId, value, at }));

/** The usual agenda after a morning live: the check, the definition and the journey have results. */
function workshopFile(): Buffer {
  const workshop = newWorkshop('Results day');
  const [check, definition, journey] = workshop.agenda;
  const [questions, departments] = activitiesOf(check!, workshop) as [ActivitySpec, ActivitySpec];
  const poll = questions.config as ScalePollConfig;
  const scores = [4, 2, 3, 1];
  store(
    workshop,
    questions,
    3,
    tallyScalePoll(
      poll,
      answers(
        ['a', 'b', 'c'].flatMap((p, n) =>
          poll.items.map((item, i): [string, string, number] => [
            p,
            item.id,
            Math.max(1, scores[i]! + n - 1),
          ]),
        ),
      ),
    ),
  );
  const options = (departments.config as MultipleChoiceConfig).options;
  store(
    workshop,
    departments,
    3,
    tallyMultipleChoice(
      departments.config as MultipleChoiceConfig,
      answers([
        ['a', 'departments', [options[0]!.id, options[1]!.id]],
        ['b', 'departments', [options[0]!.id]],
        ['c', 'departments', [options[1]!.id]],
      ]),
    ),
  );
  const statements = activitiesOf(definition!, workshop)[0]!;
  store(
    workshop,
    statements,
    3,
    tallyOpenText(
      statements.config as OpenTextConfig,
      answers<OpenTextValue>([
        ['a', statementItem('s1'), { list: 'means', text: 'Everyone learns from customers every week' }],
        ['b', statementItem('s2'), { list: 'means', text: 'We act on what customers tell us' }],
        ['c', statementItem('s3'), { list: 'not-means', text: 'Saying yes to every request' }],
        ['b', upvoteItem('s1'), true],
        ['c', upvoteItem('s1'), true],
      ]),
    ),
  );
  const heatmap = activitiesOf(journey!, workshop)[0]!;
  const stages = (heatmap.config as JourneyHeatmapConfig).stages;
  store(
    workshop,
    heatmap,
    2,
    tallyJourneyHeatmap(
      heatmap.config as JourneyHeatmapConfig,
      answers([
        ['a', stages[2]!.id, { time: 3, worry: 2, effort: 3, money: 1 }],
        ['b', stages[2]!.id, { time: 3, worry: 1, effort: 2, money: 0 }],
        ['a', stages[5]!.id, { time: 1, worry: 3, effort: 1, money: 0 }],
      ]),
    ),
  );
  return Buffer.from(writeWorkshopFile(workshop));
}

test('Run live: after a session, centricity results, definition curation and journey hot spots open from the summary', async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openConsole(page);
  await importWorkshop(page, {
    name: 'results-day.outside-in.json',
    mimeType: 'application/json',
    buffer: workshopFile(),
  });
  await page.getByRole('link', { name: 'Results day' }).click();
  await page.getByRole('link', { name: 'Run live' }).click();

  const summary = page.getByTestId('session-summary');
  await expect(summary.getByRole('heading', { name: 'Results to finish' })).toBeVisible();
  const row = (name: string) => summary.getByRole('listitem', { name });
  await expect(row('Product push or customer pull?')).toContainText(
    'No cards to sort: add them under Prepare.',
  );
  await expect(row('Centricity check')).toContainText('3 people answered');

  // Centricity results: the room's scores per question.
  await row('Centricity check').getByRole('button', { name: 'Centricity results' }).click();
  const centricity = page.getByRole('dialog', { name: 'Centricity check — results' });
  await expect(centricity.getByTestId('question-mean')).toHaveText([
    '4.0 / 5',
    '2.0 / 5',
    '3.0 / 5',
    '1.3 / 5',
  ]);
  await expect(centricity.getByText('Department contact map')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/run-live-centricity-results.png` });
  await page.keyboard.press('Escape');
  await expect(centricity).toBeHidden();

  // Definition: the room's statements, and a top one inserted into the team's definition.
  const definitionRow = row('What customer-centric means — and does not mean');
  await expect(definitionRow).toContainText('3 statements · definition not written yet');
  await definitionRow.getByRole('button', { name: 'Curate definition' }).click();
  const definition = page.getByRole('dialog', { name: /— definition$/ });
  await expect(definition.getByText('3 from 3 people')).toBeVisible();
  await definition
    .getByRole('button', { name: 'Insert “Everyone learns from customers every week”' })
    .click();
  await expect(definition.getByRole('textbox', { name: 'Customer-centric means' })).toHaveValue(
    /Everyone learns from customers every week/,
  );
  await page.screenshot({ path: `${SHOTS}/run-live-definition.png` });
  await definition.getByRole('button', { name: /^Close/ }).click();
  await expect(definitionRow).toContainText('3 statements · definition written');

  // Journey hot spots: the heaviest cell becomes an initiative candidate.
  await row('Customer-burden journey').getByRole('button', { name: 'Journey hot spots' }).click();
  const journey = page.getByRole('dialog', { name: /— hot spots$/ });
  const hotSpots = journey.getByRole('list', { name: 'Heaviest burdens' });
  await expect(hotSpots.getByRole('listitem').first()).toContainText('3.0');
  await hotSpots.getByRole('button', { name: 'Make an initiative: Cut the time at “Buy”' }).click();
  await expect(page.getByText('Added to the initiatives: Cut the time at “Buy”')).toBeVisible();
  await expect(hotSpots.getByRole('listitem').first()).toContainText('Initiative ✓');
  await page.screenshot({ path: `${SHOTS}/run-live-journey.png` });
  await page.keyboard.press('Escape');
  await expect(journey).toBeHidden();

  // All of it is in the workshop: after a reload the definition and the initiative are still there.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(definitionRow).toContainText('definition written');
  await row('Customer-burden journey').getByRole('button', { name: 'Journey hot spots' }).click();
  await expect(hotSpots.getByRole('listitem').first()).toContainText('Initiative ✓');
});
