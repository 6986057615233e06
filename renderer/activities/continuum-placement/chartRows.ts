/** One initiative on the chart, positions in % of the line (0–100). */
export interface ChartSpan {
  id: string;
  median: number;
  p25: number;
  p75: number;
  /** Width of its label (and the median marker under it), in % of the line. */
  labelWidth: number;
}

export interface PlacedSpan {
  id: string;
  row: number;
  /** Left edge of the label, in %: centred on the median, kept inside the line. */
  labelLeft: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Rows so that no two labels (or spread bars) touch: left to right by median, each initiative
 * takes the highest row whose last occupant ends at least `gap` % before it starts.
 * Deterministic for the same input, whatever its order.
 */
export function chartRows(spans: readonly ChartSpan[], gap: number): { placed: PlacedSpan[]; rows: number } {
  const sorted = [...spans].sort((a, b) => a.median - b.median || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rowEnds: number[] = [];
  const placed: PlacedSpan[] = [];
  for (const span of sorted) {
    const width = clamp(span.labelWidth, 0, 100);
    const labelLeft = clamp(span.median - width / 2, 0, 100 - width);
    const start = Math.min(labelLeft, span.p25);
    const end = Math.max(labelLeft + width, span.p75);
    let row = rowEnds.findIndex((rowEnd) => start - rowEnd >= gap);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else {
      rowEnds[row] = end;
    }
    placed.push({ id: span.id, row, labelLeft });
  }
  return { placed, rows: rowEnds.length };
}
