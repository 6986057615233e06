import type { Sheet } from 'write-excel-file/node';
import { resultsTables, type ResultsTable, type TableCell } from './tables';
import type { ResultsBook } from './types';

/** The same sheet input for write-excel-file in Node (CLI) and in the renderer (console). */
export type ResultsSheet = Sheet<never>;

const WIDTHS: Partial<Record<ResultsTable['columnIds'][number], number>> = {
  exercise: 24,
  activity: 28,
  item: 48,
  details: 48,
  value: 40,
  spreadIs: 22,
  time: 20,
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
    columns: table.columns.map((c, i) => ({
      width: WIDTHS[table.columnIds[i]!] ?? Math.max(10, c.length + 2),
    })),
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
