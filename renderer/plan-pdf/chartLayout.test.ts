import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackDots } from './chartLayout';

describe('stackDots', () => {
  it('never lets two dots in one lane come closer than the gap, and places every dot', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 300 }), (positions) => {
        const { dots, lanes } = stackDots(positions, (p) => p, 480, 7);
        expect(dots).toHaveLength(positions.length);
        for (let lane = 0; lane < lanes; lane++) {
          const xs = dots.filter((d) => d.lane === lane).map((d) => d.x);
          for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(7);
        }
      }),
    );
  });

  it('keeps spread-out dots on the base lane', () => {
    expect(stackDots([10, 50, 90], (p) => p, 480, 7).lanes).toBe(1);
    expect(stackDots([50, 50, 50], (p) => p, 480, 7).lanes).toBe(3);
  });
});
