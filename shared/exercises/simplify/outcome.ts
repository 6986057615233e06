import { z } from 'zod';
import { sectionData, sectionOf } from '../../plan/sectionData';
import type { ActionPlan } from '../../plan/types';
import { outcomeId as id, outcomeStat as stat, outcomeText as text } from '../outcomeFields';
import { decisionSchema } from './decisions';

export const simplificationOutcomeSchema = z.object({
  offerings: z
    .array(
      z.object({
        id,
        name: text(200),
        decision: decisionSchema.nullable(),
        final: z.boolean(),
        note: text(400),
        value: stat,
        burden: stat,
        suggested: decisionSchema.nullable(),
        failsBasics: z.boolean(),
      }),
    )
    .max(200),
});

export const simplifyOutcome = {
  schema: simplificationOutcomeSchema,
  of: (plan: ActionPlan, exercise: { id: string; type: 'simplify' }) =>
    sectionData(sectionOf(plan, exercise)),
};
