import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, liveActivity, openAgendaItem, openConsole } from './support/console';
import { openPhones } from './support/phone';
import {
  closeAnswers,
  closeDevices,
  endSession,
  openAnswers,
  openProjector,
  startSession,
} from './support/session';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/journey-shots';

type Ratings = [time: number, worry: number, effort: number, money: number];

/** On a phone: jump to a stage with the step buttons and rate its four burdens. */
async function rateStage(phone: Page, stage: string, ratings: Ratings) {
  await phone
    .getByRole('list', { name: 'Stages' })
    .getByRole('button', { name: new RegExp(`^${stage}`) })
    .click();
  await expect(phone.getByRole('heading', { level: 2 })).toHaveText(stage);
  const burdens = ['Time', 'Worry', 'Effort', 'Money'];
  for (const [i, burden] of burdens.entries()) {
    await phone
      .getByRole('radiogroup', { name: burden })
      .getByRole('radio', { name: new RegExp(`^${burden}: ${ratings[i]},`) })
      .click();
  }
  await expect(phone.getByText('Answer received ✓')).toBeVisible();
}

test('the burden journey: phones rate stages, the heatmap shows means and counts, a cell becomes an initiative', async ({
  browser,
  page: console_,
}) => {
  await openConsole(console_);
  await createWorkshop(console_, 'Journey day');

  // Prepare: the journey keeps "before purchase" stages before "after purchase" ones.
  await openAgendaItem(console_, 'Customer-burden journey');
  await expect(console_.getByLabel('The journey in order')).toHaveText(
    /Before purchase\s*Discover\s*→\s*Choose\s*→\s*Buy\s*After purchase\s*Start\s*→\s*Use\s*→\s*Get help\s*→\s*Renew/,
  );
  await expect(console_.getByText('No ratings yet: run the exercise live.')).toBeVisible();

  const { code, joinUrl } = await startSession(console_);
  await liveActivity(console_, /Customer-burden journey/).click();
  await expect(console_.getByRole('heading', { level: 2, name: 'Customer-burden journey' })).toBeVisible();

  const { page: projector, context: projectorContext } = await openProjector(browser, code);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Customer-burden journey');

  const phones = await openPhones(browser, joinUrl, 3);
  await expect(console_.getByTestId('joined-count')).toHaveText('3');
  await openAnswers(console_);

  // Each phone starts at the first stage and shows where it is in the journey.
  const [a, b, c] = phones.map((p) => p.page) as [Page, Page, Page];
  await expect(a.getByText('Stage 1 of 7')).toBeVisible();
  await expect(a.getByRole('heading', { level: 2 })).toHaveText('Discover');
  await a
    .getByRole('radiogroup', { name: 'Time' })
    .getByRole('radio', { name: /^Time: 1,/ })
    .click();
  await expect(a.getByText('Rate all four to send this stage.')).toBeVisible();
  await a.screenshot({ path: `${SHOTS}/phone-journey-stage.png` });

  await rateStage(a, 'Get help', [2, 3, 2, 0]);
  await rateStage(b, 'Get help', [3, 3, 1, 0]);
  await rateStage(c, 'Get help', [1, 2, 3, 1]);
  await rateStage(a, 'Buy', [0, 1, 1, 3]);
  await rateStage(b, 'Buy', [1, 0, 0, 2]);
  // A rated stage is ticked in the progress steps.
  await expect(a.getByRole('button', { name: 'Get help, rated' })).toBeVisible();
  await expect(a.getByRole('button', { name: 'Buy, rated' })).toBeVisible();

  // Changing one burden of a rated stage replaces that phone's answer.
  await c
    .getByRole('radiogroup', { name: 'Money' })
    .getByRole('radio', { name: /^Money: 0,/ })
    .click();
  await expect(
    c.getByRole('radiogroup', { name: 'Money' }).getByRole('radio', { name: /^Money: 0,/ }),
  ).toHaveAttribute('aria-checked', 'true');

  // Console: means with counts, on the cells.
  const result = console_.getByTestId('console-result');
  await expect(result.getByLabel('Worry at Get help: 2.7 of 3, 3 ratings')).toBeVisible();
  await expect(result.getByLabel('Money at Get help: 0.0 of 3, 3 ratings')).toBeVisible();
  await expect(result.getByLabel('Money at Buy: 2.5 of 3, 2 ratings')).toBeVisible();
  await expect(result.getByLabel('Time at Discover: no ratings')).toBeVisible();

  // Projector: only once revealed; the heaviest burdens are numbered and named.
  await expect(projector.getByTestId('projector-result')).toHaveCount(0);
  await console_.getByRole('button', { name: /Show results on projector/ }).click();
  const projected = projector.getByTestId('projector-result');
  await expect(projected.getByLabel('Worry at Get help: 2.7 of 3, 3 ratings')).toBeVisible();
  await expect(
    projected.getByRole('list', { name: 'Heaviest burdens' }).getByRole('listitem').first(),
  ).toHaveText('Worry at Get help 2.7');
  await projector.screenshot({ path: `${SHOTS}/projector-journey.png` });

  await closeAnswers(console_);
  await expect(liveActivity(console_, /Customer-burden journey.*Results saved/)).toBeVisible();
  await expect(a.getByText('Answers are closed')).toBeVisible();
  await a.getByRole('list', { name: 'Stages' }).getByRole('button', { name: 'Renew' }).click();
  await a.getByRole('button', { name: 'Done' }).click();
  await expect(a.getByText('You rated 2 of 7 stages.')).toBeVisible();
  await a.screenshot({ path: `${SHOTS}/phone-journey-done.png` });
  await endSession(console_);
  await expect(b.getByText('This session has ended')).toBeVisible();

  // Back in Prepare: the stored heatmap, and one click turns a cell into an initiative.
  await console_.getByRole('link', { name: 'Prepare' }).click();
  await openAgendaItem(console_, 'Customer-burden journey');
  const heatmap = console_.getByRole('region', { name: 'Burden heatmap' });
  const cells = heatmap.getByRole('table');
  const worry = cells.getByRole('button', { name: 'Make an initiative: Cut the worry at “Get help”' });
  await expect(worry).toContainText('2.7');
  await expect(worry).toContainText('3 rated');
  await worry.click();
  const added = cells.getByRole('button', { name: 'Cut the worry at “Get help”: already an initiative' });
  await expect(added).toContainText('Initiative ✓');
  await expect(added).toHaveAttribute('aria-pressed', 'true');
  await expect(console_.getByText('Added to the initiatives: Cut the worry at “Get help”')).toBeVisible();
  // From the list of heaviest burdens too.
  await heatmap.getByRole('button', { name: 'Make an initiative: Cut the money at “Buy”' }).last().click();
  await expect(
    heatmap.getByRole('button', { name: 'Cut the money at “Buy”: already an initiative' }),
  ).toBeVisible();
  // A second click does not add it twice.
  await added.click();
  await expect(console_.getByText('Already an initiative: Cut the worry at “Get help”')).toBeVisible();
  await console_.mouse.move(0, 0);
  await heatmap.scrollIntoViewIfNeeded();
  await console_.screenshot({ path: `${SHOTS}/console-journey.png` });

  // The initiatives are in the workshop after a reload, once each.
  await console_.reload();
  await openAgendaItem(console_, 'Continuum action plan');
  const plan = console_.getByRole('article', { name: /Edit Continuum action plan/ });
  await expect(plan.getByRole('listitem').filter({ hasText: 'Cut the worry at “Get help”' })).toHaveCount(1);
  await expect(plan.getByRole('listitem').filter({ hasText: 'Cut the money at “Buy”' })).toHaveCount(1);

  await closeDevices(phones);
  await projectorContext.close();
});
