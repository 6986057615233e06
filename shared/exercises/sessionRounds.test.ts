import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { buildPlan } from '../plan';
import { findExercise } from '../workshop/schema';
import { initiativeRound } from './sessionRounds';

describe('initiativeRound', () => {
  const workshop = planWorkshop({ initiatives: 4 });
  const exercise = findExercise(workshop, 'action-plan')!;

  it('puts only the chosen initiatives to the room, with ids the session does not have', () => {
    const chosen = workshop.initiatives.slice(2);
    const taken = new Set([
      `${exercise.id}:placement`,
      `${exercise.id}:priorities`,
      `${exercise.id}:placement-2`,
    ]);
    const specs = initiativeRound(workshop, exercise, chosen, ['placement', 'priorities'], taken);
    expect(specs.map((s) => [s.id, s.kind])).toEqual([
      [`${exercise.id}:placement-3`, 'continuum-placement'],
      [`${exercise.id}:priorities-3`, 'dot-voting'],
    ]);
    expect(specs[1]!.title).toBe('Vote priorities (round 3)');
    expect((specs[0]!.config as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(
      chosen.map((i) => i.id),
    );
    expect(initiativeRound(workshop, exercise, chosen, ['priorities'], new Set()).map((s) => s.id)).toEqual([
      `${exercise.id}:priorities-2`,
    ]);
    expect(initiativeRound(workshop, exercise, [], ['placement'], new Set())).toEqual([]);
  });

  it('lets every round reach the plan: an initiative keeps the votes of the round it was in', () => {
    const [first, , , added] = workshop.initiatives;
    const before = buildPlan(workshop, { paper: 'A4' });
    const roundTwo = {
      ...workshop,
      results: {
        ...workshop.results,
        [`${exercise.id}:priorities-2`]: {
          activityId: `${exercise.id}:priorities-2`,
          kind: 'dot-voting',
          closedAt: 1_800_000_000_000,
          participants: 3,
          answered: 3,
          tally: { ranking: [{ id: added!.id, dots: 7, voters: 3 }], participants: 3, dotsUsed: 7 },
        },
      },
    };
    const after = buildPlan(roundTwo, { paper: 'A4' });
    const priority = (plan: typeof after, id: string) =>
      [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced].find((i) => i.id === id)!.priority;
    expect(priority(after, added!.id)).toBe(7);
    expect(priority(after, first!.id)).toBe(priority(before, first!.id));
  });
});
