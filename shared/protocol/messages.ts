/**
 * The live-session protocol between the hub and its three kinds of client, over one
 * WebSocket at `/ws`. Every frame is one JSON object with a `type`.
 *
 * Roles:
 * - facilitator (the console): holds the hub's secret token; the only role that changes the session.
 * - screen (the projector): read-only; sees a tally only while results are revealed.
 * - participant (a phone): joins with the join code, answers; never sees other people's
 *   answers, except for kinds whose tally is public (`publicTally` on the kind, shared/activities/kind.ts)
 *   because it is part of the input (open text: participants upvote each other's statements), and
 *   then one `page` of it at a time (pages.ts), never the whole tally.
 *
 * Flow: the client sends `hello` first; the hub answers `welcome` (or `error` and closes).
 * Then the hub pushes `state`, `tally`, `page`, `your-answers`, `closed-results` (and `moved`) as things change.
 * Every hub → client message carries `seq`, 1, 2, 3… per connection: a client that sees a
 * gap sends `resync` and gets a fresh `state` and tallies (never guess).
 */
// zod/mini: the phone loads this on a cheap phone over Wi-Fi; classic zod would cost ~20 KB gzip more.
import * as z from 'zod/mini';
import { languageSchema } from '../languages';
import { closedAnswersSchema } from './closedAnswers';
import { joinCodeSchema } from './joinCode';
import { errorSchema } from './errors';
import { deviceAddressSchema, rosterSchema } from './roster';
import { movedSchema, networkInfoSchema, pongSchema } from './network';
import { pageNumberSchema, pageRequestSchema, pageSchema } from './pages';

/** Bump when a message changes incompatibly; the hub refuses a hello with another version. */
export const PROTOCOL_VERSION = 1;

/** Largest frame the hub accepts; a bigger one closes that socket (1009), and only that one. */
export const MAX_FRAME_BYTES = 64 * 1024;
/** What the hub lets one participant send: a steady rate and a burst after a quiet spell. */
export const PARTICIPANT_RATE = { perSecond: 20, burst: 40 } as const;
/** What a phone allows itself, below the hub's limit so pings and a tap still get through. */
export const PHONE_PACE = { perSecond: 15, burst: 20 } as const;
/**
 * The facilitator's console on this computer may send more: starting a session sends the whole
 * agenda, up to the design's scale (500 cards, 200 offerings, 300 initiatives, labels at their
 * longest) in one frame.
 */
export const MAX_FACILITATOR_FRAME_BYTES = 4 * 1024 * 1024;

export const roleSchema = z.enum(['facilitator', 'screen', 'participant']);
export type Role = z.infer<typeof roleSchema>;

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** One live activity of the agenda: shared/exercises ActivitySpec, as it travels. */
export const activitySpecSchema = z.object({
  /** Stable across sessions (`${exerciseId}:${suffix}`), so results match back to the workshop. */
  id: idSchema,
  exerciseId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Activity kind id (shared/activities/registry). */
  kind: z.string().check(z.minLength(1), z.maxLength(60)),
  title: z.string().check(z.maxLength(200)),
  prompt: z.string().check(z.maxLength(2000)),
  /** The kind's config; the hub parses it with the kind's configSchema at start-session. */
  config: z.unknown(),
});
export type ActivitySpecMessage = z.infer<typeof activitySpecSchema>;

// ───────────────────────────── client → hub ─────────────────────────────

/**
 * First message on every connection.
 * - facilitator: `token` (the hub's secret).
 * - participant: `code` (join code); to resume after a reload or a Wi-Fi drop, also the
 *   `participantId` + `secret` from the earlier `welcome`. An unknown id/secret gets a new identity.
 * - screen: `code`, except on the hub's own machine (loopback), where it may watch without one.
 * The desktop app's pages (Origin 'app://outside-in') must send the facilitator `token` whatever
 * their role; pages the hub served (http://127.0.0.1 or the LAN address) need not.
 */
export const helloSchema = z.object({
  type: z.literal('hello'),
  protocol: z.int(),
  role: roleSchema,
  token: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  code: z.optional(joinCodeSchema),
  participantId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  secret: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /**
   * Participant only: a simulated participant of the console's practice room, counted apart so its
   * answers are never taken for the room's. Only on the hub's machine, with the facilitator `token`.
   */
  practice: z.optional(z.boolean()),
  /**
   * Participant only, coming back: the page of the current activity's statements the phone showed
   * (pages.ts). The hub sends that page instead of the first, and keeps it up to date.
   */
  page: z.optional(z.object({ activityId: idSchema, page: pageNumberSchema })),
});
export type Hello = z.infer<typeof helloSchema>;

