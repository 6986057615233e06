import type { ActivityAnswers, ResultsBook, SummaryRow } from './types';
import {
  ANSWER_COLUMN_IDS,
  SUMMARY_COLUMN_IDS,
  resultsWords,
  type AnswerColumn,
  type ResultsWords,
  type SummaryColumn,
} from './words';
import { en } from './words/en';

const summaryColumns = (words: ResultsWords) => SUMMARY_COLUMN_IDS.map((id) => words.summaryColumns[id]);
const answerColumns = (words: ResultsWords) => ANSWER_COLUMN_IDS.map((id) => words.answerColumns[id]);

/** The headers of an English workshop's summary and activity sheets. */
export const SUMMARY_COLUMNS: readonly string[] = summaryColumns(en);
export const ANSWER_COLUMNS: readonly string[] = answerColumns(en);

export type TableCell = string | number | Date | null;

/** One sheet of the XLSX and one file of the CSVs: the same rows in both. */
export interface ResultsTable {
  /** Sheet name: at most 31 characters, none of []:*?/\, unique. */
  sheet: string;
  /** CSV file name. */
  file: string;
  columns: readonly string[];
  /** What each column holds, whatever the language of its header. */
  columnIds: readonly (SummaryColumn | AnswerColumn)[];
  rows: TableCell[][];
}

function summaryCells(row: SummaryRow, words: ResultsWords): TableCell[] {
  return [
    row.exercise,
    row.activity,
    row.item,
    row.answers,
    row.participants,
    row.answers === null || row.participants === null ? '' : words.of(row.answers, row.participants),
    row.mean,
    row.median,
    row.spread,
    row.spreadIs,
    row.total,
    row.details,
    row.practice,
  ];
}

function answerCells(activity: ActivityAnswers, words: ResultsWords): TableCell[][] {
  return activity.rows.map((r) => [
    r.participant,
    r.item,
    r.value,
    new Date(r.at),
    r.practice ? words.yes : words.no,
  ]);
}

// eslint-disable-next-line no-control-regex -- control characters are not allowed in file or sheet names
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f"<>|]+/g;

function baseName(text: string, max: number): string {
  return text.normalize('NFKC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** The summary first, then one table per activity, numbered in agenda order. */
export function resultsTables(book: ResultsBook): ResultsTable[] {
  const words = resultsWords(book.language);
  const tables: ResultsTable[] = [
    {
      sheet: words.summary,
      file: `${words.summary}.csv`,
      columns: summaryColumns(words),
      columnIds: SUMMARY_COLUMN_IDS,
      rows: book.summary.map((row) => summaryCells(row, words)),
    },
  ];
  book.activities.forEach((activity, index) => {
    const number = String(index + 1).padStart(2, '0');
    const name = baseName(activity.activity, 60) || activity.kind;
    tables.push({
      // The number keeps sheet names unique even when two activities share a title.
      sheet: `${number} ${baseName(name, 28)}`,
      file: `${number} ${name}.csv`,
      columns: answerColumns(words),
      columnIds: ANSWER_COLUMN_IDS,
      rows: answerCells(activity, words),
    });
  });
  return tables;
}

/** "Acme kickoff – results.xlsx": a bare file name, safe on every OS, in the results' language. */
export function resultsFileName(workshopName: string, extension: 'xlsx' | 'zip', language = 'en'): string {
  const words = resultsWords(language);
  return `${words.fileName(baseName(workshopName, 80) || words.untitled, extension === 'zip')}.${extension}`;
}
