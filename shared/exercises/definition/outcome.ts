import { z } from 'zod';
import { sectionData, sectionOf } from '../../plan/sectionData';
import type { ActionPlan } from '../../plan/types';
import { outcomeText as text } from '../outcomeFields';

export const definitionOutcomeSchema = z.object({
  means: text(4000),
  notMeans: text(4000),
  draft: z.boolean(),
});

export const definitionOutcome = {
  schema: definitionOutcomeSchema,
  of: (plan: ActionPlan, exercise: { id: string; type: 'definition' }) =>
    sectionData(sectionOf(plan, exercise)),
};
