import type { Initiative } from '../../shared/workshop/initiative';

/**
 * Everything the sample workshop says in its own words, in one language: what the facilitator and
 * the room would have typed. The exercises' template wording comes from the exercise content instead.
 * Lists are in the order of the room's leans in make-sample.ts: the same story in every language.
 */
export interface SampleWords {
  name: string;
  organisation: string;
  facilitator: string;
  definition: { means: string; notMeans: string };
  /** Title and description of each card to sort. */
  cards: ReadonlyArray<readonly [string, string]>;
  /** Name and description of each offering to rate. */
  offerings: ReadonlyArray<readonly [string, string]>;
  initiatives: ReadonlyArray<
    Pick<Initiative, 'title' | 'description' | 'owner' | 'nextStep' | 'customerMetric'>
  >;
  /** What the room wrote in the definition exercise, per list. */
  statements: { means: readonly string[]; 'not-means': readonly string[] };
  /** The facilitator's note on the offering the room says misses the basics. */
  basicsNote: string;
  /** Presenter notes per exercise id. */
  notes: Record<string, string>;
}
