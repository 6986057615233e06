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
});
export type ErrorMessage = z.infer<typeof errorSchema>;
