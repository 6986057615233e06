import { z } from 'zod';
import { sectionData, sectionOf } from '../../plan/sectionData';
import type { ActionPlan } from '../../plan/types';
import {
  outcomeCount as count,
  outcomeId as id,
  outcomeStat as stat,
  outcomeText as text,
} from '../outcomeFields';

export const centricityOutcomeSchema = z.object({
  questions: z
    .array(
      z.object({
        id,
        text: text(400),
        mean: stat,
        spread: stat,
        count,
        distribution: z.array(count).max(20),
        scaleMin: z.number().int(),
        scaleMax: z.number().int(),
        trend: z.array(z.object({ label: text(120), date: text(20), mean: z.number().finite() })).max(30),
        change: stat,
      }),
    )
    .max(20),
  respondents: count,
  departments: z
    .array(z.object({ name: text(200), count, share: z.number().min(0).max(1) }))
    .max(50)
    .nullable(),
  departmentRespondents: count,
  comparedWith: z.array(text(120)).max(30),
});

export const centricityOutcome = {
  schema: centricityOutcomeSchema,
  of(plan: ActionPlan, exercise: { id: string; type: 'centricity-check' }) {
    // Live tallies make the section before anyone answers: there is nothing to show yet.
    const data = sectionData(sectionOf(plan, exercise));
    return data && data.respondents > 0 ? data : null;
  },
};
