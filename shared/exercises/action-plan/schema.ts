import { z } from 'zod';
import { newId } from '../../ids';
import { exerciseBase, shortText } from '../common';

export const actionPlanSchema = z.object({
  ...exerciseBase,
  type: z.literal('action-plan'),
  prompt: shortText(300).min(1),
  dotsPerParticipant: z.number().int().min(1).max(20),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export function newActionPlan(): ActionPlan {
  return {
    id: newId(),
    type: 'action-plan',
    title: 'Continuum action plan',
    minutes: 30,
    prompt:
      'Where does each initiative sit today: a symbolic gesture, a process or policy change, or a substantive change in how we hire, teach, measure and decide?',
    dotsPerParticipant: 3,
  };
}
