import { BAND_LABELS } from '../continuum';
import { positionLabel } from './format';
import type { ActionPlan, PlanInitiative } from './types';

export const CSV_COLUMNS = [
  'Title',
  'Band',
  'Position',
  'Owner',
  'Next step',
  'Due date',
  'Customer metric',
  'Burdens reduced',
  'Priority (dots)',
  'Description',
  'Source',
] as const;

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

function row(cells: readonly string[]): string {
  return cells.map((cell) => csvField(defuseFormula(cell))).join(',');
}

function initiativeRow(i: PlanInitiative): string[] {
  return [
    i.title,
    i.band ? BAND_LABELS[i.band] : 'Unplaced',
    i.position === null ? '' : positionLabel(i.position),
    i.owner,
    i.nextStep,
    i.dueDate,
    i.customerMetric,
    i.burdenLabels.join('; '),
    String(i.priority),
    i.description,
    i.sourceLabel,
  ];
}

/** Every initiative, band by band as in the PDF, then the unplaced ones. CRLF line ends, UTF-8 with BOM. */
export function initiativesCsv(plan: ActionPlan): string {
  const initiatives = [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
  const lines = [row(CSV_COLUMNS), ...initiatives.map((i) => row(initiativeRow(i)))];
  return BOM + lines.join('\r\n') + '\r\n';
}
