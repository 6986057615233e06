import { z } from 'zod';
import { BANDS } from '../../continuum';
import type { ActionPlan } from '../../plan/types';
import { outcomeId as id, outcomeText as text } from '../outcomeFields';

const initiativeRef = { id, number: z.number().int().positive(), title: text(200) };

export const continuumOutcomeSchema = z.object({
  markers: z
    .array(
      z.object({
        ...initiativeRef,
        position: z.number().min(0).max(100),
        positionSource: z.enum(['agreed', 'votes']),
        spread: z.object({ p25: z.number(), p75: z.number() }).nullable(),
        band: z.enum(BANDS),
        priority: z.number().nonnegative(),
      }),
    )
    .max(300),
  unplaced: z.array(z.object({ ...initiativeRef, priority: z.number().nonnegative() })).max(300),
});

export const continuumOutcome = {
  schema: continuumOutcomeSchema,
  of(plan: ActionPlan) {
    const unplaced = plan.unplaced.map(({ id, number, title, priority }) => ({
      id,
      number,
      title,
      priority,
    }));
    if (plan.continuum.markers.length === 0 && unplaced.length === 0) return null;
    return { markers: plan.continuum.markers, unplaced };
  },
};