/**
 * A participant's answer to one item of the current, open activity. `value` is checked on the
 * hub by the activity kind. `clientAnswerId` is made by the phone: sending the same one again is
 * a harmless no-op ('duplicate'), so a phone resends freely until it sees the ack.
 */
export const answerSchema = z.object({
  type: z.literal('answer'),
  activityId: idSchema,
  itemId: idSchema,
  clientAnswerId: z.string().check(z.minLength(1), z.maxLength(64)),
  value: z.unknown(),
});
export type Answer = z.infer<typeof answerSchema>;

export const controlActionSchema = z.discriminatedUnion('action', [
  /** Start a live session with this agenda; fails while another session is live (end it first). */
  z.object({
    action: z.literal('start-session'),
    workshopId: z.string().check(z.minLength(1), z.maxLength(64)),
    workshopName: z.string().check(z.maxLength(200)),
    /** The room's language for phones and projector (absent: English, as before languages). */
    language: z.optional(languageSchema),
    activities: z.array(activitySpecSchema).check(z.minLength(1), z.maxLength(200)),
  }),
  /** Open the current activity for answers (again, if it was closed: earlier answers stay). */
  z.object({ action: z.literal('open') }),
  /** Close the current activity; the facilitator gets `closed-results`. */
  z.object({ action: z.literal('close') }),
  /** Show the current activity's results on the projector. */
  z.object({ action: z.literal('reveal') }),
  z.object({ action: z.literal('hide') }),
  /** Move to activity `index` (0-based). An open activity is closed first. */
  z.object({ action: z.literal('goto'), index: z.int().check(z.minimum(0)) }),
  z.object({ action: z.literal('next') }),
  z.object({ action: z.literal('previous') }),
  /** Countdown; when it ends the hub closes the activity if it is open. null stops it. */
  z.object({ action: z.literal('timer'), seconds: z.nullable(z.int().check(z.minimum(1), z.maximum(3600))) }),
  /** Choose the network address phones use (null: this machine only). The join URL follows. */
  z.object({
    action: z.literal('set-host'),
    address: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
  }),
  /**
   * Replace the config of an activity that has not been opened yet (approved card proposals join
   * the card sort). Refused once it has been opened: its answers would no longer match.
   */
  z.object({
    action: z.literal('update-activity'),
    activityId: idSchema,
    /** The kind's config; the hub parses it with the kind's configSchema. */
    config: z.unknown(),
  }),
  /** End the session: an open activity is closed first; the join code stops working. */
  z.object({ action: z.literal('end-session') }),
  /** An exercise's outcome on the projector (shared/outcomes, checked by the hub); null takes it off. */
  z.object({ action: z.literal('show-outcome'), outcome: z.nullable(z.unknown()) }),
  /** Append activities (new ids) to the running session; phones get them on the same join code. */
  z.object({
    action: z.literal('add-activities'),
    activities: z.array(activitySpecSchema).check(z.minLength(1), z.maxLength(20)),
  }),
  /** Count answers from phones offline at a close if they arrive within a minute (the default), or not. */
  z.object({ action: z.literal('late-answers'), accept: z.boolean() }),
  /** How the projector shows a long result: which page of it, or a word cloud (open text). */
  z.object({
    action: z.literal('display'),
    page: z.int().check(z.minimum(0), z.maximum(999)),
    cloud: z.boolean(),
  }),
  /** Send me the participant list (`roster`). */
  z.object({ action: z.literal('roster') }),
  /** Take a participant out: their answers leave every result and their phone cannot come back as them. */
  z.object({ action: z.literal('remove-participant'), participantId: z.string().check(z.maxLength(64)) }),
  /** Let one device join as several people (a shared tablet), or stop it. */
  z.object({ action: z.literal('share-device'), address: deviceAddressSchema, shared: z.boolean() }),
]);
export type ControlAction = z.infer<typeof controlActionSchema>;
export type ControlActionName = ControlAction['action'];

/** Facilitator only: change the session. The result shows up as a new `state` (or an `error`). */
export const controlSchema = z.object({
  type: z.literal('control'),
  control: controlActionSchema,
});
export type Control = z.infer<typeof controlSchema>;

