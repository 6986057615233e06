import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { findExercise } from '../workshop/schema';
import { initiativeSchema } from '../workshop/initiative';
import { initiativeCandidates, initiativeFromCandidate } from './candidates';
import { buildPlan } from './buildPlan';

describe('initiativeCandidates', () => {
  const workshop = planWorkshop({ initiatives: 0 });

  it('offers cards placed in Pull, offerings to simplify or retire, and journey hot spots', () => {
    const candidates = initiativeCandidates(workshop);
    const pull = candidates.filter((c) => c.origin === 'push-pull');
    expect(pull.map((c) => c.title)).toEqual(['Same-day delivery']);

    const simplify = candidates.filter((c) => c.origin === 'simplify').map((c) => c.title);
    expect(simplify).toEqual(['Retire Broadband 250', 'Simplify TV bundle']);

    const journey = candidates.filter((c) => c.origin === 'burden-journey');
    expect(journey.length).toBeGreaterThan(0);
    // The fixture makes the third stage (Buy) the heaviest.
    const buy = findExercise(workshop, 'burden-journey')!.stages[2]!;
    expect(journey[0]!.source).toMatchObject({ type: 'journey', stageId: buy.id });
    expect(journey[0]!.burdens).toHaveLength(1);
  });

  it('makes valid initiatives with the right source, and does not offer a source twice', () => {
    const candidates = initiativeCandidates(workshop);
    const made = candidates.map(initiativeFromCandidate);
    for (const initiative of made) expect(initiativeSchema.safeParse(initiative).success).toBe(true);
    expect(made.find((i) => i.title === 'Retire Broadband 250')!.source).toEqual({
      type: 'simplify',
      exerciseId: findExercise(workshop, 'simplify')!.id,
      offeringId: 'off0',
      decision: 'retire',
    });

    const pull = candidates.findIndex((c) => c.origin === 'push-pull');
    const after = { ...workshop, initiatives: [made[pull]!] };
    expect(initiativeCandidates(after).map((c) => c.key)).not.toContain(candidates[pull]!.key);
    expect(initiativeCandidates(after)).toHaveLength(candidates.length - 1);
    expect(buildPlan(after, { paper: 'A4' }).unplaced[0]!.sourceLabel).toBe(
      'Push/pull card: Same-day delivery (Pull on the board)',
    );
  });
});
