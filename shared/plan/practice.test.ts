import fc from 'fast-check';
import { leads } from '../../test/fixtures/planSections';
import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { clearPracticeResults, hasPracticeResults } from '../workshop/practice';
import type { ActivityResult } from '../workshop/results';
import { findExercise, type Workshop } from '../workshop/schema';
import { buildPlan } from './buildPlan';
import { initiativeCandidates } from './candidates';
import { PLAN_PARTS } from './practice';

const A4 = { paper: 'A4' as const };

/** The workshop with the results of these exercises (all when none named) answered in part by simulated people. */
function practised(w: Workshop, exerciseIds?: string[]): Workshop {
  const results = Object.fromEntries(
    Object.entries(w.results).map(([id, r]) => [
      id,
      !exerciseIds || exerciseIds.includes(id.split(':')[0]!) ? { ...r, practice: 4 } : r,
    ]),
  );
  return { ...w, results };
}

describe('the plan’s parts built on practice answers', () => {
  it('marks nothing for a room of real phones', () => {
    expect(buildPlan(planWorkshop(), A4).practice).toEqual([]);
  });

  it('marks every part that prints practice answers, in print order; the team’s own definition is not one', () => {
    const plan = buildPlan(practised(planWorkshop()), A4);
    expect(plan.practice).toEqual([
      'centricity-check',
      'burden-journey',
      'continuum',
      'initiatives',
      'push-pull',
      'simplify',
      'own',
    ]);
  });

  it('marks only the exercise whose result is practice', () => {
    const w = planWorkshop();
    expect(buildPlan(practised(w, [findExercise(w, 'simplify')!.id]), A4).practice).toEqual(['simplify']);
    expect(buildPlan(practised(w, [findExercise(w, 'burden-journey')!.id]), A4).practice).toEqual([
      'burden-journey',
    ]);
  });

  it('marks a draft definition made of practice statements', () => {
    const w = planWorkshop();
    const definition = findExercise(w, 'definition')!;
    definition.definition = { means: '', notMeans: '' };
    const statements: ActivityResult = {
      activityId: `${definition.id}:statements`,
      kind: 'open-text',
      closedAt: 1,
      participants: 5,
      answered: 5,
      practice: 5,
      tally: {
        statements: 1,
        writers: 1,
        lists: [
          { id: 'means', statements: [{ id: 's1', text: 'Listen first', upvotes: 3 }] },
          { id: 'not-means', statements: [] },
        ],
      },
    };
    w.results[statements.activityId] = statements;
    const plan = buildPlan(w, A4);
    expect(leads(plan).definition).toMatchObject({ status: 'ready', draft: true, means: 'Listen first' });
    expect(plan.practice).toContain('definition');
  });

  it('does not mark initiatives whose positions and priorities the team set itself', () => {
    const w = planWorkshop({ initiatives: 6 });
    w.initiatives = w.initiatives.map((i, k) => ({ ...i, position: 10 + k * 15, priority: k + 1 }));
    const actionPlan = findExercise(w, 'action-plan')!;
    // Practice dot votes, but every priority is the facilitator's.
    const dotsOnly = { ...w, results: { ...w.results } };
    delete dotsOnly.results[`${actionPlan.id}:placement`];
    expect(buildPlan(practised(dotsOnly, [actionPlan.id]), A4).practice).toEqual([]);
    // Practice placements still draw the room's spread beside each agreed marker.
    expect(buildPlan(practised(w, [actionPlan.id]), A4).practice).toEqual(['continuum', 'initiatives']);
  });

  it('marks initiative candidates from a practice result, not the others', () => {
    const w = planWorkshop({ initiatives: 0 });
    const candidates = initiativeCandidates(practised(w, [findExercise(w, 'burden-journey')!.id]));
    expect(new Set(candidates.map((c) => c.origin))).toEqual(
      new Set(['push-pull', 'simplify', 'burden-journey']),
    );
    for (const c of candidates) expect(c.practice).toBe(c.origin === 'burden-journey');
  });

  it('property: a part is marked only when some result includes practice, and none after clearing them', () => {
    const arbitrary = fc.record({
      seed: fc.integer({ min: 1, max: 1000 }),
      initiatives: fc.integer({ min: 0, max: 12 }),
      practiceOf: fc.subarray(['centricity-check', 'burden-journey', 'push-pull', 'simplify', 'action-plan']),
    });
    fc.assert(
      fc.property(arbitrary, ({ seed, initiatives, practiceOf }) => {
        const real = planWorkshop({ seed, initiatives });
        const ids = real.agenda.filter((e) => practiceOf.includes(e.type)).map((e) => e.id);
        const w = practised(real, ids);
        const plan = buildPlan(w, A4);
        expect(PLAN_PARTS.filter((p) => plan.practice.includes(p))).toEqual(plan.practice);
        if (!hasPracticeResults(w)) expect(plan.practice).toEqual([]);
        if (practiceOf.includes('push-pull')) expect(plan.practice).toContain('push-pull');
        if (!practiceOf.includes('simplify')) expect(plan.practice).not.toContain('simplify');
        expect(buildPlan(clearPracticeResults(w).workshop, A4).practice).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