/** Ask for a fresh snapshot (`state`, tallies, `your-answers`), e.g. after a seq gap. */
export const resyncSchema = z.object({ type: z.literal('resync') });
/** Application-level keep-alive (browsers cannot see WebSocket pings); answered with `pong`. */
export const pingSchema = z.object({ type: z.literal('ping') });

export const clientMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  answerSchema,
  controlSchema,
  resyncSchema,
  pingSchema,
  pageRequestSchema,
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageType = ClientMessage['type'];

// ───────────────────────────── hub → client ─────────────────────────────

export const phaseSchema = z.enum(['waiting', 'open', 'closed']);
export type Phase = z.infer<typeof phaseSchema>;

/** What everybody may know about one activity of the agenda (no config: see `current`). */
export const activitySummarySchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  phase: phaseSchema,
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const participantCountsSchema = z.object({
  /** Participants who joined this session (a phone that resumes counts once). */
  joined: z.int().check(z.nonnegative()),
  /** Participants connected right now. */
  connected: z.int().check(z.nonnegative()),
  /** Of `connected`, simulated practice participants (absent when there are none). */
  practice: z.optional(z.int().check(z.nonnegative())),
  /** Joined phones of the room not connected right now (absent when none). */
  offline: z.optional(z.int().check(z.nonnegative())),
});
export type ParticipantCounts = z.infer<typeof participantCountsSchema>;

export const liveSessionSchema = z.object({
  id: z.string(),
  status: z.enum(['live', 'ended']),
  code: z.string(),
  /** http://<lan-address>:<port>/j/<CODE>; on 127.0.0.1 while the hub listens on this machine only. */
  joinUrl: z.string(),
  workshopId: z.string(),
  workshopName: z.string(),
  /** What phones and the projector speak (absent: English). */
  language: z.optional(languageSchema),
  activities: z.array(activitySummarySchema),
  /** Index of the current activity in `activities`. */
  index: z.int().check(z.nonnegative()),
  /** The current activity with its config: what phones render. */
  current: activitySpecSchema,
  phase: phaseSchema,
  /** Results of the current activity are on the projector. */
  revealed: z.boolean(),
  /** How the projector shows the revealed result: its page, or a word cloud (absent: page 1 as a list). */
  display: z.optional(z.object({ page: z.int().check(z.nonnegative()), cloud: z.boolean() })),
  /** Answers from phones offline at a close still count for a minute (absent: yes). */
  acceptLate: z.optional(z.boolean()),
  /** Hub-clock ms; compare with `now` to count down without trusting the phone's clock. */
  timer: z.nullable(z.object({ endsAt: z.number(), seconds: z.int() })),
  participants: participantCountsSchema,
  /** Console and projector only: the exercise outcome on the projector (shared/outcomes), if any. */
  outcome: z.optional(z.nullable(z.unknown())),
});
export type LiveSession = z.infer<typeof liveSessionSchema>;

export const stateBodySchema = z.object({
  /** null: no session yet (or after a hub restart with no unfinished session). */
  session: z.nullable(liveSessionSchema),
  /** Hub clock (ms) when this was sent. */
  now: z.number(),
  /** Facilitator only. */
  network: z.optional(networkInfoSchema),
});
export type StateBody = z.infer<typeof stateBodySchema>;

/** Activity result as stored in the workshop (shared/workshop/results ActivityResult). */
export const closedResultSchema = z.object({
  activityId: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.string().check(z.minLength(1), z.maxLength(60)),
  closedAt: z.int().check(z.nonnegative()),
  participants: z.int().check(z.nonnegative()),
  answered: z.int().check(z.nonnegative()),
  /** Of `answered`, simulated practice participants (absent when there were none). */
  practice: z.optional(z.int().check(z.nonnegative())),
  tally: z.unknown(),
  /** Every answer behind the tally, for analysis outside the app (see closedAnswers.ts). */
  answers: z.optional(closedAnswersSchema),
  /** The activity as asked, when it was added during the session (no agenda holds it). */
  asked: z.optional(activitySpecSchema),
});

const seq = z.int().check(z.positive());

/**
 * Reply to `hello`: who you are and the session as it is now. A participant keeps
 * `participantId` + `secret` (localStorage) to resume; `resumed` says an earlier identity was kept.
 */
