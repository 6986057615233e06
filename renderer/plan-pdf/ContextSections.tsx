import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type {
  PlanCentricity,
  PlanDefinition,
  PlanPushPull,
  PlanSection,
  PlanSimplification,
} from '../../shared/plan/types';
import { estimateLines, estimateTextHeight, type FlowBlock } from './pageFit';
import { COLORS, styles } from './theme';

export type Block = FlowBlock<ReactNode>;

const DECISION_LABEL: Record<string, string> = {
  push: 'Push',
  pull: 'Pull',
  contested: 'Contested',
  keep: 'Keep',
  simplify: 'Simplify',
  retire: 'Retire',
  question: 'Question',
};

/** DejaVu Sans ascent + descent per point: the height of a line without a lineHeight. */
export const NATURAL_LINE = 1.17;
const H2_HEIGHT = 18 + 12 * 1.25 + 6;
const ROW_LINE = 9 * 1.35;

const fixed1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** styles.small: 7.5 pt at 1.3. */
const SMALL_LINE = 7.5 * 1.3;

function smallHeight(text: string, width: number, marginBottom: number) {
  return estimateLines(text, 7.5, width) * SMALL_LINE + marginBottom;
}

/** A section heading with its intro line, kept with what follows. */
function headingBlock(
  key: string,
  title: string,
  intro: string | null,
  width: number,
  first: boolean,
): Block {
  return {
    key,
    keepWithNext: true,
    height: H2_HEIGHT - (first ? 18 : 0) + (intro ? smallHeight(intro, width, 6) : 0),
    node: (
      <View key={key}>
        <Text style={[styles.h2, first ? { marginTop: 0 } : {}]}>{title}</Text>
        {intro ? <Text style={[styles.small, { marginBottom: 6 }]}>{intro}</Text> : null}
      </View>
    ),
  };
}

function notRunBlocks(key: string, title: string, width: number, first: boolean): Block[] {
  return [
    headingBlock(`${key}-h`, title, null, width, first),
    {
      key: `${key}-not-run`,
      height: 4 + 16 + 9 * NATURAL_LINE,
      node: (
        <Text key={`${key}-not-run`} style={styles.notRun}>
          Not run yet: this exercise has no results in this workshop.
        </Text>
      ),
    },
  ];
}

/** Blocks of a ready section, "not run yet" for one without results, none for one not on the agenda. */
export function sectionBlocks<T>(
  key: string,
  section: PlanSection<T>,
  width: number,
  first: boolean,
  ready: (section: Extract<PlanSection<T>, { status: 'ready' }>) => Block[],
): Block[] {
  if (section.status === 'absent') return [];
  if (section.status === 'not-run') return notRunBlocks(key, section.title, width, first);
  return ready(section as Extract<PlanSection<T>, { status: 'ready' }>);
}

export function definitionBlocks(draftOrFinal: PlanDefinition, width: number, first: boolean): Block[] {
  const columnWidth = (width - 18) / 2;
  // The room's statements read as a list; the team's own definition as prose.
  const bullets = (text: string) =>
    draftOrFinal.draft && text
      ? text
          .split('\n')
          .map((line) => `• ${line}`)
          .join('\n')
      : text;
  const definition = {
    ...draftOrFinal,
    means: bullets(draftOrFinal.means),
    notMeans: bullets(draftOrFinal.notMeans),
  };
  const draftNote = definition.draft
    ? 'The team has not merged its statements into a definition yet; these are the room’s top-voted statements.'
    : null;
  const column = (label: string, text: string, accent: string) => (
    <View style={{ flex: 1, borderTopWidth: 2, borderTopColor: accent, paddingTop: 6 }}>
      <Text style={{ fontSize: 7, fontWeight: 'bold', color: accent, letterSpacing: 0.8, marginBottom: 3 }}>
        {label}
      </Text>
      <Text style={{ fontSize: 9.5, lineHeight: 1.5, color: text ? COLORS.text : COLORS.text3 }}>
        {text || '—'}
      </Text>
    </View>
  );
  const textHeight = Math.max(
    estimateTextHeight(definition.means || '—', 9.5, 1.5, columnWidth),
    estimateTextHeight(definition.notMeans || '—', 9.5, 1.5, columnWidth),
  );
  return [
    headingBlock('definition-h', 'Our definition', draftNote, width, first),
    {
      key: 'definition',
      height: 8 + 7 * NATURAL_LINE + 3 + textHeight,
      node: (
        <View key="definition" style={{ flexDirection: 'row', gap: 18 }}>
          {column('CUSTOMER-CENTRIC MEANS', definition.means, COLORS.teal)}
          {column('IT DOES NOT MEAN', definition.notMeans, COLORS.navySoft)}
        </View>
      ),
    },
  ];
}

