import { StyleSheet } from '@react-pdf/renderer';
import type { Band } from '../../shared/continuum';

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

export const styles = StyleSheet.create({
  page: {
    fontSize: 9,
    // No lineHeight here: react-pdf turns it into points at this font size and every child inherits
    // those points (big titles overlap, the running footer vanishes). Paragraph styles set their own.
    color: COLORS.text,
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingHorizontal: MARGIN.x,
  },
  header: {
    position: 'absolute',
    top: 28,
    left: MARGIN.x,
    right: MARGIN.x,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: COLORS.text3,
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    paddingBottom: 5,
  },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: MARGIN.x,
    right: MARGIN.x,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: COLORS.text3,
  },
  sectionKicker: {
    fontSize: 7.5,
    fontWeight: 'bold',
    color: COLORS.teal,
    letterSpacing: 1.2,
    textTransform: 'uppercase',
    marginBottom: 4,
  },
  h1: { fontSize: 19, fontWeight: 'bold', color: COLORS.navy, lineHeight: 1.2, marginBottom: 8 },
  h2: {
    fontSize: 12,
    fontWeight: 'bold',
    color: COLORS.navy,
    lineHeight: 1.25,
    marginTop: 18,
    marginBottom: 6,
  },
  h3: { fontSize: 9.5, fontWeight: 'bold', color: COLORS.navy, marginBottom: 3 },
  lead: { fontSize: 10, color: COLORS.text2, lineHeight: 1.5, marginBottom: 14, maxWidth: 420 },
  muted: { color: COLORS.text3 },
  small: { fontSize: 7.5, lineHeight: 1.3, color: COLORS.text3 },
  notRun: {
    fontSize: 9,
    color: COLORS.text3,
    paddingVertical: 8,
    paddingHorizontal: 10,
    backgroundColor: COLORS.paperTint,
    marginTop: 4,
  },
  rule: { borderBottomWidth: 0.75, borderBottomColor: COLORS.rule, marginVertical: 10 },
  tableHeader: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.navySoft,
    paddingBottom: 3,
    marginBottom: 2,
    fontSize: 7,
    fontWeight: 'bold',
    color: COLORS.text2,
    textTransform: 'uppercase',
    letterSpacing: 0.5,
  },
  tableRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.ruleSoft,
    paddingVertical: 4,
    // A unitless lineHeight resolves against this element's fontSize (18 when unset).
    fontSize: 9,
    lineHeight: 1.35,
  },
});
