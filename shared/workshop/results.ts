import { z } from 'zod';
import { closedAnswersSchema } from '../protocol/closedAnswers';

/**
 * What an activity produced when it closed, copied from the hub into the workshop.
 * `tally` is the activity kind's own result shape; its kind parses it.
 */
export const activityResultSchema = z.object({
  activityId: z.string().min(1).max(200),
  kind: z.string().min(1).max(60),
  closedAt: z.number().int().nonnegative(),
  participants: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  /** Of `answered`, simulated participants of the console's practice room: not the room's votes. */
  practice: z.number().int().nonnegative().optional(),
  tally: z.unknown(),
  /** Every answer behind the tally, anonymous; absent in files from before it was kept. */
  answers: z.optional(closedAnswersSchema),
  /** The activity as asked, for a question added during the session (no agenda holds it). */
  asked: z
    .object({
      id: z.string().max(200),
      exerciseId: z.string().max(200),
      kind: z.string().max(60),
      title: z.string().max(300),
      prompt: z.string().max(2000),
      config: z.unknown(),
    })
    .optional(),
});
export type ActivityResult = z.infer<typeof activityResultSchema>;
