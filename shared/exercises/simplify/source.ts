import { z } from 'zod';
import { idSchema } from '../common';
import { findResult } from '../../plan/results';
import type { Workshop } from '../../workshop/schema';
import type { SourcePart } from '../exerciseDefinition';
import { simplifyBoard, type SimplifyBoardModel } from './board';
import { decisionSchema, type Simplify } from './schema';

/** An initiative made from an offering's decision; stored with the initiative. */
export const simplifySourceSchema = z.object({
  type: z.literal('simplify'),
  exerciseId: idSchema,
  offeringId: idSchema,
  decision: decisionSchema,
});
export type SimplifySource = z.infer<typeof simplifySourceSchema>;

const boards = new WeakMap<
  Simplify,
  { results: Workshop['results']; initiatives: Workshop['initiatives']; model: SimplifyBoardModel }
>();

/** The simplification board, made once per exercise, results and initiatives. */
function boardOf(workshop: Workshop, exercise: Simplify): SimplifyBoardModel {
  const known = boards.get(exercise);
  if (known?.results === workshop.results && known.initiatives === workshop.initiatives) return known.model;
  const model = simplifyBoard(
    workshop,
    exercise,
    findResult(workshop, exercise.id, 'two-axis-rating')?.tally ?? null,
  );
  boards.set(exercise, { results: workshop.results, initiatives: workshop.initiatives, model });
  return model;
}

export const simplifySource: SourcePart<SimplifySource> = {
  type: 'simplify',
  // One initiative per offering, whatever the decision it was made under.
  key: (source) => `${source.exerciseId}:${source.offeringId}`,
  describe(source, workshop, words) {
    const exercise = workshop.agenda.find((e) => e.id === source.exerciseId);
    const decision = words.simplifyDecisions[source.decision];
    if (exercise?.type !== 'simplify') return words.simplification(decision);
    const item = boardOf(workshop, exercise).offerings.find((o) => o.offering.id === source.offeringId);
    if (!item) return words.simplification(decision);
    // Decided otherwise on the board since: the plan says so, as the board does.
    const now = item.place !== source.decision ? words.nowOnBoard(words.simplifyDecisions[item.place]) : '';
    return `${words.simplification(decision)} ${item.offering.name}${now}`;
  },
};