export const welcomeSchema = z.object({
  type: z.literal('welcome'),
  seq,
  protocol: z.int(),
  you: z.object({
    role: roleSchema,
    participantId: z.optional(z.string()),
    secret: z.optional(z.string()),
    resumed: z.optional(z.boolean()),
  }),
  snapshot: stateBodySchema,
});
export type Welcome = z.infer<typeof welcomeSchema>;

/** The session changed (activity, phase, reveal, timer, participant counts, join URL). Replace, don't merge. */
export const stateSchema = z.extend(stateBodySchema, { type: z.literal('state'), seq });
export type State = z.infer<typeof stateSchema>;

/**
 * The activity's result, computed by its kind from the stored answers. Facilitator: always;
 * screen: current activity, with `result` null until revealed (the counts show progress);
 * participants never (they get `page`s of kinds whose tally is public). At most one per activity per ~50 ms,
 * a large one (over 32 KiB) per 250 ms to 2 s by its size.
 */
export const tallySchema = z.object({
  type: z.literal('tally'),
  seq,
  activityId: idSchema,
  kind: z.string(),
  result: z.unknown(),
  /** Participants who answered at least one item. */
  answered: z.int().check(z.nonnegative()),
  /** Of `answered`, simulated practice participants (absent when there are none). */
  practice: z.optional(z.int().check(z.nonnegative())),
  /** Participants connected now ("answered of participants"). */
  participants: z.int().check(z.nonnegative()),
  /** Participants who ever joined this session. */
  joined: z.int().check(z.nonnegative()),
});
export type Tally = z.infer<typeof tallySchema>;

export const ackStatusSchema = z.enum(['recorded', 'replaced', 'duplicate', 'rejected']);
export type AckStatus = z.infer<typeof ackStatusSchema>;

/** Why the hub turned an answer down, for the phone to say in the room's language. */
export const rejectionSchema = z.enum([
  'session-over',
  'gone',
  'not-open',
  'closed',
  'taken',
  'disk',
  // An answer the activity cannot take (the phone's own checks normally prevent these).
  'unknown-item',
  'invalid',
  // A kind's limits across a participant's answers; `limit` is the number in question.
  'dot-budget',
  'own-upvote',
  'statement-limit',
]);
export type Rejection = z.infer<typeof rejectionSchema>;

/**
 * The fate of one `answer`, sent only after an accepted answer is on disk.
 * recorded: first answer to that item; replaced: it replaced your earlier one;
 * duplicate: that clientAnswerId was already recorded (nothing changed);
 * rejected: not stored, `reason` says why in English (logs, older phones), `rejection` which refusal
 * it is, for the phone to say in the room's language, with `limit` when the refusal names a number.
 */
export const ackSchema = z.object({
  type: z.literal('ack'),
  seq,
  clientAnswerId: z.string(),
  activityId: z.string(),
  itemId: z.string(),
  status: ackStatusSchema,
  reason: z.optional(z.string()),
  rejection: z.optional(rejectionSchema),
  limit: z.optional(z.number()),
});
export type Ack = z.infer<typeof ackSchema>;

/** Participant only: your recorded answers to the current activity (after welcome, resync, or moving on). */
export const yourAnswersSchema = z.object({
  type: z.literal('your-answers'),
  seq,
  activityId: idSchema,
  answers: z.array(z.object({ itemId: z.string(), value: z.unknown(), clientAnswerId: z.string() })),
});
export type YourAnswers = z.infer<typeof yourAnswersSchema>;

/**
 * Facilitator only: an activity closed (by hand, timer, moving on, or ending the session); store
 * `result` in the workshop. Also sent for every closed activity after a facilitator's hello or
 * resync, so a console that was away can catch up.
 */
export const closedResultsSchema = z.object({
  type: z.literal('closed-results'),
  seq,
  result: closedResultSchema,
});
export type ClosedResults = z.infer<typeof closedResultsSchema>;

export const hubMessageSchema = z.discriminatedUnion('type', [
  welcomeSchema,
  stateSchema,
  tallySchema,
  ackSchema,
  yourAnswersSchema,
  closedResultsSchema,
  errorSchema,
  pongSchema,
  movedSchema,
  rosterSchema,
  pageSchema,
]);
export type HubMessage = z.infer<typeof hubMessageSchema>;
export type HubMessageType = HubMessage['type'];

/** A hub message before the hub stamps its per-connection `seq`. */
export type HubMessageBody = HubMessage extends infer M
  ? M extends HubMessage
    ? Omit<M, 'seq'>
    : never
  : never;
