import type { ClosedAnswer } from '../../protocol/closedAnswers';
import type { LabelledConfig } from '../labels';
import type { SummaryRow } from '../types';

export interface KindContext {
  config: LabelledConfig;
  /** Participants in the session when the activity closed: the M of "N of M". */
  participants: number;
  /** The activity's answers, when the file kept them (open text reads statement texts from them). */
  answers: readonly ClosedAnswer[];
}

export type ItemRow = Omit<SummaryRow, 'exercise' | 'activity' | 'practice'>;

/** How one activity kind reads: its tally as summary rows, an answer as one or more answer rows. */
export interface KindResults {
  /** Item rows from the stored tally (the numbers the console shows); null when it does not parse. */
  summary(tally: unknown, context: KindContext): ItemRow[] | null;
  /** An answer as rows of item and value (a rating of two axes gives two). */
  answerRows(answer: ClosedAnswer, context: KindContext): Array<{ item: string; value: string | number }>;
  /** How its rows read in the plan for a reader; without it, as in the results export. */
  reading?: ReaderRows;
}

/** One row of results worded for a reader: "12 of 20", "mean 3.4 · median 3.0 · …". */
export interface ReaderRow {
  item: string;
  answers: string;
  result: string;
}

/** Which rows, in what order (said in words), and their figures. */
export interface ReaderRows {
  order: string;
  rows(items: ItemRow[], participants: number): ReaderRow[];
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

export const STANDARD_DEVIATION = 'standard deviation';

/** A value of a shape no kind gives, written as it is rather than dropped. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
