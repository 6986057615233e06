/** Where each dot of the continuum overview goes: dots that would overlap stack upward. */
export interface StackedDot<T> {
  item: T;
  x: number;
  lane: number;
}

/**
 * Greedy stacking, left to right: each dot takes the lowest lane whose last dot is at least
 * `minGap` to its left. Deterministic for the same input.
 */
export function stackDots<T>(
  items: readonly T[],
  positionOf: (item: T) => number,
  width: number,
  minGap: number,
): { dots: StackedDot<T>[]; lanes: number } {
  const sorted = [...items].sort((a, b) => positionOf(a) - positionOf(b));
  const laneEnds: number[] = [];
  const dots: StackedDot<T>[] = [];
  for (const item of sorted) {
    const x = (Math.min(100, Math.max(0, positionOf(item))) / 100) * width;
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x);
    } else {
      laneEnds[lane] = x;
    }
    dots.push({ item, x, lane });
  }
  return { dots, lanes: laneEnds.length };
}
