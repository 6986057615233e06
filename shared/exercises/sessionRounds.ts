import type { Initiative } from '../workshop/initiative';
import type { Workshop } from '../workshop/schema';
import type { ActionPlan } from './action-plan/schema';
import { activitiesOf } from './activities';
import type { ActivitySpec } from './common';

/** The two votes the action plan runs: placing on the continuum, and dot votes on priorities. */
export const ROUND_PARTS = ['placement', 'priorities'] as const;
export type RoundPart = (typeof ROUND_PARTS)[number];

/**
 * A further round of the action plan's votes for a running session, over these initiatives only
 * (made during it, from hot spots, boards and decisions). Built as the agenda builds its own, with
 * ids the session does not have yet (`placement-2`, `priorities-2`…), so each round's result is
 * stored apart and every round reaches the plan.
 */
export function initiativeRound(
  workshop: Workshop,
  exercise: ActionPlan,
  initiatives: readonly Initiative[],
  parts: readonly RoundPart[],
  takenIds: ReadonlySet<string>,
): ActivitySpec[] {
  if (initiatives.length === 0 || parts.length === 0) return [];
  const specs = activitiesOf(exercise, { ...workshop, initiatives: [...initiatives] });
  let round = 2;
  const idOf = (part: RoundPart, n: number) => `${exercise.id}:${part}-${n}`;
  while (ROUND_PARTS.some((part) => takenIds.has(idOf(part, round)))) round++;
  return ROUND_PARTS.flatMap((part, index) => {
    const spec = specs[index];
    if (!spec || !parts.includes(part)) return [];
    return [{ ...spec, id: idOf(part, round), title: `${spec.title} (round ${round})`.slice(0, 200) }];
  });
}
