import { findResult } from '../../plan/results';
import type { PlanPushPull, PlanSection, PushPullDecision } from '../../plan/types';
import type { Workshop } from '../../workshop/schema';
import type { CandidateOffer, ExercisePlan } from '../exerciseDefinition';
import { pushPullBoard, totalOf } from './board';
import type { PushPull } from './schema';

/** The sort as its board shows it (see pushPullBoard): the plan and the board cannot disagree. */
function buildPushPull(exercise: PushPull, workshop: Workshop): PlanSection<PlanPushPull> {
  const board = pushPullBoard(
    exercise,
    findResult(workshop, exercise.id, 'card-classification')?.tally ?? null,
  );
  if (board.voted === 0 && !board.saved) return { status: 'not-run', title: exercise.title };
  const cards: PushPullDecision[] = board.cards.map((item) => {
    const total = totalOf(item.split);
    return {
      id: item.card.id,
      title: item.card.title,
      decision: item.place === 'unsorted' ? null : item.place,
      final: Object.hasOwn(exercise.placements, item.card.id),
      votes: total > 0 ? { ...item.split, total } : null,
      contested: item.contested,
    };
  });
  return { status: 'ready', title: exercise.title, cards };
}

export const pushPullPlan: ExercisePlan<PushPull, PlanPushPull> = {
  build: buildPushPull,
  fromPractice: (exercise, workshop) => !!findResult(workshop, exercise.id, 'card-classification')?.practice,
  practiceLabel: 'the push/pull votes',
  place: 'after-initiatives',
};

/** The cards in Pull on the board, placed there or put there by the votes: initiatives to consider. */
export function pushPullCandidates(exercise: PushPull, workshop: Workshop): CandidateOffer[] {
  const result = findResult(workshop, exercise.id, 'card-classification');
  return pushPullBoard(exercise, result?.tally ?? null)
    .cards.filter(({ place }) => place === 'pull')
    .map(({ card }) => ({
      title: card.title,
      description: card.description,
      reason: Object.hasOwn(exercise.placements, card.id)
        ? 'Placed in Pull: customers ask for it'
        : 'In Pull by the votes: customers ask for it',
      burdens: [],
      source: { type: 'push-pull', exerciseId: exercise.id, cardId: card.id },
      practice: !!result?.practice,
    }));
}
