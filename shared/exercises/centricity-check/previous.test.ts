import { describe, expect, it } from 'vitest';
import { scalePoll, tallyScalePoll, type ScalePollConfig } from '../../activities/scalePoll';
import { MAX_FRAME_BYTES, parseClientMessage } from '../../protocol';
import { duplicateWorkshop, findExercise, newWorkshop, type Workshop } from '../../workshop/schema';
import { activitiesOf } from '../activities';
import type { CentricityCheck } from './schema';
import { previousCentricityScores, withPreviousCentricityScores } from './previous';
import type { ActivitySpec } from '../common';

const check = (w: Workshop) => findExercise(w, 'centricity-check')!;
const pollOf = (w: Workshop) => activitiesOf(check(w), w)[0]!;

/**
 * A workshop of `organisation` on `date`; with `ratings` (one row per participant, one value per
 * question, null = skipped) its check has a stored result.
 */
function workshopWith(
  name: string,
  date: string,
  ratings: Array<Array<number | null>> | null,
  options: { organisation?: string; from?: Workshop } = {},
): Workshop {
  const workshop = options.from ? { ...duplicateWorkshop(options.from), name } : newWorkshop(name, 1_000);
  workshop.organisation = options.organisation ?? 'Acme Insurance';
  workshop.date = date;
  workshop.results = {};
  if (ratings) {
    const spec = pollOf(workshop);
    const config = spec.config as ScalePollConfig;
    const answers = ratings.flatMap((row, p) =>
      row.flatMap((value, q) =>
        value === null ? [] : [{ participantId: `p${p}`, itemId: config.items[q]!.id, value, at: p }],
      ),
    );
    workshop.results[spec.id] = {
      activityId: spec.id,
      kind: 'scale-poll',
      closedAt: 1,
      participants: ratings.length,
      answered: ratings.length,
      tally: tallyScalePoll(config, answers),
    };
  }
  return workshop;
}

/** A new workshop of the same organisation, made from the earlier one so question ids match. */
function nextOf(earlier: Workshop, date: string, organisation = earlier.organisation): Workshop {
  return workshopWith('Now', date, null, { from: earlier, organisation });
}

/** The previous average per question, in the check's question order (undefined: none). */
function previousMeans(now: Workshop, library: Workshop[]) {
  const found = previousCentricityScores(now, check(now).id, library);
  return check(now).questions.map((q) => found.get(q.id)?.mean);
}

