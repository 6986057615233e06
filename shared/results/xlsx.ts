import type { Sheet } from 'write-excel-file/node';
import { resultsTables, type ResultsTable, type TableCell } from './tables';
import type { ResultsBook } from './types';

/** The same sheet input for write-excel-file in Node (CLI) and in the renderer (console). */
export type ResultsSheet = Sheet<never>;

const WIDTHS: Record<string, number> = {
  Exercise: 24,
  Activity: 28,
  Item: 48,
  Details: 48,
  Value: 40,
  'Spread is': 22,
  'Time (UTC)': 20,
};

function cell(value: TableCell) {
  if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd hh:mm:ss' };
  // An empty text is an empty cell, as a spreadsheet app reads it back.
  return value === '' ? null : value;
}

function sheetOf(table: ResultsTable): ResultsSheet {
  return {
    sheet: table.sheet,
    stickyRowsCount: 1,
    columns: table.columns.map((c) => ({ width: WIDTHS[c] ?? Math.max(10, c.length + 2) })),
    data: [
      table.columns.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map(cell)),
    ],
  };
}

/** The summary sheet, then one sheet per activity with every answer. */
export function resultsSheets(book: ResultsBook): ResultsSheet[] {
  return resultsTables(book).map(sheetOf);
}
