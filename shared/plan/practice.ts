import { journeyFromPractice } from '../exercises/burden-journey/plan';
import { centricityFromPractice } from '../exercises/centricity-check/plan';
import { definitionFromPractice } from '../exercises/definition/plan';
import { pushPullFromPractice } from '../exercises/push-pull/plan';
import { simplificationFromPractice } from '../exercises/simplify/plan';
import type { Workshop } from '../workshop/schema';
import type { RoomVotes } from '../exercises/action-plan/votes';
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
  quickQuestions: 'the answers to questions asked during the session',
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
  'quickQuestions',
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
  const parts = new Set<PlanPart>();
  if (plan.definition.status === 'ready' && plan.definition.draft && definitionFromPractice(workshop))
    parts.add('definition');
  if (plan.centricity.status === 'ready' && centricityFromPractice(workshop)) parts.add('centricity');
  if (plan.journey.status === 'ready' && journeyFromPractice(workshop)) parts.add('journey');
  if (plan.pushPull.status === 'ready' && pushPullFromPractice(workshop)) parts.add('pushPull');
  if (plan.simplification.status === 'ready' && simplificationFromPractice(workshop))
    parts.add('simplification');
  if (plan.quickQuestions.some((q) => q.practice)) parts.add('quickQuestions');

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