function Distribution({ counts }: { counts: number[] }) {
  const most = Math.max(1, ...counts);
  const barWidth = 7;
  const height = 16;
  return (
    <Svg width={counts.length * (barWidth + 2)} height={height}>
      {counts.map((n, k) => {
        const h = n === 0 ? 0.6 : Math.max(1.2, (n / most) * height);
        return (
          <Rect
            key={k}
            x={k * (barWidth + 2)}
            y={height - h}
            width={barWidth}
            height={h}
            fill={n === 0 ? COLORS.rule : COLORS.navySoft}
          />
        );
      })}
    </Svg>
  );
}

function trendText(q: PlanCentricity['questions'][number]): string {
  if (q.trend.length < 2) return '—';
  const points = q.trend.map((t) => fixed1(t.mean)).join(' → ');
  if (q.change === null) return points;
  const sign = q.change > 0.05 ? '▲' : q.change < -0.05 ? '▼' : '■';
  return `${points}  ${sign} ${fixed1(Math.abs(q.change))}`;
}

function tableHeader(key: string, cells: ReactNode): Block {
  return {
    key,
    height: 7 * NATURAL_LINE + 5.75,
    node: (
      <View key={key} style={styles.tableHeader}>
        {cells}
      </View>
    ),
  };
}

export function centricityBlocks(centricity: PlanCentricity, width: number, first: boolean): Block[] {
  const hasTrend = centricity.comparedWith.length > 0;
  const trendWidth = hasTrend ? 100 : 0;
  const textWidth = width - 42 - 40 - 62 - trendWidth - 10;
  const who = centricity.respondents === 1 ? 'participant' : 'participants';
  const intro = `${centricity.respondents} ${who} rated each statement from 1 (not at all) to 5 (fully). ${
    hasTrend
      ? `Compared with ${centricity.comparedWith.join(', ')}.`
      : 'No earlier workshop of this organisation to compare with.'
  }`;
  const header = tableHeader(
    'centricity-th',
    <>
      <Text style={{ flex: 1 }}>Statement</Text>
      <Text style={{ width: 42, textAlign: 'right' }}>Mean</Text>
      <Text style={{ width: 40, textAlign: 'right' }}>Spread</Text>
      <Text style={{ width: 62, textAlign: 'center' }}>1 … 5</Text>
      {hasTrend ? <Text style={{ width: trendWidth, paddingLeft: 6 }}>Trend</Text> : null}
    </>,
  );
  const blocks: Block[] = [
    headingBlock('centricity-h', 'Centricity check', intro, width, first),
    { ...header, keepWithNext: true },
  ];
  for (const q of centricity.questions) {
    blocks.push({
      key: `q-${q.id}`,
      header,
      height: 8.5 + Math.max(estimateLines(q.text, 9, textWidth) * ROW_LINE, 11 * NATURAL_LINE, 16),
      node: (
        <View key={`q-${q.id}`} style={[styles.tableRow, { alignItems: 'center' }]}>
          <Text style={{ flex: 1, paddingRight: 10 }}>{q.text}</Text>
          <Text
            style={{ width: 42, textAlign: 'right', fontSize: 11, fontWeight: 'bold', color: COLORS.navy }}
          >
            {q.mean === null ? '—' : fixed1(q.mean)}
          </Text>
          <Text style={{ width: 40, textAlign: 'right', color: COLORS.text2 }}>
            {q.spread === null ? '—' : `±${fixed1(q.spread)}`}
          </Text>
          <View style={{ width: 62, alignItems: 'center' }}>
            <Distribution counts={q.distribution} />
          </View>
          {hasTrend ? (
            <Text style={{ width: trendWidth, fontSize: 8, color: COLORS.text2, paddingLeft: 6 }}>
              {trendText(q)}
            </Text>
          ) : null}
        </View>
      ),
    });
  }
  if (centricity.departments) blocks.push(departmentsBlock(centricity, width));
  return blocks;
}

