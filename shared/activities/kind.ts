import type { z } from 'zod';
import type { SimulatedAnswer, SimulatedParticipant } from './simulation';

/** One stored answer: the latest value a participant gave for one item of an activity. */
export interface StoredAnswer<Value> {
  participantId: string;
  itemId: string;
  value: Value;
  /** Hub time (ms) the answer was accepted. */
  at: number;
}

/**
 * A kind's tally kept up to date one answer at a time, so the cost of an answer does not grow with
 * the answers before it. Its result must equal the kind's `tally` of the same answers.
 */
export interface LiveTally<Value, Result> {
  /** A participant's latest answer to one item; `previous`: their answer it replaces, if any. */
  apply(answer: StoredAnswer<Value>, previous?: StoredAnswer<Value>): void;
  result(): Result;
  /** Kinds whose tally phones see (`publicTally`): one page of what they share, in a stable order. */
  page?(page: number, size: number): unknown;
  /** Kinds whose tally phones see: the pages that changed since the last call. */
  takeChangedPages?(size: number): number[];
}

/**
 * A generic kind of live activity. Knows nothing about customer centricity:
 * exercises compose kinds with their prompts and content.
 *
 * Contract with the hub: one answer per participant per item (a new one replaces the old);
 * an incoming answer goes through `checkAnswer` (shared/activities/check.ts) before it is
 * stored; `tally` is recomputed from the stored answers. Methods (not arrow properties) so
 * every kind is assignable to `AnyActivityKind`.
 */
export interface ActivityKind<Config, Value, Result> {
  /** Kebab-case id, stored in workshop results: never rename one. */
  kind: string;
  /** What the facilitator calls it, lower case ("card sort"): Run live's agenda names each activity's kind. */
  label: string;
  configSchema: z.ZodType<Config>;
  /** Schema of one answer value for one item, given the activity's config. */
  valueSchema(config: Config, itemId: string): z.ZodType<Value>;
  /**
   * Item ids a participant answers (questions, cards, stages…). Empty for kinds whose items
   * participants create themselves (open text); those define `acceptsItem`.
   */
  items(config: Config): string[];
  /** Whether an answer for this item id is possible. Defaults to `items(config).includes(itemId)`. */
  acceptsItem?(config: Config, itemId: string): boolean;
  /** Items that belong to the participant who wrote them first (a statement): nobody else may answer them. */
  ownedItem?(itemId: string): boolean;
  /**
   * Why participants would have nothing to answer with this config (a sort without cards), in words
   * the facilitator can act on; null when there is something. The hub refuses to open it meanwhile.
   */
  nothingToAnswer?(config: Config): string | null;
  /**
   * Limits across a participant's answers (e.g. dots spent), checked on the hub with the
   * participant's answers to the OTHER items. Returns what a participant can act on, or null.
   */
  checkLimits?(
    config: Config,
    others: ReadonlyArray<StoredAnswer<Value>>,
    itemId: string,
    value: Value,
  ): LimitRefusal | null;
  /** Pure: the result from the stored answers, never from counters; independent of their order. */
  tally(config: Config, answers: ReadonlyArray<StoredAnswer<Value>>): Result;
  /** The tally kept one answer at a time (the hub uses it while a session runs); without it the hub recomputes `tally`. */
  live?(config: Config): LiveTally<Value, Result>;
  /** Parses a stored result (workshop files, Dexie) back into the Result type. */
  resultSchema: z.ZodType<Result>;
  /**
   * Phones see the others' answers while answering (open text: the others' statements to upvote),
   * page by page (`live` with `page`); for every other kind a participant sees only their own answers.
   */
  publicTally?: boolean;
  /**
   * One simulated participant's answers, in the order a person would give them (practice room,
   * sample workshop). Each must pass the kind's check (simulate.test.ts tries them all).
   */
  simulate(config: Config, who: SimulatedParticipant): SimulatedAnswer[];
}

/** Any kind, for the registry and for code that handles kinds generically (hub, console). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActivityKind = ActivityKind<any, any, any>;

/** A kind's refusal: English for logs, a code and number for the phone to word in its language. */
export interface LimitRefusal {
  reason: string;
  rejection: 'dot-budget' | 'own-upvote' | 'statement-limit';
  limit?: number;
}
