import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { workshopArbitrary } from '../../test/fixtures/workshopArbitrary';
import { tallyTwoAxisRating } from '../activities/twoAxisRating';
import { pushPullBoard, placeCard } from '../exercises/push-pull/board';
import { decideOffering, simplifyBoard } from '../exercises/simplify/board';
import { findResult } from '../plan/results';
import {
  clearPracticeResults,
  hasPracticeResults,
  includesPractice,
  practiceAnswers,
  practiceNote,
  practiceResultIds,
  practiceShare,
} from './practice';
import type { ActivityResult } from './results';
import { findExercise, type Workshop } from './schema';

/** The workshop with the results of these exercises marked as answered by `practice` simulated people. */
function practised(w: Workshop, exerciseIds: string[], practice?: number): Workshop {
  const results = Object.fromEntries(
    Object.entries(w.results).map(([id, r]) => [
      id,
      exerciseIds.includes(id.split(':')[0]!) ? { ...r, practice: practice ?? r.answered } : r,
    ]),
  );
  return { ...w, results };
}

describe('which results include practice answers', () => {
  it('counts practice answers only when there are some', () => {
    expect(practiceAnswers(undefined)).toBe(0);
    expect(practiceAnswers({})).toBe(0);
    expect(practiceAnswers({ practice: 0 })).toBe(0);
    expect(practiceAnswers({ practice: Number.NaN })).toBe(0);
    expect(practiceAnswers({ practice: 6 })).toBe(6);
    expect(includesPractice({ practice: 1 })).toBe(true);
    expect(includesPractice({ practice: 0 })).toBe(false);
    expect(practiceShare({ practice: 0, answered: 8 })).toBeNull();
    expect(practiceShare({ practice: 6, answered: 8 })).toEqual({ practice: 6, answered: 8 });
  });

  it('says how many of those who answered are simulated', () => {
    expect(practiceNote({ practice: 6, answered: 8 })).toBe(
      'Includes practice answers: 6 of the 8 who answered are simulated.',
    );
    expect(practiceNote({ practice: 1, answered: 1 })).toBe(
      'Includes practice answers: 1 of the 1 who answered is simulated.',
    );
  });

  it('lists practice results in agenda order, and none for a room of real phones', () => {
    const real = planWorkshop({ initiatives: 4 });
    expect(hasPracticeResults(real)).toBe(false);
    expect(practiceResultIds(real)).toEqual([]);

    const simplify = findExercise(real, 'simplify')!;
    const check = findExercise(real, 'centricity-check')!;
    const w = practised(real, [simplify.id, check.id]);
    expect(hasPracticeResults(w)).toBe(true);
    expect(practiceResultIds(w)).toEqual([
      `${check.id}:departments`,
      `${check.id}:questions`,
      `${simplify.id}:ratings`,
    ]);
  });

  it('tells the plan which result in use includes practice answers', () => {
    const real = planWorkshop({ initiatives: 2 });
    const journey = findExercise(real, 'burden-journey')!;
    expect(findResult(real, journey.id, 'journey-heatmap')!.practice).toBeNull();
    const w = practised(real, [journey.id], 5);
    expect(findResult(w, journey.id, 'journey-heatmap')!.practice).toEqual({ practice: 5, answered: 24 });
  });
});

