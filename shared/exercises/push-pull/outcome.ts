import { z } from 'zod';
import { sectionData, sectionOf } from '../../plan/sectionData';
import type { ActionPlan } from '../../plan/types';
import { outcomeCount as count, outcomeId as id, outcomeText as text } from '../outcomeFields';
import { boardColumnSchema } from './columns';

export const pushPullOutcomeSchema = z.object({
  cards: z
    .array(
      z.object({
        id,
        title: text(200),
        decision: boardColumnSchema.nullable(),
        /** Placed by the facilitator (else the decision is the votes'). */
        final: z.boolean(),
        votes: z.object({ push: count, pull: count, unsure: count, total: count }).nullable(),
        contested: z.boolean(),
      }),
    )
    .max(500),
});

export const pushPullOutcome = {
  schema: pushPullOutcomeSchema,
  of: (plan: ActionPlan, exercise: { id: string; type: 'push-pull' }) =>
    sectionData(sectionOf(plan, exercise)),
};
