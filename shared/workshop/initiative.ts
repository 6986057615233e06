import { z } from 'zod';
import { burdenSchema } from '../burdens';
import { journeySourceSchema } from '../exercises/burden-journey/source';
import { idSchema, longText, shortText } from '../exercises/common';
import { pushPullSourceSchema } from '../exercises/push-pull/source';
import { simplifySourceSchema } from '../exercises/simplify/source';

/**
 * Where an initiative came from, so the plan can say why it exists: typed in, or one of the shapes
 * an exercise's folder defines for what it offers (its definition's `candidates.source`).
 */
export const initiativeSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('manual') }),
  pushPullSourceSchema,
  simplifySourceSchema,
  journeySourceSchema,
]);
export type InitiativeSource = z.infer<typeof initiativeSourceSchema>;

export const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD, or empty');

export const initiativeSchema = z.object({
  id: idSchema,
  title: shortText(160).min(1),
  description: longText(1000),
  /** Agreed place on the continuum, 0 (symbolic) to 100 (substantive); null until placed. */
  position: z.number().min(0).max(100).nullable(),
  owner: shortText(120),
  /** The next step that moves it toward substantive. */
  nextStep: longText(500),
  dueDate: isoDate,
  /** A customer metric, not a product metric. */
  customerMetric: shortText(200),
  burdens: z.array(burdenSchema).max(4),
  /** Dot votes for priority. */
  priority: z.number().int().min(0).max(100000),
  source: initiativeSourceSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;
