import type { ActivityAnswers, ResultsBook, SummaryRow } from './types';

export const SUMMARY_COLUMNS = [
  'Exercise',
  'Activity',
  'Item',
  'Answers',
  'Of participants',
  'Answered',
  'Mean',
  'Median',
  'Spread',
  'Spread is',
  'Total',
  'Details',
  'Practice participants',
] as const;

export const ANSWER_COLUMNS = ['Participant', 'Item', 'Value', 'Time (UTC)', 'Practice'] as const;

export type TableCell = string | number | Date | null;

/** One sheet of the XLSX and one file of the CSVs: the same rows in both. */
export interface ResultsTable {
  /** Sheet name: at most 31 characters, none of []:*?/\, unique. */
  sheet: string;
  /** CSV file name. */
  file: string;
  columns: readonly string[];
  rows: TableCell[][];
}

function summaryCells(row: SummaryRow): TableCell[] {
  return [
    row.exercise,
    row.activity,
    row.item,
    row.answers,
    row.participants,
    row.answers === null || row.participants === null ? '' : `${row.answers} of ${row.participants}`,
    row.mean,
    row.median,
    row.spread,
    row.spreadIs,
    row.total,
    row.details,
    row.practice,
  ];
}

function answerCells(activity: ActivityAnswers): TableCell[][] {
  return activity.rows.map((r) => [
    r.participant,
    r.item,
    r.value,
    new Date(r.at),
    r.practice ? 'yes' : 'no',
  ]);
}

// eslint-disable-next-line no-control-regex -- control characters are not allowed in file or sheet names
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f"<>|]+/g;

function baseName(text: string, max: number): string {
  return text.normalize('NFKC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** The summary first, then one table per activity, numbered in agenda order. */
export function resultsTables(book: ResultsBook): ResultsTable[] {
  const tables: ResultsTable[] = [
    { sheet: 'Summary', file: 'Summary.csv', columns: SUMMARY_COLUMNS, rows: book.summary.map(summaryCells) },
  ];
  book.activities.forEach((activity, index) => {
    const number = String(index + 1).padStart(2, '0');
    const name = baseName(activity.activity, 60) || activity.kind;
    tables.push({
      // The number keeps sheet names unique even when two activities share a title.
      sheet: `${number} ${baseName(name, 28)}`,
      file: `${number} ${name}.csv`,
      columns: ANSWER_COLUMNS,
      rows: answerCells(activity),
    });
  });
  return tables;
}

/** "Acme kickoff – results.xlsx": a bare file name, safe on every OS. */
export function resultsFileName(workshopName: string, extension: 'xlsx' | 'zip'): string {
  return `${baseName(workshopName, 80) || 'Workshop'} – results${extension === 'zip' ? ' (CSV)' : ''}.${extension}`;
}
