import { z } from 'zod';

/** What the room decides for an offering. */
export const DECISIONS = ['keep', 'simplify', 'retire', 'question'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;
