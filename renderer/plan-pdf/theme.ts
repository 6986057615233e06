import type { Band } from '../../shared/continuum';
import type { Paper } from '../../shared/plan/types';
import type { TextStyle } from './typeset';

/** A restrained board-paper palette: navy for structure, teal for emphasis, greys for the rest. */
export const COLORS = {
  navy: '#14213d',
  navySoft: '#3a4a6b',
  teal: '#0f766e',
  tealSoft: '#e6f2f0',
  text: '#1f2633',
  text2: '#4b5565',
  text3: '#7a8494',
  rule: '#d5dae2',
  ruleSoft: '#e9ecf1',
  paperTint: '#f5f6f8',
  white: '#ffffff',
  /** Practice answers: a dark amber that reads as a caution, not an alarm. */
  practice: '#8a4b08',
  practiceTint: '#fbf4ea',
};

/** Band shading on the continuum: three quiet steps from grey to teal. */
export const BAND_FILL: Record<Band, string> = {
  symbolic: '#eef0f3',
  process: '#e2e9f1',
  substantive: '#d8ece8',
};
/** Band accents for labels and card edges. */
export const BAND_INK: Record<Band, string> = {
  symbolic: '#667085',
  process: '#3a5a86',
  substantive: '#0f766e',
};

export const MARGIN = { x: 56, top: 64, bottom: 62 };

/** Page sizes in points. */
export const PAGE_SIZE: Record<Paper, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

/** Text styles shared by the sections; line heights go with the paragraph (see typeset.ts). */
export const TEXT = {
  body: { size: 9, color: COLORS.text },
  kicker: { size: 7.5, bold: true, color: COLORS.teal, letterSpacing: 1.2 },
  h1: { size: 19, bold: true, color: COLORS.navy },
  h2: { size: 12, bold: true, color: COLORS.navy },
  h3: { size: 9.5, bold: true, color: COLORS.navy },
  lead: { size: 10, color: COLORS.text2 },
  small: { size: 7.5, color: COLORS.text3 },
  running: { size: 7.5, color: COLORS.text3 },
  tableHeader: { size: 7, bold: true, color: COLORS.text2, letterSpacing: 0.5 },
} satisfies Record<string, TextStyle>;

/** Line heights of the paragraph styles above. */
export const LEADING = { h1: 1.2, h2: 1.25, lead: 1.5, small: 1.3, cell: 1.35 };
