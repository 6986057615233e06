import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartRows, type ChartSpan } from './chartRows';

const span = (id: string, median: number, labelWidth = 10, p25 = median, p75 = median): ChartSpan => ({
  id,
  median,
  p25,
  p75,
  markerHalf: 2,
  labelWidth,
});

const spanArb = fc
  .tuple(
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: 1, max: 60, noNaN: true }),
    fc.double({ min: 0.5, max: 4, noNaN: true }),
  )
  .map(([a, b, c, labelWidth, markerHalf]) => {
    const [p25, median, p75] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { median, p25, p75, labelWidth, markerHalf };
  });

describe('chartRows', () => {
  it('keeps far-apart initiatives on one row and puts close ones on separate rows', () => {
    const { placed, rows } = chartRows([span('a', 10), span('b', 50), span('c', 52), span('d', 80)], 1);
    expect(rows).toBe(2);
    const rowOf = Object.fromEntries(placed.map((p) => [p.id, p.row]));
    expect(rowOf).toEqual({ a: 0, b: 0, c: 1, d: 0 });
  });

  it('orders rows by their lowest median, so the chart reads left to right going down', () => {
    const { placed } = chartRows([span('mid', 45, 30), span('low', 30, 20), span('high', 60, 30)], 1);
    const rowOf = Object.fromEntries(placed.map((p) => [p.id, p.row]));
    expect(rowOf.low).toBe(0);
    expect(rowOf.mid).toBeGreaterThan(rowOf.low!);
  });

  it('puts the label beside the spread bar, away from the middle, unless the line ends there', () => {
    const { placed } = chartRows(
      [
        span('low', 40, 20, 30, 45),
        span('high', 60, 20, 55, 70),
        span('edge-low', 20, 30, 10, 40),
        span('edge-high', 90, 30, 70, 95),
      ],
      2,
    );
    const side = (id: string) => placed.find((p) => p.id === id)!;
    expect(side('low')).toMatchObject({ side: 'left', labelLeft: 30 - 1 - 20 });
    expect(side('high')).toMatchObject({ side: 'right', labelLeft: 71 });
    expect(side('edge-low')).toMatchObject({ side: 'right', labelLeft: 41 });
    expect(side('edge-high')).toMatchObject({ side: 'left', labelLeft: 70 - 1 - 30 });
  });

  it('a label too long for either side still stays on the line', () => {
    const { placed, cramped } = chartRows([span('long', 50, 80, 30, 70), span('short', 10, 5)], 1);
    expect(cramped).toBe(1);
    const long = placed.find((p) => p.id === 'long')!;
    expect(long.labelLeft).toBeGreaterThanOrEqual(0);
    expect(long.labelLeft + 80).toBeLessThanOrEqual(100);
  });

  it('a wide spread keeps its row to itself even when the labels are short', () => {
    const { rows } = chartRows([span('wide', 50, 4, 10, 90), span('inside', 30, 4)], 1);
    expect(rows).toBe(2);
  });

  it('never lets labels, bars or markers of one row overlap, uses no more rows than needed, ignores input order', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }).map((n) => n / 10),
        (raw, gap) => {
          const spans = raw.map((s, i) => ({ ...s, id: `i${i}` }));
          const { placed, rows } = chartRows(spans, gap);
          expect(placed).toHaveLength(spans.length);
          const byId = new Map(spans.map((s) => [s.id, s]));
          const extent = (p: (typeof placed)[number]) => {
            const s = byId.get(p.id)!;
            return [
              Math.min(p.labelLeft, s.p25, s.median - s.markerHalf),
              Math.max(p.labelLeft + s.labelWidth, s.p75, s.median + s.markerHalf),
            ] as const;
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
          // Fewest rows: as many as initiatives that all cross one point (with the gap).
          const ext = placed.map(extent);
          const depth = Math.max(
            0,
            ...ext.map(([start]) => ext.filter(([s, e]) => s <= start && start < e + gap).length),
          );
          expect(rows).toBe(depth);
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
