import { z } from 'zod';
import { newId } from '../ids';
import { exerciseBase, longText, shortText } from './common';

export const definitionSchema = z.object({
  ...exerciseBase,
  type: z.literal('definition'),
  meansPrompt: shortText(200).min(1),
  notMeansPrompt: shortText(200).min(1),
  /** The team's definition, written by the facilitator from the ranked statements. */
  definition: z.object({ means: longText(2000), notMeans: longText(2000) }),
});
export type Definition = z.infer<typeof definitionSchema>;

export function newDefinition(): Definition {
  return {
    id: newId(),
    type: 'definition',
    title: 'What customer-centric means — and does not mean',
    minutes: 15,
    meansPrompt: 'For us, being customer-centric means…',
    notMeansPrompt: 'Being customer-centric does NOT mean…',
    definition: { means: '', notMeans: '' },
  };
}
