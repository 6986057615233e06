// zod/mini like the rest of the protocol: the phone bundle loads this file too.
import * as z from 'zod/mini';

/**
 * Answers one closed activity keeps at most. Far above a 100-phone, 60-card sort; a larger
 * activity keeps its tally only, so a workshop file stays well under its size limit.
 */
export const MAX_CLOSED_ANSWERS = 10_000;

const text = z.string().check(z.maxLength(1000));
const key = z.string().check(z.maxLength(64));

/** An answer value as every activity kind stores it: number, option ids, a record of ratings, a statement… */
export const answerValueSchema = z.union([
  z.number(),
  z.boolean(),
  z.null(),
  text,
  z.array(key).check(z.maxLength(100)),
  z
    .record(key, z.union([z.number(), text]))
    .check(z.refine((value) => Object.keys(value).length <= 20, 'At most 20 fields in an answer.')),
]);

/**
 * One participant's latest answer to one item, without who gave it: `participant` numbers the
 * session's participants in the order they joined (1, 2, 3…), the same number across its activities.
 */
export const closedAnswerSchema = z.object({
  participant: z.int().check(z.positive()),
  item: z.string().check(z.minLength(1), z.maxLength(200)),
  value: answerValueSchema,
  /** Hub time (ms) the answer was accepted. */
  at: z.int().check(z.nonnegative()),
  /** A simulated participant of the console's practice room gave it. */
  practice: z.optional(z.literal(true)),
});
export type ClosedAnswer = z.infer<typeof closedAnswerSchema>;

/** Every answer of a closed activity, absent in older files and over MAX_CLOSED_ANSWERS. */
export const closedAnswersSchema = z.array(closedAnswerSchema).check(z.maxLength(MAX_CLOSED_ANSWERS));
