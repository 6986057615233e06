import { z } from 'zod';
import { idSchema } from '../common';
import { findResult } from '../../plan/results';
import type { Workshop } from '../../workshop/schema';
import type { SourcePart } from '../exerciseDefinition';
import { COLUMN_LABELS, pushPullBoard, type PushPullBoardModel } from './board';
import type { PushPull } from './schema';

/** An initiative made from a card of this sort; stored with the initiative. */
export const pushPullSourceSchema = z.object({
  type: z.literal('push-pull'),
  exerciseId: idSchema,
  cardId: idSchema,
});
export type PushPullSource = z.infer<typeof pushPullSourceSchema>;

const boards = new WeakMap<PushPull, { results: Workshop['results']; model: PushPullBoardModel }>();

/** The sort's board, made once per exercise and results however many initiatives come from it. */
function boardOf(workshop: Workshop, exercise: PushPull): PushPullBoardModel {
  const known = boards.get(exercise);
  if (known?.results === workshop.results) return known.model;
  const model = pushPullBoard(
    exercise,
    findResult(workshop, exercise.id, 'card-classification')?.tally ?? null,
  );
  boards.set(exercise, { results: workshop.results, model });
  return model;
}

export const pushPullSource: SourcePart<PushPullSource> = {
  type: 'push-pull',
  key: (source) => `${source.exerciseId}:${source.cardId}`,
  describe(source, workshop) {
    const exercise = workshop.agenda.find((e) => e.id === source.exerciseId);
    if (exercise?.type !== 'push-pull') return 'Push/pull card sort';
    // Where the card is on the board now, so the plan says what the board says.
    const item = boardOf(workshop, exercise).cards.find((c) => c.card.id === source.cardId);
    if (!item) return 'Push/pull card sort';
    return `Push/pull card: ${item.card.title} (${COLUMN_LABELS[item.place]} on the board)`;
  },
};
