import { finiteOrNull } from '../../plan/format';
import { findResult } from '../../plan/results';
import type { PlanSection, PlanSimplification, SimplificationDecision } from '../../plan/types';
import type { Workshop } from '../../workshop/schema';
import type { CandidateOffer, ExercisePlan } from '../exerciseDefinition';
import { decisionTitle, simplifyBoard } from './board';
import type { Simplify } from './schema';

function buildSimplification(exercise: Simplify, workshop: Workshop): PlanSection<PlanSimplification> {
  const result = findResult(workshop, exercise.id, 'two-axis-rating')?.tally ?? null;
  // The offerings as their board shows them (see simplifyBoard).
  const board = simplifyBoard(workshop, exercise, result);
  if (board.rated === 0 && !board.saved) return { status: 'not-run', title: exercise.title };
  const offerings: SimplificationDecision[] = board.offerings.map((item) => ({
    id: item.offering.id,
    name: item.offering.name,
    decision: item.place === 'unrated' ? null : item.place,
    final: Object.hasOwn(exercise.decisions, item.offering.id),
    note: item.note,
    value: finiteOrNull(item.rating?.meanX),
    burden: finiteOrNull(item.rating?.meanY),
    suggested: item.proposed,
    failsBasics: item.failsBasics,
  }));
  return { status: 'ready', title: exercise.title, offerings };
}

export const simplifyPlan: ExercisePlan<Simplify, PlanSimplification> = {
  build: buildSimplification,
  fromPractice: (exercise, workshop) => !!findResult(workshop, exercise.id, 'two-axis-rating')?.practice,
  practiceLabel: 'the simplification ratings',
  place: 'after-initiatives',
};

/** Offerings decided Simplify or Retire: initiatives to consider. */
export function simplifyCandidates(exercise: Simplify, workshop: Workshop): CandidateOffer[] {
  const practice = !!findResult(workshop, exercise.id, 'two-axis-rating')?.practice;
  const offers: CandidateOffer[] = [];
  for (const offering of exercise.offerings) {
    const decided = exercise.decisions[offering.id];
    if (decided?.decision !== 'simplify' && decided?.decision !== 'retire') continue;
    const verb = decided.decision === 'simplify' ? 'Simplify' : 'Retire';
    offers.push({
      title: decisionTitle(workshop, decided.decision, offering.name),
      description: decided.note,
      // The console says why in its own language (renderer/console/plan/planWords.ts).
      reason: `Decided: ${verb}`,
      burdens: [],
      source: {
        type: 'simplify',
        exerciseId: exercise.id,
        offeringId: offering.id,
        decision: decided.decision,
      },
      practice,
    });
  }
  return offers;
}