describe('previousCentricityScores', () => {
  it('takes the most recent earlier workshop of the same organisation, with its count, date and name', () => {
    const spring = workshopWith('Spring', '2025-04-01', [[1, 1, 1, 1]]);
    const autumn = workshopWith(
      'Autumn',
      '2025-10-01',
      [
        [3, 2, 2, 2],
        [2, 2, 2, 2],
      ],
      { from: spring },
    );
    const now = nextOf(autumn, '2026-03-12');
    const later = workshopWith('Next year', '2027-01-01', [[5, 5, 5, 5]], { from: spring });
    expect(previousMeans(now, [later, spring, autumn])).toEqual([2.5, 2, 2, 2]);
    expect(
      previousCentricityScores(now, check(now).id, [spring, autumn]).get(check(now).questions[0]!.id),
    ).toEqual({ mean: 2.5, count: 2, date: '2025-10-01', workshopName: 'Autumn' });
  });

  it('ignores other organisations, even when they ran the check more recently', () => {
    const ours = workshopWith('Ours', '2025-01-01', [[2, 2, 2, 2]]);
    const theirs = workshopWith('Theirs', '2025-12-01', [[5, 5, 5, 5]], {
      from: ours,
      organisation: 'Globex',
    });
    expect(previousMeans(nextOf(ours, '2026-01-01'), [ours, theirs])).toEqual([2, 2, 2, 2]);
    // Without an organisation there is nobody to compare with.
    const anonymous = nextOf(ours, '2026-01-01', '');
    expect(previousMeans(anonymous, [{ ...ours, organisation: '' }])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('per question, skips an earlier workshop that stored no score for it', () => {
    const spring = workshopWith('Spring', '2025-04-01', [[1, 1, 1, 1]]);
    // In autumn nobody rated the last two questions.
    const autumn = workshopWith('Autumn', '2025-10-01', [[3, 3, null, null]], { from: spring });
    const found = previousCentricityScores(nextOf(spring, '2026-01-01'), check(spring).id, [spring, autumn]);
    const ids = check(spring).questions.map((q) => q.id);
    expect(ids.map((id) => found.get(id)?.workshopName)).toEqual(['Autumn', 'Autumn', 'Spring', 'Spring']);
    expect(ids.map((id) => found.get(id)?.mean)).toEqual([3, 3, 1, 1]);
  });

  it('matches questions by id, whatever their order; a new question gets nothing', () => {
    const before = workshopWith('Before', '2025-01-01', [[1, 2, 3, 4]]);
    const now = nextOf(before, '2026-01-01');
    const exercise = check(now);
    const [a, b, c, d] = exercise.questions;
    // Reordered and reworded: only the ids still match.
    exercise.questions = [d!, c!, b!, a!]
      .map((q) => ({ ...q, text: `${q.text} (reworded)` }))
      .concat({ id: 'new-question', text: 'We reward staff for what customers say.' });
    expect(previousMeans(now, [before])).toEqual([4, 3, 2, 1, undefined]);
  });

  it('gives nothing when the organisation has no earlier scores (only this workshop’s own)', () => {
    const notRun = workshopWith('Planned only', '2025-06-01', null);
    const now = workshopWith('Now', '2026-01-01', [[4, 4, 4, 4]], { from: notRun });
    expect(previousCentricityScores(now, check(now).id, [notRun, now]).size).toBe(0);
  });
});

describe('withPreviousCentricityScores', () => {
  it('adds each question’s previous score to the check’s scale poll only; the hub’s schema keeps it', () => {
    const before = workshopWith('Before', '2025-01-01', [
      [2, 3, 4, 5],
      [3, 3, 4, 5],
    ]);
    const now = nextOf(before, '2026-01-01');
    const activities = activitiesOf(check(now), now);
    expect(activities.map((a) => a.kind)).toEqual(['scale-poll', 'multiple-choice']);
    const enriched = withPreviousCentricityScores(now, activities, [before]);
    const config = scalePoll.configSchema.parse(enriched[0]!.config);
    expect(config.items.map((i) => i.previous?.mean)).toEqual([2.5, 3, 4, 5]);
    expect(config.items.map((i) => i.label)).toEqual(check(now).questions.map((q) => q.text));
    expect(enriched[1]).toBe(activities[1]);
    // The workshop's own specs are not changed.
    expect((activities[0]!.config as ScalePollConfig).items[0]!.previous).toBeUndefined();
  });

  it('leaves every activity as it was without history', () => {
    const now = workshopWith('Now', '2026-01-01', null);
    const activities = activitiesOf(check(now), now);
    expect(withPreviousCentricityScores(now, activities, [])).toEqual(activities);
  });

  it('leaves out a stored score that would not pass the kind’s schema instead of breaking the start', () => {
    const before = workshopWith('Before', '2025-01-01', [[2, 2, 2, 2]]);
    const spec = pollOf(before);
    // A damaged stored tally: an average off the 1–5 scale for the first question.
    const tally = structuredClone(before.results[spec.id]!.tally) as { items: Array<{ mean: number }> };
    tally.items[0]!.mean = 9;
    before.results[spec.id] = { ...before.results[spec.id]!, tally };
    const now = nextOf(before, '2026-01-01');
    const [enriched] = withPreviousCentricityScores(now, activitiesOf(check(now), now), [before]);
    const parsed = scalePoll.configSchema.safeParse(enriched!.config);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.items.map((i) => i.previous?.mean)).toEqual([undefined, 2, 2, 2]);
  });

  it('keeps the start-session message of the largest check well inside the hub’s frame limit', () => {
    const longName = 'N'.repeat(120);
    const before = workshopWith(longName, '2025-01-01', null);
    const exercise = check(before) as CentricityCheck;
    exercise.questions = Array.from({ length: 12 }, (_, i) => ({
      id: `q${i}-${'x'.repeat(58)}`,
      text: 'Q'.repeat(300),
    }));
    const spec = pollOf(before);
    const config = spec.config as ScalePollConfig;
    before.results[spec.id] = {
      activityId: spec.id,
      kind: 'scale-poll',
      closedAt: 1,
      participants: 1,
      answered: 12,
      tally: tallyScalePoll(
        config,
        config.items.map((item) => ({ participantId: 'p', itemId: item.id, value: 3, at: 1 })),
      ),
    };
    const now = { ...nextOf(before, '2026-01-01'), name: longName };
    const plain: ActivitySpec[] = activitiesOf(check(now), now);
    const enriched = withPreviousCentricityScores(now, plain, [before]);
    const frame = (activities: ActivitySpec[]) =>
      JSON.stringify({
        type: 'control',
        control: { action: 'start-session', workshopId: now.id, workshopName: now.name, activities },
      });
    const parsed = parseClientMessage(frame(enriched));
    expect(parsed.ok).toBe(true);
    const added =
      new TextEncoder().encode(frame(enriched)).length - new TextEncoder().encode(frame(plain)).length;
    expect(scalePoll.configSchema.parse(enriched[0]!.config).items[11]!.previous?.count).toBe(1);
    // Twelve previous scores with the longest workshop name: about 2 KB of the 64 KiB frame.
    console.log('added', added, frame(enriched).length);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(12 * 250);
    expect(added).toBeLessThan(MAX_FRAME_BYTES / 20);
  });
});
