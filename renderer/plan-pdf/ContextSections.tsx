import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import type {
  PlanCentricity,
  PlanDefinition,
  PlanPushPull,
  PlanSection,
  PlanSimplification,
} from '../../shared/plan/types';
import { COLORS, styles } from './theme';

const DECISION_LABEL: Record<string, string> = {
  push: 'Push',
  pull: 'Pull',
  contested: 'Contested',
  keep: 'Keep',
  simplify: 'Simplify',
  retire: 'Retire',
  question: 'Question',
};

const fixed1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

export function NotRunYet({ title }: { title: string }) {
  return (
    <View wrap={false}>
      <Text style={styles.h2}>{title}</Text>
      <Text style={styles.notRun}>Not run yet: this exercise has no results in this workshop.</Text>
    </View>
  );
}

/** Shows a ready section, "not run yet" for one without results, nothing for one not on the agenda. */
export function SectionOr<T>({
  section,
  children,
}: {
  section: PlanSection<T>;
  children: (ready: Extract<PlanSection<T>, { status: 'ready' }>) => React.ReactNode;
}) {
  if (section.status === 'absent') return null;
  if (section.status === 'not-run') return <NotRunYet title={section.title} />;
  return <>{children(section as Extract<PlanSection<T>, { status: 'ready' }>)}</>;
}

export function DefinitionBlock({ definition }: { definition: PlanDefinition & { title: string } }) {
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
  return (
    <View wrap={false}>
      <Text style={styles.h2}>Our definition</Text>
      {definition.draft ? (
        <Text style={[styles.small, { marginBottom: 6 }]}>
          The team has not merged its statements into a definition yet; these are the room’s top-voted
          statements.
        </Text>
      ) : null}
      <View style={{ flexDirection: 'row', gap: 18 }}>
        {column('CUSTOMER-CENTRIC MEANS', definition.means, COLORS.teal)}
        {column('IT DOES NOT MEAN', definition.notMeans, COLORS.navySoft)}
      </View>
    </View>
  );
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

export function CentricityBlock({ centricity }: { centricity: PlanCentricity & { title: string } }) {
  const hasTrend = centricity.comparedWith.length > 0;
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={90}>
        Centricity check
      </Text>
      <Text style={[styles.small, { marginBottom: 6 }]}>
        {centricity.respondents} {centricity.respondents === 1 ? 'participant' : 'participants'} rated each
        statement from 1 (not at all) to 5 (fully).{' '}
        {hasTrend
          ? `Compared with ${centricity.comparedWith.join(', ')}.`
          : 'No earlier workshop of this organisation to compare with.'}
      </Text>
      <View style={styles.tableHeader} wrap={false}>
        <Text style={{ flex: 1 }}>Statement</Text>
        <Text style={{ width: 42, textAlign: 'right' }}>Mean</Text>
        <Text style={{ width: 40, textAlign: 'right' }}>Spread</Text>
        <Text style={{ width: 62, textAlign: 'center' }}>1 … 5</Text>
        <Text style={{ width: hasTrend ? 100 : 0 }}>{hasTrend ? 'Trend' : ''}</Text>
      </View>
      {centricity.questions.map((q) => (
        <View key={q.id} style={[styles.tableRow, { alignItems: 'center' }]} wrap={false}>
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
          <Text style={{ width: hasTrend ? 100 : 0, fontSize: 8, color: COLORS.text2, paddingLeft: 6 }}>
            {hasTrend ? trendText(q) : ''}
          </Text>
        </View>
      ))}
      {centricity.departments ? <Departments centricity={centricity} /> : null}
    </View>
  );
}

function Departments({ centricity }: { centricity: PlanCentricity }) {
  const departments = centricity.departments ?? [];
  const barWidth = 150;
  return (
    <View wrap={false}>
      <Text style={[styles.h3, { marginTop: 14 }]}>Who talks with customers</Text>
      <Text style={[styles.small, { marginBottom: 5 }]}>
        Departments the room said have regular, direct contact with customers (
        {centricity.departmentRespondents} answered).
      </Text>
      {departments.map((d) => (
        <View key={d.name} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 2.5 }}>
          <Text style={{ width: 120, fontSize: 8.5 }}>{d.name}</Text>
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
  );
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

export function PushPullBlock({ pushPull }: { pushPull: PlanPushPull & { title: string } }) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={60}>
        Product push or customer pull
      </Text>
      <Text style={[styles.small, { marginBottom: 6 }]}>
        The team’s final call per card, beside the room’s vote: pushed by us (navy), pulled by customers
        (teal), unsure (grey).
      </Text>
      <View style={styles.tableHeader} wrap={false}>
        <Text style={{ flex: 1 }}>Card</Text>
        <Text style={{ width: 70 }}>Decision</Text>
        <Text style={{ width: 96 }}>Room’s vote</Text>
        <Text style={{ width: 84, textAlign: 'right' }}>Push · pull · unsure</Text>
      </View>
      {pushPull.cards.map((card) => (
        <View key={card.id} style={[styles.tableRow, { alignItems: 'center' }]} wrap={false}>
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
          <Text style={{ width: 84, textAlign: 'right', color: COLORS.text2 }}>
            {card.votes ? `${card.votes.push} · ${card.votes.pull} · ${card.votes.unsure}` : ''}
            {card.contested ? '  contested' : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

export function SimplificationBlock({
  simplification,
}: {
  simplification: PlanSimplification & { title: string };
}) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={60}>
        Offering simplification
      </Text>
      <Text style={[styles.small, { marginBottom: 6 }]}>
        Value to the customer and burden on the customer are the room’s mean ratings (1–5).
      </Text>
      <View style={styles.tableHeader} wrap={false}>
        <Text style={{ flex: 1 }}>Offering</Text>
        <Text style={{ width: 62 }}>Decision</Text>
        <Text style={{ width: 38, textAlign: 'right' }}>Value</Text>
        <Text style={{ width: 44, textAlign: 'right' }}>Burden</Text>
        <Text style={{ width: 160, paddingLeft: 12 }}>Note</Text>
      </View>
      {simplification.offerings.map((o) => (
        <View key={o.id} style={styles.tableRow} wrap={false}>
          <View style={{ flex: 1, paddingRight: 8 }}>
            <Text>{o.name}</Text>
            {o.failsBasics ? <Text style={styles.small}>Does not meet the basics, says the room</Text> : null}
          </View>
          <View style={{ width: 62 }}>
            <Text style={{ fontWeight: 'bold', color: COLORS.navy }}>
              {o.decision ? DECISION_LABEL[o.decision] : '—'}
            </Text>
            {o.suggested && o.suggested !== o.decision ? (
              <Text style={styles.small}>room: {DECISION_LABEL[o.suggested]}</Text>
            ) : null}
          </View>
          <Text style={{ width: 38, textAlign: 'right' }}>{o.value === null ? '—' : fixed1(o.value)}</Text>
          <Text style={{ width: 44, textAlign: 'right' }}>{o.burden === null ? '—' : fixed1(o.burden)}</Text>
          <Text style={{ width: 160, paddingLeft: 12, color: COLORS.text2 }}>{o.note}</Text>
        </View>
      ))}
    </View>
  );
}
