import { describe, expect, it } from 'vitest';
import { tallyMultipleChoice } from '../../activities/multipleChoice';
import { tallyScalePoll, type ScalePollConfig } from '../../activities/scalePoll';
import type { ActivityResult } from '../../workshop/results';
import { duplicateWorkshop, findExercise, newWorkshop, type Workshop } from '../../workshop/schema';
import { activitiesOf } from '../activities';
import { departmentContactMap } from './departments';
import { centricityHistory } from './history';

/** A workshop whose check was answered with these ratings per question (one array per participant). */
function workshopWith(
  name: string,
  date: string,
  ratings: number[][] | null,
  options: { organisation?: string; createdAt?: number; from?: Workshop } = {},
): Workshop {
  const workshop = options.from
    ? { ...duplicateWorkshop(options.from), name }
    : newWorkshop(name, options.createdAt ?? 1_700_000_000_000);
  workshop.organisation = options.organisation ?? 'Acme Insurance';
  workshop.date = date;
  if (options.createdAt) workshop.createdAt = options.createdAt;
  workshop.results = {};
  if (ratings) {
    const check = findExercise(workshop, 'centricity-check')!;
    const [spec] = activitiesOf(check, workshop);
    const config = spec!.config as ScalePollConfig;
    const answers = ratings.flatMap((row, p) =>
      row.map((value, q) => ({ participantId: `p${p}`, itemId: config.items[q]!.id, value, at: p })),
    );
    const result: ActivityResult = {
      activityId: spec!.id,
      kind: 'scale-poll',
      closedAt: 1,
      participants: ratings.length,
      answered: ratings.length,
      tally: tallyScalePoll(config, answers),
    };
    workshop.results[spec!.id] = result;
  }
  return workshop;
}

const means = (history: ReturnType<typeof centricityHistory>, q = 0) =>
  history.questions[q]!.points.map((p) => [p.workshopName, p.mean]);

