import { EXERCISES, type PlannedType } from '../exercises/registry';
import type { Workshop } from '../workshop/schema';
import type { RoomVotes } from '../exercises/action-plan/votes';
import type { ActionPlan, PlanInitiative, PlanPart } from './types';

const PLANNED = (Object.keys(EXERCISES) as Array<keyof typeof EXERCISES>).flatMap((type) => {
  const plan = EXERCISES[type].plan;
  return plan ? [{ type: type as PlannedType, ...plan }] : [];
});

/** What each part shows that came from practice answers, for the notice that lists them. */
export const PRACTICE_PART_LABELS: Record<PlanPart, string> = {
  ...(Object.fromEntries(PLANNED.map((p) => [p.type, p.practiceLabel])) as Record<PlannedType, string>),
  continuum: 'the placements on the continuum',
  initiatives: 'initiative positions and priorities from votes',
  quickQuestions: 'the answers to questions asked during the session',
};

/** The plan's parts, in the order the PDF prints them. */
export const PLAN_PARTS: readonly PlanPart[] = [
  ...PLANNED.filter((p) => p.place === 'before-initiatives').map((p) => p.type),
  'continuum',
  'initiatives',
  ...PLANNED.filter((p) => p.place === 'after-initiatives').map((p) => p.type),
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
  for (const section of plan.exercises) if (section.practice) parts.add(section.type);
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
