import { findExercise, type Workshop } from '../workshop/schema';
import type { RoomVotes } from './initiatives';
import { findResult } from './results';
import type { ActionPlan, PlanInitiative, PlanPart } from './types';

/** What each part shows that came from practice answers, for the notice that lists them. */
export const PRACTICE_PART_LABELS: Record<PlanPart, string> = {
  definition: 'the draft definition',
  centricity: 'the centricity check scores',
  journey: 'the customer-burden heatmap',
  continuum: 'the placements on the continuum',
  initiatives: 'initiative positions and priorities from votes',
  pushPull: 'the push/pull votes',
  simplification: 'the simplification ratings',
};

/** The plan's parts, in the order the PDF prints them. */
export const PLAN_PARTS: readonly PlanPart[] = [
  'definition',
  'centricity',
  'journey',
  'continuum',
  'initiatives',
  'pushPull',
  'simplification',
];

/**
 * The parts of the plan that show something built on answers of simulated practice participants:
 * a part counts only when what it prints comes from such a result (a definition the team wrote, a
 * position the team agreed, a priority the facilitator set do not).
 */
export function practiceParts(
  workshop: Workshop,
  plan: Omit<ActionPlan, 'practice'>,
  votes: RoomVotes,
  initiatives: readonly PlanInitiative[],
): PlanPart[] {
  const from = (exerciseId: string | undefined, kind: Parameters<typeof findResult>[2]) =>
    exerciseId !== undefined && !!findResult(workshop, exerciseId, kind)?.practice;
  const parts = new Set<PlanPart>();

  if (plan.definition.status === 'ready' && plan.definition.draft) {
    if (from(findExercise(workshop, 'definition')?.id, 'open-text')) parts.add('definition');
  }
  if (plan.centricity.status === 'ready') {
    const check = findExercise(workshop, 'centricity-check')?.id;
    if (from(check, 'scale-poll') || from(check, 'multiple-choice')) parts.add('centricity');
  }
  if (
    plan.journey.status === 'ready' &&
    from(findExercise(workshop, 'burden-journey')?.id, 'journey-heatmap')
  )
    parts.add('journey');
  if (
    plan.pushPull.status === 'ready' &&
    from(findExercise(workshop, 'push-pull')?.id, 'card-classification')
  )
    parts.add('pushPull');
  if (
    plan.simplification.status === 'ready' &&
    from(findExercise(workshop, 'simplify')?.id, 'two-axis-rating')
  )
    parts.add('simplification');

  const roomPlaced = (i: PlanInitiative) => i.positionSource === 'votes' || i.spread !== null;
  if (votes.practice.placements) {
    if (plan.continuum.markers.some((m) => m.positionSource === 'votes' || m.spread !== null))
      parts.add('continuum');
    if (initiatives.some(roomPlaced)) parts.add('initiatives');
  }
  if (votes.practice.dots) {
    // A priority the facilitator typed in wins over the dots (see planInitiative).
    const byDots = workshop.initiatives.some((i) => !(i.priority > 0) && (votes.dots.get(i.id) ?? 0) > 0);
    if (byDots) parts.add('initiatives');
  }
  return PLAN_PARTS.filter((part) => parts.has(part));
}