describe('centricityHistory', () => {
  it('puts the organisation’s earlier workshops in date order, this one last', () => {
    const spring = workshopWith('Spring', '2025-04-01', [
      [2, 1, 1, 1],
      [2, 1, 1, 1],
    ]);
    const autumn = workshopWith('Autumn', '2025-10-01', [
      [3, 2, 2, 2],
      [4, 2, 2, 2],
    ]);
    const now = workshopWith('Now', '2026-03-01', [
      [4, 3, 3, 3],
      [5, 3, 3, 3],
    ]);
    const history = centricityHistory(now, findExercise(now, 'centricity-check')!.id, [now, autumn, spring]);
    expect(means(history)).toEqual([
      ['Spring', 2],
      ['Autumn', 3.5],
      ['Now', 4.5],
    ]);
    expect(history.questions[0]!.points.map((p) => p.current)).toEqual([false, false, true]);
    expect(history.questions[0]!.change).toBe(1);
    expect(history.earlier.map((e) => e.workshopName)).toEqual(['Spring', 'Autumn']);
  });

  it('skips workshops without results, other organisations and later workshops', () => {
    const notRun = workshopWith('Planned only', '2025-06-01', null);
    const other = workshopWith('Other company', '2025-06-01', [[1, 1, 1, 1]], { organisation: 'Globex' });
    const later = workshopWith('Next year', '2027-01-01', [[5, 5, 5, 5]]);
    const before = workshopWith('Before', '2025-01-01', [[3, 3, 3, 3]]);
    const now = workshopWith('Now', '2026-03-01', [[4, 4, 4, 4]]);
    const history = centricityHistory(now, findExercise(now, 'centricity-check')!.id, [
      notRun,
      other,
      later,
      before,
      now,
    ]);
    expect(means(history)).toEqual([
      ['Before', 3],
      ['Now', 4],
    ]);
    expect(history.earlier.map((e) => e.workshopName)).toEqual(['Before']);
  });

  it('leaves out an earlier rehearsal (practice answers) but keeps this workshop’s own scores', () => {
    const before = workshopWith('Before', '2025-01-01', [[3, 3, 3, 3]]);
    const rehearsal = workshopWith('Rehearsal', '2025-06-01', [[1, 1, 1, 1]]);
    for (const result of Object.values(rehearsal.results)) result.practice = 1;
    const now = workshopWith('Now', '2026-03-01', [[4, 4, 4, 4]]);
    for (const result of Object.values(now.results)) result.practice = 1;
    const history = centricityHistory(now, findExercise(now, 'centricity-check')!.id, [
      before,
      rehearsal,
      now,
    ]);
    expect(means(history)).toEqual([
      ['Before', 3],
      ['Now', 4],
    ]);
  });

  it('matches questions by id in a duplicated workshop and by wording in a new one', () => {
    const first = workshopWith('First', '2025-01-01', [[1, 2, 3, 4]]);
    const copy = workshopWith('Copy', '2025-06-01', [[2, 3, 4, 5]], { from: first });
    copy.agenda = copy.agenda.map((e) =>
      e.type === 'centricity-check'
        ? { ...e, questions: e.questions.map((q) => ({ ...q, text: `${q.text} (reworded)` })) }
        : e,
    );
    const fresh = workshopWith('Fresh', '2026-01-01', [[3, 3, 3, 3]]);
    const fromCopy = centricityHistory(copy, findExercise(copy, 'centricity-check')!.id, [first]);
    expect(means(fromCopy, 3)).toEqual([
      ['First', 4],
      ['Copy', 5],
    ]);
    // The fresh workshop has new ids and the template's wording: it matches First, not the reworded Copy.
    const fromFresh = centricityHistory(fresh, findExercise(fresh, 'centricity-check')!.id, [first, copy]);
    expect(means(fromFresh, 1)).toEqual([
      ['First', 2],
      ['Fresh', 3],
    ]);
  });

  it('orders two workshops on the same day by when they were made, and undated ones by creation day', () => {
    const morning = workshopWith('Morning', '2026-03-01', [[2, 2, 2, 2]], { createdAt: 1_000 });
    const afternoon = workshopWith('Afternoon', '2026-03-01', [[3, 3, 3, 3]], { createdAt: 2_000 });
    const undated = workshopWith('Undated', '', [[1, 1, 1, 1]], { createdAt: Date.UTC(2020, 5, 1) });
    const history = centricityHistory(afternoon, findExercise(afternoon, 'centricity-check')!.id, [
      afternoon,
      morning,
      undated,
    ]);
    expect(means(history)).toEqual([
      ['Undated', 1],
      ['Morning', 2],
      ['Afternoon', 3],
    ]);
  });

  it('has no history without an organisation, and no change without a score now', () => {
    const before = workshopWith('Before', '2025-01-01', [[3, 3, 3, 3]], { organisation: '' });
    const now = workshopWith('Now', '2026-01-01', null, { organisation: '' });
    expect(centricityHistory(now, findExercise(now, 'centricity-check')!.id, [before]).earlier).toEqual([]);
    const named = workshopWith('Named', '2026-01-01', null);
    const old = workshopWith('Old', '2025-01-01', [[3, 3, 3, 3]]);
    const history = centricityHistory(named, findExercise(named, 'centricity-check')!.id, [old]);
    expect(means(history)).toEqual([['Old', 3]]);
    expect(history.questions[0]!.change).toBeNull();
  });
});

describe('departmentContactMap', () => {
  it('counts ticks per department in the exercise’s order, with shares of those who answered', () => {
    const workshop = workshopWith('Now', '2026-01-01', null);
    const check = findExercise(workshop, 'centricity-check')!;
    const [, spec] = activitiesOf(check, workshop);
    const config = spec!.config as Parameters<typeof tallyMultipleChoice>[0];
    const ticks = [['sales', 'service'], ['sales'], ['sales', 'it'], []];
    workshop.results[spec!.id] = {
      activityId: spec!.id,
      kind: 'multiple-choice',
      closedAt: 1,
      participants: 4,
      answered: 4,
      tally: tallyMultipleChoice(
        config,
        ticks.map((value, p) => ({ participantId: `p${p}`, itemId: 'choice', value, at: p })),
      ),
    };
    const map = departmentContactMap(workshop, check.id)!;
    expect(map.respondents).toBe(4);
    expect(map.rows.map((r) => [r.name, r.count, r.share])).toEqual([
      ['IT', 1, 0.25],
      ['Finance', 0, 0],
      ['HR', 0, 0],
      ['Product / R&D', 0, 0],
      ['Sales', 3, 0.75],
      ['Service', 1, 0.25],
      ['Operations', 0, 0],
      ['Marketing', 0, 0],
    ]);
    const notRun = workshopWith('Not run', '', null);
    expect(departmentContactMap(notRun, findExercise(notRun, 'centricity-check')!.id)).toBeNull();
  });
});
