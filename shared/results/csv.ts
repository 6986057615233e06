import { csvText, type CsvCell } from '../plan/csv';
import type { ResultsTable, TableCell } from './tables';

/** Time as ISO 8601 in UTC, which every spreadsheet app and script reads the same way. */
const csvCell = (cell: TableCell): CsvCell => (cell instanceof Date ? cell.toISOString() : cell);

/** A table as a CSV file like the plan's: RFC 4180, UTF-8 with BOM, formulas defused. */
export function tableCsv(table: ResultsTable): string {
  return csvText([table.columns, ...table.rows.map((row) => row.map(csvCell))]);
}
