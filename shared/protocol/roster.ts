import * as z from 'zod/mini';

/** A device address as the hub saw it (IPv4, IPv6 or IPv4-mapped IPv6). */
export const deviceAddressSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** One participant of the session, for the console's participant list. */
export const rosterEntrySchema = z.object({
  participantId: z.string(),
  /** The device address the participant joined from ('' when unknown, e.g. a replayed old journal). */
  address: z.string(),
  joinedAt: z.number(),
  /** Connected to the hub right now. */
  connected: z.boolean(),
  /** Answers recorded for this participant in the whole session. */
  answers: z.int().check(z.nonnegative()),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A device that joined as several people, or tried to. */
export const rosterDeviceSchema = z.object({
  address: deviceAddressSchema,
  /** Participants who joined from it (removed ones not counted). */
  identities: z.int().check(z.nonnegative()),
  /** New identities and refused attempts in the last minute. */
  joinsLastMinute: z.int().check(z.nonnegative()),
  refusedLastMinute: z.int().check(z.nonnegative()),
  /** The facilitator allowed it to join as several people (a shared tablet). */
  shared: z.boolean(),
  /** Joins came in a burst: worth a look. */
  flagged: z.boolean(),
});
export type RosterDevice = z.infer<typeof rosterDeviceSchema>;

/** Facilitator only, on the `roster` control: who joined from where, and devices worth a look. */
export const rosterSchema = z.object({
  type: z.literal('roster'),
  seq: z.int().check(z.positive()),
  participants: z.array(rosterEntrySchema),
  /** Devices with more than one identity, a burst, or the shared mark. */
  devices: z.array(rosterDeviceSchema),
  /** How many identities one device may make unless shared. */
  perDevice: z.int().check(z.positive()),
});
export type Roster = z.infer<typeof rosterSchema>;
