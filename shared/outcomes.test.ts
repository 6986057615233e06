import { describe, expect, it } from 'vitest';
import { leads } from '../test/fixtures/planSections';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { EXERCISE_TEMPLATES } from './exercises';
import { outcomeOf, outcomeProblem, outcomeSchema } from './outcomes';
import { buildPlan } from './plan';
import { newWorkshop } from './workshop/schema';

describe('outcomeOf', () => {
  const workshop = planWorkshop();
  const plan = buildPlan(workshop, { paper: 'A4' });
  const planS = leads(plan);

  it('gives every exercise of a run workshop its outcome, as the plan has it, and the hub accepts it', () => {
    for (const exercise of workshop.agenda) {
      const outcome = outcomeOf(plan, workshop, exercise);
      expect(outcome, exercise.type).not.toBeNull();
      expect(outcome!.type).toBe(exercise.type);
      expect(outcomeProblem(outcome)).toBeNull();
      expect(outcomeSchema.parse(JSON.parse(JSON.stringify(outcome)))).toEqual(outcome);
    }
    const journey = outcomeOf(
      plan,
      workshop,
      workshop.agenda.find((e) => e.type === 'burden-journey')!,
    );
    expect(journey?.type === 'burden-journey' && journey.data.hotSpots).toEqual(
      planS.journey.status === 'ready' && planS.journey.hotSpots,
    );
    const actionPlan = outcomeOf(
      plan,
      workshop,
      workshop.agenda.find((e) => e.type === 'action-plan')!,
    );
    expect(actionPlan?.type === 'action-plan' && actionPlan.data.markers).toEqual(plan.continuum.markers);
  });

  it('has nothing to show for an exercise not run yet, or a second exercise of a type', () => {
    const fresh = newWorkshop('Fresh');
    const freshPlan = buildPlan(fresh, { paper: 'A4' });
    for (const exercise of fresh.agenda) expect(outcomeOf(freshPlan, fresh, exercise)).toBeNull();
    const second = { ...EXERCISE_TEMPLATES[1]!.create(), id: 'another-definition' };
    expect(outcomeOf(plan, { ...workshop, agenda: [...workshop.agenda, second] }, second)).toBeNull();
  });

  it('says in words why something is not an outcome', () => {
    expect(outcomeProblem({ type: 'definition', exerciseId: 'd', title: 'D', data: {} })).toMatch(
      /^That outcome cannot be shown: .*\(data\.means\)\.$/,
    );
  });
});
