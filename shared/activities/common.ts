import { z } from 'zod';

/** Ids of items and options inside an activity config (cards, questions, stages…). */
export const itemIdSchema = z.string().min(1).max(64);
export const labelSchema = z.string().min(1).max(300);

export const labelledSchema = z.object({ id: itemIdSchema, label: labelSchema });
export type Labelled = z.infer<typeof labelledSchema>;

/** A list of labelled things whose ids are unique: answers are keyed by those ids. */
export function uniqueLabelled(max: number, min = 1) {
  return z
    .array(labelledSchema)
    .min(min)
    .max(max)
    .refine((list) => new Set(list.map((x) => x.id)).size === list.length, 'Ids must be unique.');
}

/** A stored statistic: null when there were no answers. */
export const statSchema = z.number().nullable();
export const countSchema = z.number().int().nonnegative();
