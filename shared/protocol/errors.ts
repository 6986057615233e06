import * as z from 'zod/mini';

export const errorCodeSchema = z.enum([
  'bad-json',
  'invalid-message',
  'protocol-version',
  'hello-first',
  'unauthorized',
  'unknown-code',
  'session-ended',
  'session-full',
  'not-allowed',
  'no-session',
  'session-live',
  'bad-control',
  'rate-limited',
  'server-error',
  'device-limit',
  'removed',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Why the hub refused a facilitator's control, for the console to say in its own language. */
export const refusalCodeSchema = z.enum([
  'no-session',
  'last-activity',
  'first-activity',
  'no-such-activity',
  'no-cards',
  'nothing-to-answer',
  'not-in-session',
  'unknown-activity',
  'already-opened',
  'change-invalid',
  'too-many-activities',
  'duplicate-activity',
  'unknown-kind',
  'activity-invalid',
  'agenda-empty',
  'outcome-invalid',
  'not-an-address',
  'port-in-use',
  'address-gone',
  'cannot-listen',
  'session-starting',
  'session-running',
  'journal-unsaved',
  'answers-unsaved',
]);
export type RefusalCode = z.infer<typeof refusalCodeSchema>;

/** A refusal's code and the names or numbers its sentence needs (an activity's name, a count). */
export const refusalSchema = z.object({
  code: refusalCodeSchema,
  args: z.optional(
    z.record(z.string().check(z.maxLength(32)), z.union([z.string().check(z.maxLength(1000)), z.number()])),
  ),
});
export type RefusalWire = z.infer<typeof refusalSchema>;

/**
 * Something went wrong. `message` says it in English (logs, older pages); pages word `code` in their
 * own language, with `retryAfterMs` or `limit` where the refusal names a number.
 * `fatal`: the hub closes the connection next.
 */
export const errorSchema = z.object({
  type: z.literal('error'),
  seq: z.int().check(z.positive()),
  code: errorCodeSchema,
  message: z.string(),
  fatal: z.optional(z.boolean()),
  /** With rate-limited: when the sender may send again. */
  retryAfterMs: z.optional(z.int().check(z.nonnegative())),
  /** With rate-limited: the answer that was dropped, to send again after the wait. */
  clientAnswerId: z.optional(z.string().check(z.maxLength(64))),
  /** With session-full: participants a session takes; with device-limit: people one device may join as. */
  limit: z.optional(z.int().check(z.nonnegative())),
  /**
   * With bad-control and others a facilitator gets: why, as a code. Optional (older hubs send none);
   * a code this page does not know reads as none, so the English `message` still shows.
   */
  refusal: z.optional(z.catch(z.optional(refusalSchema), undefined)),
});
export type ErrorMessage = z.infer<typeof errorSchema>;
