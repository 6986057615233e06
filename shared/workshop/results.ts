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
});
export type ActivityResult = z.infer<typeof activityResultSchema>;
