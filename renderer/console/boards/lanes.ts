import type { Lane } from './DragBoard';

/**
 * A board's columns and its tray from a board model's places (null before the model exists),
 * each column with its label and hint: the push/pull and simplification boards alike.
 */
export function lanesOf<Column extends string, Tray extends string>(
  places: Readonly<Record<Column | Tray, readonly string[]>> | null | undefined,
  columns: readonly Column[],
  labels: Readonly<Record<Column | Tray, string>>,
  hints: Readonly<Record<Column, string>>,
  tray: { id: Tray; hint: string },
): { lanes: Lane[]; tray: Lane } {
  return {
    lanes: columns.map((id) => ({ id, label: labels[id], hint: hints[id], ids: places?.[id] ?? [] })),
    tray: { id: tray.id, label: labels[tray.id], hint: tray.hint, ids: places?.[tray.id] ?? [] },
  };
}
