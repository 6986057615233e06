import { Text, View } from '@react-pdf/renderer';
import type { PlanInitiative } from '../../shared/plan/types';
import { estimateLines } from './pageFit';
import { COLORS, styles } from './theme';

/**
 * Large plans list initiatives as table rows instead of cards: a board reads 300 initiatives
 * better on 15 pages than on 60, and each row is a third of a card's layout work.
 */
export const TABLE_ABOVE = 40;

const NUMBER = 18;
const PERSON = 84;
const METRIC = 92;
const SCORE = 40;
const NATURAL_LINE = 1.17;

function columns(width: number) {
  const rest = width - NUMBER - PERSON - METRIC - SCORE;
  return { title: rest * 0.56, next: rest * 0.44 };
}

export function InitiativeTableHeader({ width }: { width: number }) {
  const { title, next } = columns(width);
  return (
    <View style={styles.tableHeader}>
      <Text style={{ width: NUMBER }}>#</Text>
      <Text style={{ width: title }}>Initiative</Text>
      <Text style={{ width: PERSON }}>Owner · due</Text>
      <Text style={{ width: next }}>Next step</Text>
      <Text style={{ width: METRIC }}>Customer metric</Text>
      <Text style={{ width: SCORE, textAlign: 'right' }}>Pos.</Text>
    </View>
  );
}

export const TABLE_HEADER_HEIGHT = 7 * NATURAL_LINE + 5.75;

/** In a table row only the action of the nudge: "Move it right: tie it to …". */
function shortNudge(text: string): string {
  const next = /Next:\s*(.*)$/.exec(text);
  return `Move it right: ${next ? next[1] : text}`;
}

function dash(text: string) {
  return text || '—';
}

export function InitiativeRow({
  initiative: i,
  number,
  width,
}: {
  initiative: PlanInitiative;
  number: number;
  width: number;
}) {
  const { title, next } = columns(width);
  const cell = { paddingRight: 8, fontSize: 8, lineHeight: 1.35 };
  return (
    <View style={[styles.tableRow, { paddingVertical: 5 }]}>
      <Text style={{ width: NUMBER, fontSize: 7, color: COLORS.text3, paddingTop: 1 }}>{number}</Text>
      <Text style={[cell, { width: title }]}>
        <Text style={{ fontWeight: 'bold', color: COLORS.navy }}>{i.title}</Text>
        {i.description ? <Text style={{ color: COLORS.text2 }}>{`\n${i.description}`}</Text> : null}
        <Text style={{ fontSize: 6.5, color: COLORS.text3 }}>{`\n${i.sourceLabel}`}</Text>
        {i.moveRight ? (
          <Text style={{ fontSize: 7, color: COLORS.teal }}>{`\n${shortNudge(i.moveRight)}`}</Text>
        ) : null}
      </Text>
      <Text style={[cell, { width: PERSON, color: i.owner ? COLORS.text : COLORS.text3 }]}>
        {dash(i.owner)}
        <Text
          style={{ color: i.dueDate ? COLORS.text2 : COLORS.text3 }}
        >{`\n${dash(i.dueDateLabel || i.dueDate)}`}</Text>
      </Text>
      <Text style={[cell, { width: next, color: i.nextStep ? COLORS.text : COLORS.text3 }]}>
        {dash(i.nextStep)}
      </Text>
      <Text style={[cell, { width: METRIC, color: i.customerMetric ? COLORS.text : COLORS.text3 }]}>
        {dash(i.customerMetric)}
        {i.burdenLabels.length ? (
          <Text
            style={{ fontSize: 6.5, color: COLORS.text3 }}
          >{`\nReduces ${i.burdenLabels.join(', ').toLowerCase()}`}</Text>
        ) : null}
      </Text>
      <Text style={[cell, { width: SCORE, paddingRight: 0, textAlign: 'right' }]}>
        <Text style={{ fontWeight: 'bold', color: COLORS.navy }}>
          {i.position === null ? '—' : String(Math.round(i.position))}
        </Text>
        <Text
          style={{ fontSize: 7, color: i.priority > 0 ? COLORS.teal : COLORS.text3 }}
        >{`\n${i.priority} ${i.priority === 1 ? 'dot' : 'dots'}`}</Text>
      </Text>
    </View>
  );
}

/** Estimated row height in points, for cutting pages (see pageFit.ts). */
export function estimateRowHeight(i: PlanInitiative, width: number): number {
  const { title, next } = columns(width);
  const line = 8 * 1.35;
  const titleLines =
    estimateLines(i.title, 8, title - 8, true) +
    estimateLines(i.description, 8, title - 8) +
    1 +
    (i.moveRight ? estimateLines(shortNudge(i.moveRight), 7, title - 8) : 0);
  const lines = Math.max(
    titleLines,
    estimateLines(dash(i.owner), 8, PERSON - 8) + estimateLines(dash(i.dueDateLabel), 8, PERSON - 8),
    estimateLines(dash(i.nextStep), 8, next - 8),
    estimateLines(dash(i.customerMetric), 8, METRIC - 8) +
      (i.burdenLabels.length
        ? estimateLines(`Reduces ${i.burdenLabels.join(', ').toLowerCase()}`, 6.5, METRIC - 8)
        : 0),
    2,
  );
  return 10.5 + lines * line;
}