describe('clearPracticeResults', () => {
  it('gives back the same workshop when nothing is practice: no change, no undo step', () => {
    const w = planWorkshop({ initiatives: 3 });
    const { workshop, summary } = clearPracticeResults(w);
    expect(workshop).toBe(w);
    expect(summary.activityIds).toEqual([]);
  });

  it('removes practice results whole and keeps the room’s own, the initiatives and untouched exercises', () => {
    const real = planWorkshop({ initiatives: 5 });
    const journey = findExercise(real, 'burden-journey')!;
    const check = findExercise(real, 'centricity-check')!;
    // A mixed activity: 3 of 24 simulated. Removed whole; the confirm says so.
    const w = practised(practised(real, [journey.id]), [check.id], 3);
    const { workshop, summary } = clearPracticeResults(w);

    expect(Object.keys(workshop.results).sort()).toEqual(
      Object.keys(real.results)
        .filter((id) => !id.startsWith(`${journey.id}:`) && !id.startsWith(`${check.id}:`))
        .sort(),
    );
    for (const [id, result] of Object.entries(workshop.results)) expect(result).toBe(w.results[id]);
    expect(workshop.initiatives).toBe(w.initiatives);
    expect(summary.exercises).toEqual([check.title, journey.title]);
    expect(summary.activityIds).toHaveLength(3);
    // Exercises with nothing made from practice are the same objects.
    for (const exercise of workshop.agenda)
      if (exercise.type !== 'burden-journey' && exercise.type !== 'centricity-check')
        expect(exercise).toBe(w.agenda.find((e) => e.id === exercise.id));
    expect(hasPracticeResults(workshop)).toBe(false);
  });

  it('push/pull: placements that only follow the practice votes go, the one moved by hand stays, vote snapshots go', () => {
    const real = planWorkshop({ initiatives: 0 });
    const exercise = findExercise(real, 'push-pull')!;
    const result = findResult(real, exercise.id, 'card-classification')!.tally;
    // As on the board: the votes place the cards, the facilitator saves, then moves one card elsewhere.
    const votes = pushPullBoard({ ...exercise, placements: {} }, result);
    const moved = votes.cards.find((c) => c.byVote !== null)!;
    const elsewhere = moved.byVote === 'push' ? 'pull' : 'push';
    let board = placeCard({ ...exercise, placements: {} }, result, null, null);
    board = placeCard(board, result, moved.card.id, elsewhere);
    expect(Object.keys(board.placements).length).toBe(votes.voted);
    expect(Object.keys(board.splits ?? {}).length).toBe(votes.voted);

    const w = practised({ ...real, agenda: real.agenda.map((e) => (e.id === exercise.id ? board : e)) }, [
      exercise.id,
    ]);
    const { workshop, summary } = clearPracticeResults(w);
    const after = findExercise(workshop, 'push-pull')!;
    expect(after.placements).toEqual({ [moved.card.id]: elsewhere });
    expect(after.splits).toBeUndefined();
    expect(after.cards).toBe(board.cards);
    expect(summary.followedVotes).toBe(votes.voted - 1);
    expect(summary.keptByHand).toBe(1);
    // The board now shows the hand placement and nothing from the practice votes.
    const shown = pushPullBoard(after, null);
    expect(shown.voted).toBe(0);
    expect(shown.places[elsewhere]).toEqual([moved.card.id]);
  });

  it('push/pull: a card placed without votes is the facilitator’s and stays', () => {
    const real = planWorkshop({ initiatives: 0 });
    const exercise = findExercise(real, 'push-pull')!;
    const w = practised(
      {
        ...real,
        agenda: real.agenda.map((e) =>
          e.id === exercise.id
            ? {
                ...exercise,
                cards: [...exercise.cards, { id: 'late', title: 'Added after the vote', description: '' }],
                placements: { late: 'pull' as const },
              }
            : e,
        ),
      },
      [exercise.id],
    );
    expect(findExercise(clearPracticeResults(w).workshop, 'push-pull')!.placements).toEqual({ late: 'pull' });
  });

  it('simplification: decisions as proposed go; moved or annotated ones stay', () => {
    const real = planWorkshop({ initiatives: 0 });
    const exercise = findExercise(real, 'simplify')!;
    const config = {
      items: exercise.offerings.map((o) => ({ id: o.id, label: o.name })),
      axes: { x: { label: 'Value', min: 1, max: 5 }, y: { label: 'Burden', min: 1, max: 5 } },
      basicsQuestion: false,
    };
    // off0 keep (high value, low burden), off1 retire, off2 simplify, off3 question.
    const at: Record<string, { x: number; y: number }> = {
      off0: { x: 5, y: 1 },
      off1: { x: 1, y: 5 },
      off2: { x: 5, y: 5 },
      off3: { x: 1, y: 1 },
    };
    const tally = tallyTwoAxisRating(
      config,
      config.items.map((item, k) => ({ participantId: 'p', itemId: item.id, value: at[item.id]!, at: k })),
    );
    const rated: ActivityResult = { ...real.results[`${exercise.id}:ratings`]!, tally, practice: 1 };
    const base = { ...real, results: { ...real.results, [rated.activityId]: rated } };
    let decided = decideOffering(base, { ...exercise, decisions: {} }, tally, null);
    decided = decideOffering(base, decided, tally, 'off1', { to: 'simplify' });
    decided = decideOffering(base, decided, tally, 'off2', { note: 'Three packs instead of eleven' });
    expect(simplifyBoard(base, decided, tally).saved).toBe(true);

    const w = { ...base, agenda: base.agenda.map((e) => (e.id === exercise.id ? decided : e)) };
    const { workshop, summary } = clearPracticeResults(w);
    expect(findExercise(workshop, 'simplify')!.decisions).toEqual({
      off1: { decision: 'simplify', note: '' },
      off2: { decision: 'simplify', note: 'Three packs instead of eleven' },
    });
    expect(summary).toMatchObject({ followedVotes: 2, keptByHand: 2 });
  });

  it('definition: merges of practice statements go, the team’s own words stay', () => {
    const real = planWorkshop({ initiatives: 0 });
    const exercise = findExercise(real, 'definition')!;
    const statements: ActivityResult = {
      activityId: `${exercise.id}:statements`,
      kind: 'open-text',
      closedAt: 1,
      participants: 6,
      answered: 6,
      practice: 6,
      tally: {
        statements: 2,
        writers: 2,
        lists: [
          {
            id: 'means',
            statements: [
              { id: 's1', text: 'Listen first', upvotes: 2 },
              { id: 's2', text: 'Listen before building', upvotes: 1 },
            ],
          },
          { id: 'not-means', statements: [] },
        ],
      },
    };
    const curated = {
      ...exercise,
      curation: { hidden: ['s9'], merges: [{ id: 'm1', list: 'means', text: 'Listen', from: ['s1', 's2'] }] },
    };
    const w = {
      ...real,
      agenda: real.agenda.map((e) => (e.id === exercise.id ? curated : e)),
      results: { ...real.results, [statements.activityId]: statements },
    };
    const { workshop, summary } = clearPracticeResults(w);
    const after = findExercise(workshop, 'definition')!;
    expect(after.curation).toBeUndefined();
    expect(after.definition).toEqual(exercise.definition);
    expect(summary.curations).toBe(2);
    expect(workshop.results[statements.activityId]).toBeUndefined();
  });

  it('property: no practice result is left, every other result and initiative is untouched, a second clear changes nothing', () => {
    const withPractice = workshopArbitrary.chain((w) => {
      const exerciseIds = [...w.agenda.map((e) => e.id), 'gone'];
      const result = fc.record({
        exercise: fc.constantFrom(...exerciseIds),
        suffix: fc.constantFrom('a', 'b', 'c'),
        kind: fc.constantFrom('card-classification', 'two-axis-rating', 'open-text', 'scale-poll'),
        practice: fc.option(fc.nat(5), { nil: undefined }),
        answered: fc.nat(20),
        tally: fc.anything(),
      });
      return fc.array(result, { maxLength: 12 }).map((list) => ({
        ...w,
        results: Object.fromEntries(
          list.map((r): [string, ActivityResult] => {
            const activityId = `${r.exercise}:${r.suffix}`;
            return [
              activityId,
              {
                activityId,
                kind: r.kind,
                closedAt: 1,
                participants: r.answered,
                answered: r.answered,
                tally: r.tally,
                ...(r.practice === undefined ? {} : { practice: r.practice }),
              },
            ];
          }),
        ),
      }));
    });
    fc.assert(
      fc.property(withPractice, (w) => {
        const { workshop, summary } = clearPracticeResults(w);
        expect(hasPracticeResults(workshop)).toBe(false);
        for (const [id, result] of Object.entries(w.results)) {
          if (includesPractice(result)) expect(workshop.results[id]).toBeUndefined();
          else expect(workshop.results[id]).toBe(result);
        }
        expect(summary.activityIds.length).toBe(practiceResultIds(w).length);
        expect(workshop.initiatives).toBe(w.initiatives);
        expect(workshop.agenda.map((e) => e.id)).toEqual(w.agenda.map((e) => e.id));
        // What stays on a board was on it before: clearing never places or decides anything.
        workshop.agenda.forEach((e, k) => {
          const before = w.agenda[k]!;
          if (e.type === 'push-pull' && before.type === 'push-pull')
            for (const [id, column] of Object.entries(e.placements))
              expect(before.placements[id]).toBe(column);
          if (e.type === 'simplify' && before.type === 'simplify')
            for (const [id, decision] of Object.entries(e.decisions))
              expect(before.decisions[id]).toEqual(decision);
        });
        expect(clearPracticeResults(workshop).workshop).toBe(workshop);
      }),
      { numRuns: 150 },
    );
  });
});
