import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { exerciseBase, shortText } from '../common';

export const actionPlanSchema = z.object({
  ...exerciseBase,
  type: z.literal('action-plan'),
  prompt: shortText(300).min(1),
  dotsPerParticipant: z.number().int().min(1).max(20),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export function newActionPlan(language?: Language): ActionPlan {
  const content = contentIn(language).actionPlan;
  return {
    id: newId(),
    type: 'action-plan',
    title: content.title,
    minutes: 30,
    prompt: content.prompt,
    dotsPerParticipant: 3,
  };
}