function departmentsBlock(centricity: PlanCentricity, width: number): Block {
  const departments = centricity.departments ?? [];
  const barWidth = 150;
  const intro = `Departments the room said have regular, direct contact with customers (${centricity.departmentRespondents} answered).`;
  return {
    key: 'departments',
    height:
      14 +
      9.5 * NATURAL_LINE +
      3 +
      smallHeight(intro, width, 5) +
      departments.length * (8.5 * NATURAL_LINE + 2.5),
    node: (
      <View key="departments">
        <Text style={[styles.h3, { marginTop: 14 }]}>Who talks with customers</Text>
        <Text style={[styles.small, { marginBottom: 5 }]}>{intro}</Text>
        {departments.map((d) => (
          <View key={d.name} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 2.5 }}>
            <Text style={{ width: 120, fontSize: 8.5, maxLines: 1, textOverflow: 'ellipsis' }}>{d.name}</Text>
            <Svg width={barWidth} height={7}>
              <Rect x={0} y={0} width={barWidth} height={7} fill={COLORS.ruleSoft} />
              <Rect
                x={0}
                y={0}
                width={Math.max(0, Math.min(1, d.share)) * barWidth}
                height={7}
                fill={COLORS.teal}
              />
            </Svg>
            <Text style={{ fontSize: 8, color: COLORS.text2, marginLeft: 8 }}>
              {Math.round(d.share * 100)}% ({d.count})
            </Text>
          </View>
        ))}
      </View>
    ),
  };
}

function VoteSplit({ push, pull, unsure }: { push: number; pull: number; unsure: number }) {
  const total = Math.max(1, push + pull + unsure);
  const width = 90;
  const pushW = (push / total) * width;
  const pullW = (pull / total) * width;
  return (
    <Svg width={width} height={7}>
      <Rect x={0} y={0} width={width} height={7} fill={COLORS.rule} />
      <Rect x={0} y={0} width={pushW} height={7} fill={COLORS.navySoft} />
      <Rect x={pushW} y={0} width={pullW} height={7} fill={COLORS.teal} />
    </Svg>
  );
}

