// zod/mini like the rest of the protocol: the phone bundle loads this file too.
import * as z from 'zod/mini';

/** Network the hub serves phones on; facilitator only (to pick another interface mid-session). */
export const networkInfoSchema = z.object({
  /** LAN address phones use, null = this machine only. */
  host: z.nullable(z.string()),
  joinBase: z.nullable(z.string()),
  interfaces: z.array(
    z.object({ name: z.string(), address: z.string(), isPrivate: z.boolean(), isDefault: z.boolean() }),
  ),
});
export type NetworkInfo = z.infer<typeof networkInfoSchema>;

/**
 * Participant only: phones join at another address of this hub now (the facilitator chose another
 * network). Go to `joinUrl` (same session, same code) and resume as the same participant there;
 * the old address stops listening a moment later. A client that does not know `moved` drops it.
 */
export const movedSchema = z.object({
  type: z.literal('moved'),
  seq: z.int().check(z.positive()),
  joinUrl: z.string().check(z.minLength(1), z.maxLength(300)),
});
export type Moved = z.infer<typeof movedSchema>;

/** Reply to `ping`, with the hub clock. */
export const pongSchema = z.object({
  type: z.literal('pong'),
  seq: z.int().check(z.positive()),
  now: z.number(),
});
