import { z } from 'zod';
import { sectionData, sectionOf } from '../../plan/sectionData';
import type { ActionPlan } from '../../plan/types';
import { outcomeCount as count, outcomeStat as stat, outcomeText as text } from '../outcomeFields';

export const journeyOutcomeSchema = z.object({
  max: z.number().int().positive(),
  burdens: z.array(text(60)).min(1).max(10),
  stages: z
    .array(
      z.object({
        name: text(200),
        phase: z.enum(['before', 'after']),
        count,
        cells: z.array(z.object({ mean: stat, count, level: z.number().int().nullable() })).max(10),
      }),
    )
    .max(30),
  hotSpots: z
    .array(z.object({ stage: text(200), burden: text(60), mean: z.number().finite(), count }))
    .max(20),
});

export const journeyOutcome = {
  schema: journeyOutcomeSchema,
  of: (plan: ActionPlan, exercise: { id: string; type: 'burden-journey' }) =>
    sectionData(sectionOf(plan, exercise)),
};