export function pushPullBlocks(pushPull: PlanPushPull, width: number, first: boolean): Block[] {
  const textWidth = width - 70 - 96 - 84 - 8;
  const header = tableHeader(
    'pushpull-th',
    <>
      <Text style={{ flex: 1 }}>Card</Text>
      <Text style={{ width: 70 }}>Decision</Text>
      <Text style={{ width: 96 }}>Room’s vote</Text>
      <Text style={{ width: 84, textAlign: 'right' }}>Votes</Text>
    </>,
  );
  const blocks: Block[] = [
    headingBlock(
      'pushpull-h',
      'Product push or customer pull',
      'The team’s final call per card, beside the room’s vote: pushed by us (navy), pulled by customers (teal), unsure (grey); votes in the same order.',
      width,
      first,
    ),
    { ...header, keepWithNext: true },
  ];
  for (const card of pushPull.cards) {
    const counts = card.votes ? `${card.votes.push} · ${card.votes.pull} · ${card.votes.unsure}` : '';
    blocks.push({
      key: `card-${card.id}`,
      header,
      height:
        8.5 +
        Math.max(
          estimateLines(card.title, 9, textWidth) * ROW_LINE,
          ROW_LINE + (card.contested ? SMALL_LINE : 0),
        ),
      node: (
        <View key={`card-${card.id}`} style={[styles.tableRow, { alignItems: 'center' }]}>
          <Text style={{ flex: 1, paddingRight: 8 }}>{card.title}</Text>
          <Text
            style={{
              width: 70,
              fontWeight: 'bold',
              color: card.decision === 'pull' ? COLORS.teal : COLORS.navy,
            }}
          >
            {card.decision ? DECISION_LABEL[card.decision] : '—'}
          </Text>
          <View style={{ width: 96 }}>
            {card.votes ? <VoteSplit {...card.votes} /> : <Text style={styles.muted}>No votes</Text>}
          </View>
          <View style={{ width: 84, alignItems: 'flex-end' }}>
            <Text style={{ color: COLORS.text2 }}>{counts}</Text>
            {card.contested ? <Text style={styles.small}>contested</Text> : null}
          </View>
        </View>
      ),
    });
  }
  return blocks;
}

export function simplificationBlocks(
  simplification: PlanSimplification,
  width: number,
  first: boolean,
): Block[] {
  const nameWidth = width - 62 - 38 - 44 - 160 - 8;
  const header = tableHeader(
    'simplify-th',
    <>
      <Text style={{ flex: 1 }}>Offering</Text>
      <Text style={{ width: 62 }}>Decision</Text>
      <Text style={{ width: 38, textAlign: 'right' }}>Value</Text>
      <Text style={{ width: 44, textAlign: 'right' }}>Burden</Text>
      <Text style={{ width: 160, paddingLeft: 12 }}>Note</Text>
    </>,
  );
  const blocks: Block[] = [
    headingBlock(
      'simplify-h',
      'Offering simplification',
      'Value to the customer and burden on the customer are the room’s mean ratings (1–5).',
      width,
      first,
    ),
    { ...header, keepWithNext: true },
  ];
  for (const o of simplification.offerings) {
    const suggested = o.suggested && o.suggested !== o.decision;
    const nameHeight =
      estimateLines(o.name, 9, nameWidth) * ROW_LINE +
      (o.failsBasics ? smallHeight('Does not meet the basics, says the room', nameWidth, 0) : 0);
    const decisionHeight = ROW_LINE + (suggested ? 7.5 * NATURAL_LINE : 0);
    const noteHeight = estimateLines(o.note, 9, 148) * ROW_LINE;
    blocks.push({
      key: `offering-${o.id}`,
      header,
      height: 8.5 + Math.max(nameHeight, decisionHeight, noteHeight),
      node: (
        <View key={`offering-${o.id}`} style={styles.tableRow}>
          <View style={{ flex: 1, paddingRight: 8 }}>
            <Text>{o.name}</Text>
            {o.failsBasics ? <Text style={styles.small}>Does not meet the basics, says the room</Text> : null}
          </View>
          <View style={{ width: 62 }}>
            <Text style={{ fontWeight: 'bold', color: COLORS.navy }}>
              {o.decision ? DECISION_LABEL[o.decision] : '—'}
            </Text>
            {suggested ? <Text style={styles.small}>room: {DECISION_LABEL[o.suggested!]}</Text> : null}
          </View>
          <Text style={{ width: 38, textAlign: 'right' }}>{o.value === null ? '—' : fixed1(o.value)}</Text>
          <Text style={{ width: 44, textAlign: 'right' }}>{o.burden === null ? '—' : fixed1(o.burden)}</Text>
          <Text style={{ width: 160, paddingLeft: 12, color: COLORS.text2 }}>{o.note}</Text>
        </View>
      ),
    });
  }
  return blocks;
}
