import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
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

export function newBurdenJourney(language?: Language): BurdenJourney {
  const content = contentIn(language).journey;
  return {
    id: newId(),
    type: 'burden-journey',
    title: content.title,
    minutes: 20,
    prompt: content.prompt,
    // The stages in the template's order: their names in the language, their phases as in English.
    stages: DEFAULT_STAGES.map((stage, i) => ({
      id: newId(),
      ...stage,
      name: content.stages[i] ?? stage.name,
    })),
  };
}
