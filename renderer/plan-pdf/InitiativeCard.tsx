import { Text, View } from '@react-pdf/renderer';
import type { PlanInitiative } from '../../shared/plan/types';
import { estimateLines, estimateTextHeight } from './pageFit';
import { BAND_INK, COLORS } from './theme';

/** Label and value in one text node: half the nodes to lay out in a 300-initiative plan. */
function Field({ label, value, width }: { label: string; value: string; width: string }) {
  return (
    <Text
      style={{
        width,
        paddingRight: 10,
        marginTop: 6,
        fontSize: 8.5,
        lineHeight: 1.35,
        color: value ? COLORS.text : COLORS.text3,
      }}
    >
      <Text style={{ fontSize: 6.5, fontWeight: 'bold', color: COLORS.text3, letterSpacing: 0.6 }}>
        {label.toUpperCase()}
      </Text>
      {/* A dash, not a blank: a missing owner or date is something the board should see. */}
      {`\n${value || '—'}`}
    </Text>
  );
}

function positionText(i: PlanInitiative): string {
  if (i.position === null) return 'Not placed yet';
  const at = String(Math.round(i.position));
  const spread = i.spread ? ` · room ${Math.round(i.spread.p25)}–${Math.round(i.spread.p75)}` : '';
  return i.positionSource === 'agreed' ? `${at} agreed${spread}` : `${at} room’s median${spread}`;
}

function dots(priority: number): string {
  return priority === 1 ? '1 dot' : `${priority} dots`;
}

export function InitiativeCard({ initiative: i, number }: { initiative: PlanInitiative; number: number }) {
  const ink = i.band ? BAND_INK[i.band] : COLORS.rule;
  return (
    <View
      wrap={false}
      style={{
        borderLeftWidth: 2.5,
        borderLeftColor: ink,
        paddingLeft: 10,
        paddingVertical: 2,
        marginBottom: 12,
      }}
    >
      <View style={{ flexDirection: 'row', alignItems: 'flex-start' }}>
        <Text style={{ width: 22, fontSize: 8, color: COLORS.text3, paddingTop: 1.5 }}>{number}</Text>
        <Text
          style={{
            flex: 1,
            fontSize: 10.5,
            fontWeight: 'bold',
            color: COLORS.navy,
            lineHeight: 1.3,
            paddingRight: 10,
          }}
        >
          {i.title}
        </Text>
        <Text
          style={{
            fontSize: 8,
            fontWeight: 'bold',
            color: i.priority > 0 ? COLORS.teal : COLORS.text3,
            paddingTop: 1.5,
          }}
        >
          {dots(i.priority)}
        </Text>
      </View>
      <View style={{ paddingLeft: 22 }}>
        {i.description ? (
          <Text style={{ fontSize: 9, color: COLORS.text2, marginTop: 1, marginBottom: -4, lineHeight: 1.4 }}>
            {i.description}
          </Text>
        ) : null}
        <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
          <Field label="Owner" value={i.owner} width="34%" />
          <Field label="Due date" value={i.dueDateLabel || i.dueDate} width="26%" />
          <Field label="Position" value={positionText(i)} width="40%" />
          <Field label="Next step toward substantive" value={i.nextStep} width="60%" />
          <Field label="Customer metric" value={i.customerMetric} width="40%" />
        </View>
        <Text style={{ fontSize: 7, color: COLORS.text3, marginTop: 5 }}>
          Reduces: {i.burdenLabels.length ? i.burdenLabels.join(', ') : '—'}
          {'   ·   '}
          Source: {i.sourceLabel}
        </Text>
        {i.moveRight ? (
          <View
            style={{
              marginTop: 7,
              backgroundColor: COLORS.tealSoft,
              paddingVertical: 5,
              paddingHorizontal: 8,
            }}
          >
            <Text style={{ fontSize: 8, color: COLORS.teal, lineHeight: 1.4 }}>
              <Text style={{ fontWeight: 'bold' }}>Move it right. </Text>
              {i.moveRight}
            </Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

const DEFAULT_LINE = 1.17; // DejaVu Sans ascent + descent, per point

/** Estimated height of a card in points, for cutting pages (see pageFit.ts). Mirrors the layout above. */
export function estimateCardHeight(i: PlanInitiative, width: number): number {
  const inner = width - 34.5;
  const value = (text: string, share: number) => estimateLines(text || '—', 8.5, inner * share - 10);
  let height = 4 + 12; // padding + gap to the next card
  height += Math.max(1, estimateLines(i.title, 10.5, inner - 50, true)) * 10.5 * 1.3;
  if (i.description) height += estimateTextHeight(i.description, 9, 1.4, inner) - 3;
  // The label shares the value's text node, so its line is as tall as a value line.
  const fieldRow = (...cells: Array<[string, number]>) =>
    6 + (1 + Math.max(...cells.map(([text, share]) => value(text, share)))) * 8.5 * 1.35;
  height += fieldRow([i.owner, 0.34], [i.dueDateLabel || i.dueDate, 0.26], [positionText(i), 0.4]);
  height += fieldRow([i.nextStep, 0.6], [i.customerMetric, 0.4]);
  height +=
    5 +
    estimateLines(`Reduces: ${i.burdenLabels.join(', ')} · Source: ${i.sourceLabel}`, 7, inner) *
      7 *
      DEFAULT_LINE;
  if (i.moveRight) height += 7 + 10 + estimateTextHeight(`Move it right. ${i.moveRight}`, 8, 1.4, inner - 16);
  return height;
}
