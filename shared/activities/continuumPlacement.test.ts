import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import {
  continuumPlacement,
  tallyContinuumPlacement,
  type ContinuumPlacementConfig,
} from './continuumPlacement';
import { answer, answersArb, asStored, withShuffle } from './testArbitraries';

const config: ContinuumPlacementConfig = {
  items: [
    { id: 'video', label: 'CEO video' },
    { id: 'pay', label: 'Pay tied to customer metrics' },
  ],
};
const placements = answersArb(['video', 'pay'], fc.double({ min: 0, max: 100, noNaN: true }));

describe('continuum placement', () => {
  it('keeps every statistic on the line and orders the quartiles', () => {
    fc.assert(
      fc.property(placements, (raw) => {
        const stored = asStored(raw);
        const result = tallyContinuumPlacement(config, stored);
        expect(result.items.reduce((sum, i) => sum + i.count, 0)).toBe(stored.length);
        for (const item of result.items) {
          if (item.count === 0) {
            expect(item).toMatchObject({ mean: null, median: null, spread: null, band: null });
            continue;
          }
          expect(item.p25!).toBeLessThanOrEqual(item.median!);
          expect(item.median!).toBeLessThanOrEqual(item.p75!);
          expect(item.mean!).toBeGreaterThanOrEqual(0);
          expect(item.mean!).toBeLessThanOrEqual(100 + 1e-9);
          expect(item.spread!).toBeGreaterThanOrEqual(0);
          expect(item.spread!).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('does not depend on the order of answers', () => {
    fc.assert(
      fc.property(withShuffle(placements), ([a, b]) => {
        expect(tallyContinuumPlacement(config, b)).toEqual(tallyContinuumPlacement(config, a));
      }),
    );
  });

  it('puts the median of a small room in its band', () => {
    const result = tallyContinuumPlacement(config, [
      answer('a', 'video', 10),
      answer('b', 'video', 20),
      answer('c', 'video', 30),
      answer('d', 'video', 90),
      answer('a', 'pay', 70),
    ]);
    expect(result.items[0]).toEqual({
      id: 'video',
      count: 4,
      mean: 37.5,
      median: 25,
      p25: 17.5,
      p75: 45,
      spread: 27.5,
      band: 'symbolic',
    });
    expect(result.items[1]).toMatchObject({ median: 70, spread: 0, band: 'substantive' });
    expect(continuumPlacement.resultSchema.parse(result)).toEqual(result);
  });

  it('refuses positions off the line', () => {
    expect(checkAnswer(continuumPlacement, config, [], 'video', 33.5)).toEqual({ ok: true, value: 33.5 });
    expect(checkAnswer(continuumPlacement, config, [], 'video', 101)).toMatchObject({
      ok: false,
      reason: 'Place it on the line from 0 to 100.',
    });
    expect(checkAnswer(continuumPlacement, config, [], 'video', Number.NaN).ok).toBe(false);
  });
});
