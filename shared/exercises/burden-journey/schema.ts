import { z } from 'zod';
import { newId } from '../../ids';
import { exerciseBase, idSchema, shortText } from '../common';

export const journeyPhaseSchema = z.enum(['before', 'after']);
export type JourneyPhase = z.infer<typeof journeyPhaseSchema>;

export const journeyStageSchema = z.object({
  id: idSchema,
  name: shortText(60).min(1),
  phase: journeyPhaseSchema,
});
export type JourneyStage = z.infer<typeof journeyStageSchema>;

export const DEFAULT_STAGES: Array<Pick<JourneyStage, 'name' | 'phase'>> = [
  { name: 'Discover', phase: 'before' },
  { name: 'Choose', phase: 'before' },
  { name: 'Buy', phase: 'before' },
  { name: 'Start', phase: 'after' },
  { name: 'Use', phase: 'after' },
  { name: 'Get help', phase: 'after' },
  { name: 'Renew', phase: 'after' },
];

export const burdenJourneySchema = z.object({
  ...exerciseBase,
  type: z.literal('burden-journey'),
  prompt: shortText(300).min(1),
  stages: z.array(journeyStageSchema).min(1).max(20),
});
export type BurdenJourney = z.infer<typeof burdenJourneySchema>;

export function newBurdenJourney(): BurdenJourney {
  return {
    id: newId(),
    type: 'burden-journey',
    title: 'Customer-burden journey',
    minutes: 20,
    prompt:
      'As our customer sees it: how much time, worry, effort and money does each step cost them? 0 = none, 3 = a lot.',
    stages: DEFAULT_STAGES.map((stage) => ({ id: newId(), ...stage })),
  };
}
