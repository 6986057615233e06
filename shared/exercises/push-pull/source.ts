import { z } from 'zod';
import { idSchema } from '../common';
import { findResult } from '../../plan/results';
import type { Workshop } from '../../workshop/schema';
import type { SourcePart } from '../exerciseDefinition';
import { pushPullBoard, type PushPullBoardModel } from './board';
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
  describe(source, workshop, words) {
    const exercise = workshop.agenda.find((e) => e.id === source.exerciseId);
    if (exercise?.type !== 'push-pull') return words.pushPullSort;
    // Where the card is on the board now, so the plan says what the board says.
    const item = boardOf(workshop, exercise).cards.find((c) => c.card.id === source.cardId);
    if (!item) return words.pushPullSort;
    return words.pushPullCard(item.card.title, words.pushPullPlaces[item.place]);
  },
};
