import type { Quadrant } from '../../activities/twoAxisRating';
import type { Burden } from '../../burdens';
import type { Band } from '../../continuum';

/** The summary sheet's columns, in order. */
export const SUMMARY_COLUMN_IDS = [
  'exercise',
  'activity',
  'item',
  'answers',
  'participants',
  'answered',
  'mean',
  'median',
  'spread',
  'spreadIs',
  'total',
  'details',
  'practice',
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMN_IDS)[number];

/** An activity sheet's columns, in order. */
export const ANSWER_COLUMN_IDS = ['participant', 'item', 'value', 'time', 'practice'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMN_IDS)[number];

/**
 * Every fixed word of the results export (XLSX and CSV) in one language. Facilitator-typed text
 * (titles, options, statements) never passes through here.
 */
export interface ResultsWords {
  summaryColumns: Record<SummaryColumn, string>;
  answerColumns: Record<AnswerColumn, string>;
  /** The summary's sheet name and CSV file name (without ".csv"). */
  summary: string;
  /** The saved file's name without its extension: "Acme – results", "Acme – results (CSV)". */
  fileName: (workshop: string, csv: boolean) => string;
  /** The file's name when the workshop has none. */
  untitled: string;
  /** "3 of 12" in the Answered column. */
  of: (n: number, of: number) => string;
  yes: string;
  no: string;
  unsure: string;
  /** The row of an activity as a whole. */
  allItems: string;
  cannotRead: (kind: string) => string;
  totalsOnly: string;
  /** The exercise of questions asked on the spot. */
  quickTitle: string;
  /** A number inside a text cell, up to two decimals: "12.5", "12,5". */
  decimal: (value: number) => string;
  /** A share as a whole percentage: "60%", "60 %". */
  percent: (share: number) => string;

  // Multiple choice, dot voting, card sort
  choice: string;
  noneOfThese: string;
  shareOf: (percent: string, of: number) => string;
  rankByDots: (rank: number) => string;
  voters: (n: number) => string;
  leading: (category: string) => string;
  contested: string;

  // Scales, ratings, heatmap, continuum
  standardDeviation: string;
  middleHalfIs: string;
  quadrant: (name: string) => string;
  quadrants: Record<Quadrant, string>;
  meetsBasics: string;
  /** "yes: 3", "2: 7": how many gave an answer, in the details' lists. */
  count: (label: string, n: number) => string;
  /** Between the parts of a details cell: "; ". */
  separator: string;
  failsBasics: string;
  burdens: Record<Burden, string>;
  burdenScale: string;
  bands: Record<Band, string>;
  middleHalf: (from: string, to: string, band: string) => string;

  // Write and upvote
  upvotes: (n: number) => string;
  list: (name: string) => string;
  upvote: (text: string) => string;
  upvoted: string;
  upvoteTakenBack: string;
  statement: string;
  statementIn: (list: string) => string;
  withdrawn: string;
}
