/** Small statistics for tallies. Empty input gives null, never NaN, so views can say "no answers yet". */

function sum(values: readonly number[]): number {
  // Summed in sorted order so the last digit does not depend on the order answers arrived in.
  let total = 0;
  for (const v of [...values].sort((a, b) => a - b)) total += v;
  return total;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return sum(values) / values.length;
}

/** Population standard deviation: the spread of the room's answers, not an estimate of a wider population. */
export function standardDeviation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / values.length);
}

/** Quantile with linear interpolation between closest ranks (q in 0..1). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  return low + (high - low) * (position - lower);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}
