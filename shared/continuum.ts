/** The symbolic → substantive line, 0–100, in three bands. */
export const BANDS = ['symbolic', 'process', 'substantive'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  symbolic: 'Symbolic',
  process: 'Process & policy',
  substantive: 'Substantive',
};

export const BAND_RANGES: Record<Band, readonly [number, number]> = {
  symbolic: [0, 33],
  process: [34, 66],
  substantive: [67, 100],
};

export function bandOf(position: number): Band {
  if (position < 33.5) return 'symbolic';
  if (position < 66.5) return 'process';
  return 'substantive';
}
