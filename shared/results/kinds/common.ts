import type { Band } from '../../continuum';
import type { Burden } from '../../burdens';
import type { PlanWords } from '../../plan/words/en';
import type { ClosedAnswer } from '../../protocol/closedAnswers';
import type { LabelledConfig } from '../labels';
import type { SummaryRow } from '../types';
import type { ResultsWords } from '../words/types';

export interface KindContext {
  config: LabelledConfig;
  /** Participants in the session when the activity closed: the M of "N of M". */
  participants: number;
  /** The activity's answers, when the file kept them (open text reads statement texts from them). */
  answers: readonly ClosedAnswer[];
  /** The results' words in the workshop's language. */
  words: ResultsWords;
}

export type ItemRow = Omit<SummaryRow, 'exercise' | 'activity' | 'practice'>;

/** How one activity kind reads: its tally as summary rows, an answer as one or more answer rows. */
export interface KindResults {
  /** Item rows from the stored tally (the numbers the console shows); null when it does not parse. */
  summary(tally: unknown, context: KindContext): ItemRow[] | null;
  /** An answer as rows of item and value (a rating of two axes gives two). */
  answerRows(answer: ClosedAnswer, context: KindContext): Array<{ item: string; value: string | number }>;
  /** How its rows read in the plan for a reader, in the plan's language. */
  reading: ReaderRows;
}

/** One row of results worded for a reader: "12 of 20", "mean 3.4 · median 3.0 · …". */
export interface ReaderRow {
  item: string;
  answers: string;
  result: string;
}

/** What a reading knows besides the rows: the plan's words and numbers in its language. */
export interface ReadingContext {
  /** Participants in the session when the activity closed. */
  participants: number;
  /** Participants who answered the activity at all. */
  answered: number;
  words: PlanWords['reading'];
  /** The names of the burdens and bands in the plan's language. */
  burdens: Record<Burden, string>;
  bands: Record<Band, string>;
  /** The stored tally and the labelled config: for kinds whose export rows carry English words. */
  tally: unknown;
  config: LabelledConfig;
  /** One decimal in the plan's language ("3.4", "3,4"). */
  decimal: (value: number) => string;
  /** A share as a whole percentage in the plan's language ("60%", "60 %"). */
  percent: (share: number) => string;
}

/** Which rows, in what order (said in the plan's words), and their figures. */
export interface ReaderRows {
  order: (words: PlanWords['reading']) => string;
  rows(items: ItemRow[], context: ReadingContext): ReaderRow[];
}

export function itemRow(item: string, participants: number, fields: Partial<ItemRow>): ItemRow {
  return {
    item,
    answers: null,
    participants,
    mean: null,
    median: null,
    spread: null,
    spreadIs: '',
    total: null,
    details: '',
    ...fields,
  };
}

/** A value of a shape no kind gives, written as it is rather than dropped. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
