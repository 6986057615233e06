import { describe, expect, it } from 'vitest';
import { leads } from '../test/fixtures/planSections';
import { planWorkshop } from '../test/fixtures/planWorkshop';
import { withSecondOf } from '../test/fixtures/secondExercise';
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

  it('has nothing to show for an exercise not run yet, a second one of a type included', () => {
    const fresh = newWorkshop('Fresh');
    const freshPlan = buildPlan(fresh, { paper: 'A4' });
    for (const exercise of fresh.agenda) expect(outcomeOf(freshPlan, fresh, exercise)).toBeNull();
    const second = { ...EXERCISE_TEMPLATES[1]!.create(), id: 'another-definition' };
    const grown = { ...workshop, agenda: [...workshop.agenda, second] };
    expect(outcomeOf(buildPlan(grown, { paper: 'A4' }), grown, second)).toBeNull();
  });

  it('shows a second exercise of a type its own outcome, not the first one’s', () => {
    const { workshop: two, second } = withSecondOf(workshop, 'push-pull', 'Second sort', (sort) => {
      sort.placements = Object.fromEntries(sort.cards.map((c) => [c.id, 'push' as const]));
    });
    const twoPlan = buildPlan(two, { paper: 'A4' });
    const first = two.agenda.find((e) => e.type === 'push-pull')!;
    const [a, b] = [outcomeOf(twoPlan, two, first), outcomeOf(twoPlan, two, second)];
    expect(a?.exerciseId).toBe(first.id);
    expect(b).toMatchObject({ exerciseId: second.id, title: 'Second sort' });
    const decisions = (o: typeof a) => (o?.type === 'push-pull' ? o.data.cards.map((c) => c.decision) : null);
    expect(decisions(b)!.every((d) => d === 'push')).toBe(true);
    expect(decisions(a)).toEqual(decisions(outcomeOf(plan, workshop, first)));
    expect(decisions(a)).not.toEqual(decisions(b));
  });

  it('says in words why something is not an outcome', () => {
    expect(outcomeProblem({ type: 'definition', exerciseId: 'd', title: 'D', data: {} })).toMatch(
      /^That outcome cannot be shown: .*\(data\.means\)\.$/,
    );
  });
});
