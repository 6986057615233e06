/** One initiative on the chart; positions and widths in % of the line (0–100). */
export interface ChartSpan {
  id: string;
  median: number;
  p25: number;
  p75: number;
  /** Half the width of the median marker. */
  markerHalf: number;
  /** Width of its label. */
  labelWidth: number;
}

export interface PlacedSpan {
  id: string;
  row: number;
  /** Left edge of the label, beside the spread bar on the side away from the middle where it fits. */
  labelLeft: number;
  side: 'right' | 'left';
}

/**
 * One line per initiative: spread bar with the median marker on it, the label just past the bar,
 * never over it, pointing away from the middle of the line (where there is room). Rows so that nothing on one row touches: left to right, each initiative takes
 * the first row whose last occupant ends at least `gap` before it starts (for intervals sorted
 * by start this uses the fewest rows possible). Deterministic whatever the input order.
 */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function chartRows(
  spans: readonly ChartSpan[],
  gap: number,
): { placed: PlacedSpan[]; rows: number; cramped: number } {
  const medianOf = new Map(spans.map((s) => [s.id, s.median]));
  const laid = spans.map((span) => {
    const width = Math.min(100, Math.max(0, span.labelWidth));
    const coreStart = Math.min(span.p25, span.median - span.markerHalf);
    const coreEnd = Math.max(span.p75, span.median + span.markerHalf);
    const pad = gap / 2;
    const room = { left: coreStart - pad - width, right: coreEnd + pad };
    const fits = { left: room.left >= 0, right: room.right + width <= 100 };
    // Labels point away from the middle, so a crowd near the middle fans out both ways.
    const preferred: PlacedSpan['side'] = span.median < 50 ? 'left' : 'right';
    const other: PlacedSpan['side'] = preferred === 'left' ? 'right' : 'left';
    let side = fits[preferred] ? preferred : fits[other] ? other : null;
    let labelLeft: number;
    const cramped = side === null;
    if (side) {
      labelLeft = room[side];
    } else {
      // No room on either side (a very long label): keep it on the line, on the roomier side.
      side = 100 - coreEnd >= coreStart ? 'right' : 'left';
      labelLeft = Math.min(100 - width, Math.max(0, room[side]));
    }
    const start = Math.min(coreStart, labelLeft);
    const end = Math.max(coreEnd, labelLeft + width);
    return { id: span.id, side, labelLeft, start, end, cramped };
  });
  laid.sort((a, b) => a.start - b.start || a.end - b.end || byId(a, b));
  const rowEnds: number[] = [];
  const placed: PlacedSpan[] = [];
  for (const span of laid) {
    let row = rowEnds.findIndex((rowEnd) => span.start - rowEnd >= gap);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(span.end);
    } else {
      rowEnds[row] = span.end;
    }
    placed.push({ id: span.id, row, labelLeft: span.labelLeft, side: span.side });
  }
  // Rows top to bottom by their lowest median: the line reads left to right, downwards.
  const lowest = rowEnds.map(() => ({ median: Infinity, id: '' }));
  for (const p of placed) {
    const m = medianOf.get(p.id)!;
    const low = lowest[p.row]!;
    if (m < low.median || (m === low.median && p.id < low.id)) lowest[p.row] = { median: m, id: p.id };
  }
  const order = lowest
    .map((_, row) => row)
    .sort((a, b) => lowest[a]!.median - lowest[b]!.median || byId(lowest[a]!, lowest[b]!));
  const renumber = new Map(order.map((row, i) => [row, i]));
  return {
    placed: placed.map((p) => ({ ...p, row: renumber.get(p.row)! })),
    rows: rowEnds.length,
    /** Labels with no room beside their bar on either side (drawn over it). */
    cramped: laid.filter((l) => l.cramped).length,
  };
}
