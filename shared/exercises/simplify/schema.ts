import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { decisionSchema } from './decisions';
import { exerciseBase, idSchema, longText, shortText } from '../common';

export const MAX_OFFERINGS = 200;

export const offeringSchema = z.object({
  id: idSchema,
  name: shortText(160).min(1),
  description: longText(600),
});
export type Offering = z.infer<typeof offeringSchema>;

// Kept apart from this file (which words new exercises in every language): the projector checks outcomes with them.
export { DECISIONS, decisionSchema, type Decision } from './decisions';

export const simplifySchema = z.object({
  ...exerciseBase,
  type: z.literal('simplify'),
  prompt: shortText(300).min(1),
  offerings: z.array(offeringSchema).max(MAX_OFFERINGS),
  /** The facilitator's final decision per offering id. */
  decisions: z.record(z.string(), z.object({ decision: decisionSchema, note: shortText(200) })),
});
export type Simplify = z.infer<typeof simplifySchema>;

export function newSimplify(language?: Language): Simplify {
  const content = contentIn(language).simplify;
  return {
    id: newId(),
    type: 'simplify',
    title: content.title,
    minutes: 25,
    prompt: content.prompt,
    offerings: [],
    decisions: {},
  };
}
