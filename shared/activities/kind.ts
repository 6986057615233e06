import type { z } from 'zod';

/** One stored answer: the latest value a participant gave for one item of an activity. */
export interface StoredAnswer<Value> {
  participantId: string;
  itemId: string;
  value: Value;
  /** Hub time (ms) the answer was accepted. */
  at: number;
}

/**
 * A generic kind of live activity. Knows nothing about customer centricity:
 * exercises compose kinds with their prompts and content.
 */
export interface ActivityKind<Config, Value, Result> {
  kind: string;
  configSchema: z.ZodType<Config>;
  /** Schema of one answer value for one item, given the activity's config. */
  valueSchema: (config: Config) => z.ZodType<Value>;
  /** Item ids a participant answers (questions, cards, stages…). */
  items: (config: Config) => string[];
  /**
   * Limits across a participant's answers (e.g. dots spent), checked on the hub with the
   * participant's other answers. Returns a reason to reject, or null.
   */
  checkLimits?: (config: Config, others: ReadonlyArray<StoredAnswer<Value>>, itemId: string, value: Value) => string | null;
  /** Pure: the result from the stored answers, never from counters. */
  tally: (config: Config, answers: ReadonlyArray<StoredAnswer<Value>>) => Result;
}
