import { positionLabel } from './format';
import type { ActionPlan, PlanInitiative } from './types';
import { planWords, type PlanWords } from './words';

export { CSV_COLUMNS, type CsvHeaders } from './csvColumns';

/** Spreadsheet apps read the file as UTF-8 only with a byte-order mark. */
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab/CR) gets a leading
 * apostrophe, so an initiative titled "=HYPERLINK(…)" stays text.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A cell: text (guarded against formulas), a number (written as is: "-3" is no formula) or empty. */
export type CsvCell = string | number | null;

function row(cells: readonly CsvCell[]): string {
  return cells
    .map((cell) =>
      cell === null ? '' : typeof cell === 'number' ? String(cell) : csvField(defuseFormula(cell)),
    )
    .join(',');
}

/** A CSV file as spreadsheet apps read it: RFC 4180 fields, CRLF line ends, UTF-8 with BOM. */
export function csvText(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return BOM + rows.map(row).join('\r\n') + '\r\n';
}

const orBlank = (n: number | null | undefined) => (n === null || n === undefined ? '' : positionLabel(n));

function initiativeRow(i: PlanInitiative, plan: ActionPlan, w: PlanWords): string[] {
  return [
    String(i.number),
    i.title,
    i.band ? w.bands[i.band] : w.notPlacedYet,
    orBlank(i.positionSource === 'agreed' ? i.position : null),
    orBlank(i.roomMedian),
    orBlank(i.spread?.p25),
    orBlank(i.spread?.p75),
    i.spread ? String(i.spread.count) : '',
    i.owner,
    i.nextStep,
    i.dueDate,
    i.customerMetric,
    i.burdenLabels.join('; '),
    String(i.priority),
    i.description,
    i.sourceLabel,
    plan.title.workshopName,
    plan.title.date,
  ];
}

/**
 * Every initiative, band by band, headed in the plan's language as in the PDF, then the unplaced ones; each with its number,
 * the room's median and middle half, and the workshop it comes from. CRLF line ends, UTF-8 with BOM.
 */
export function initiativesCsv(plan: ActionPlan): string {
  const initiatives = [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
  const w = planWords(plan.title.language);
  return csvText([w.csv, ...initiatives.map((i) => initiativeRow(i, plan, w))]);
}
