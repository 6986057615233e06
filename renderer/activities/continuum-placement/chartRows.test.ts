import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartRows, type ChartSpan } from './chartRows';

const span = (id: string, median: number, labelWidth = 10, p25 = median, p75 = median): ChartSpan => ({
  id,
  median,
  p25,
  p75,
  labelWidth,
});

const spanArb = fc
  .tuple(
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: 1, max: 60, noNaN: true }),
  )
  .map(([a, b, c, labelWidth]) => {
    const [p25, median, p75] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { median, p25, p75, labelWidth };
  });

describe('chartRows', () => {
  it('keeps far-apart initiatives on one row and puts close ones on separate rows', () => {
    const { placed, rows } = chartRows([span('a', 10), span('b', 50), span('c', 52), span('d', 90)], 1);
    expect(rows).toBe(2);
    const rowOf = Object.fromEntries(placed.map((p) => [p.id, p.row]));
    expect(rowOf).toEqual({ a: 0, b: 0, c: 1, d: 0 });
  });

  it('keeps labels inside the line at both ends', () => {
    const { placed } = chartRows([span('left', 0, 30), span('right', 100, 30)], 1);
    expect(placed.find((p) => p.id === 'left')!.labelLeft).toBe(0);
    expect(placed.find((p) => p.id === 'right')!.labelLeft).toBe(70);
  });

  it('a wide spread keeps its row to itself even when the labels are short', () => {
    const { rows } = chartRows([span('wide', 50, 4, 10, 90), span('inside', 30, 4)], 1);
    expect(rows).toBe(2);
  });

  it('never lets two labels or spreads of one row overlap, and does not depend on input order', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 40 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (raw, gap) => {
          const spans = raw.map((s, i) => ({ ...s, id: `i${i}` }));
          const { placed, rows } = chartRows(spans, gap);
          expect(placed).toHaveLength(spans.length);
          const byId = new Map(spans.map((s) => [s.id, s]));
          const extent = (p: (typeof placed)[number]) => {
            const s = byId.get(p.id)!;
            return [Math.min(p.labelLeft, s.p25), Math.max(p.labelLeft + s.labelWidth, s.p75)] as const;
          };
          for (const p of placed) {
            expect(p.row).toBeLessThan(rows);
            expect(p.labelLeft).toBeGreaterThanOrEqual(0);
            expect(p.labelLeft + byId.get(p.id)!.labelWidth).toBeLessThanOrEqual(100 + 1e-9);
          }
          for (const a of placed) {
            for (const b of placed) {
              if (a === b || a.row !== b.row) continue;
              const [aStart, aEnd] = extent(a);
              const [bStart, bEnd] = extent(b);
              expect(aEnd + gap <= bStart + 1e-9 || bEnd + gap <= aStart + 1e-9).toBe(true);
            }
          }
          const again = chartRows([...spans].reverse(), gap);
          expect(again.rows).toBe(rows);
          expect([...again.placed].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
            [...placed].sort((x, y) => x.id.localeCompare(y.id)),
          );
        },
      ),
    );
  });
});
