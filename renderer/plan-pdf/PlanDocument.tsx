import { Document, Page, Text, View } from '@react-pdf/renderer';
import { BAND_LABELS, BANDS } from '../../shared/continuum';
import type { ActionPlan, Paper, PlanInitiative } from '../../shared/plan/types';
import {
  CentricityBlock,
  DefinitionBlock,
  PushPullBlock,
  SectionOr,
  SimplificationBlock,
} from './ContextSections';
import { ContinuumLegend, ContinuumOverview, ContinuumRow, ContinuumRowsHeader } from './ContinuumChart';
import { InitiativeCard } from './InitiativeCard';
import { BAND_INK, COLORS, MARGIN, styles } from './theme';

const PAGE_WIDTH: Record<Paper, number> = { A4: 595.28, Letter: 612 };
const PAGE_SIZE: Record<Paper, 'A4' | 'LETTER'> = { A4: 'A4', Letter: 'LETTER' };
/** Up to this many rows, the per-initiative lines share the page with the overview. */
const ROWS_ON_OVERVIEW_PAGE = 18;

export const PLAN_TITLE = 'Customer-centricity action plan';

function RunningHeadAndFoot({ plan }: { plan: ActionPlan }) {
  const org = plan.title.organisation;
  return (
    <>
      <View style={styles.header} fixed>
        <Text>{plan.title.workshopName}</Text>
        <Text>{org ? `${org} · ${PLAN_TITLE}` : PLAN_TITLE}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{plan.title.dateLabel || ' '}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

function PlanPage({ plan, children }: { plan: ActionPlan; children: React.ReactNode }) {
  return (
    <Page size={PAGE_SIZE[plan.paper]} style={styles.page} wrap>
      <RunningHeadAndFoot plan={plan} />
      {children}
    </Page>
  );
}

function Kicker({ children }: { children: string }) {
  return <Text style={styles.sectionKicker}>{children}</Text>;
}

function TitlePage({ plan, counts }: { plan: ActionPlan; counts: Record<string, number> }) {
  const t = plan.title;
  const facts: Array<[string, string]> = [
    ['Date', t.dateLabel || '—'],
    ['Facilitator', t.facilitator || '—'],
    ['Participants', t.participants === null ? '—' : String(t.participants)],
    ['Initiatives', String(t.initiativeCount)],
  ];
  return (
    <Page size={PAGE_SIZE[plan.paper]} style={[styles.page, { paddingTop: 0, paddingBottom: 0 }]}>
      <View style={{ height: 10, backgroundColor: COLORS.navy, marginHorizontal: -MARGIN.x }} />
      <View style={{ flex: 1, justifyContent: 'center', paddingBottom: 80 }}>
        <Text style={{ fontSize: 9, fontWeight: 'bold', color: COLORS.teal, letterSpacing: 2 }}>
          {PLAN_TITLE.toUpperCase()}
        </Text>
        <Text
          style={{
            fontSize: 28,
            fontWeight: 'bold',
            color: COLORS.navy,
            lineHeight: 1.15,
            marginTop: 14,
            maxWidth: 430,
          }}
        >
          {t.workshopName}
        </Text>
        {t.organisation ? (
          <Text style={{ fontSize: 15, color: COLORS.text2, marginTop: 10 }}>{t.organisation}</Text>
        ) : null}
        <View
          style={{
            width: 56,
            borderBottomWidth: 2,
            borderBottomColor: COLORS.teal,
            marginTop: 26,
            marginBottom: 22,
          }}
        />
        <View style={{ flexDirection: 'row', gap: 28 }}>
          {facts.map(([label, value]) => (
            <View key={label}>
              <Text style={{ fontSize: 7, fontWeight: 'bold', color: COLORS.text3, letterSpacing: 0.8 }}>
                {label.toUpperCase()}
              </Text>
              <Text style={{ fontSize: 11, color: COLORS.navy, marginTop: 2 }}>{value}</Text>
            </View>
          ))}
        </View>
        <View style={{ flexDirection: 'row', gap: 10, marginTop: 34 }}>
          {[...BANDS, 'unplaced' as const].map((band) => (
            <View
              key={band}
              style={{
                flex: 1,
                borderTopWidth: 2,
                borderTopColor: band === 'unplaced' ? COLORS.rule : BAND_INK[band],
                paddingTop: 5,
              }}
            >
              <Text style={{ fontSize: 18, fontWeight: 'bold', color: COLORS.navy, lineHeight: 1.2 }}>
                {counts[band] ?? 0}
              </Text>
              <Text style={{ fontSize: 7.5, color: COLORS.text2, marginTop: 2 }}>
                {band === 'unplaced' ? 'Not placed yet' : BAND_LABELS[band]}
              </Text>
            </View>
          ))}
        </View>
      </View>
      <View style={{ paddingBottom: 40, flexDirection: 'row', justifyContent: 'space-between' }}>
        <Text style={{ fontSize: 7.5, color: COLORS.text3 }}>
          Every initiative placed on the line from symbolic to substantive, with an owner and a next step.
        </Text>
        <Text style={{ fontSize: 7.5, color: COLORS.text3 }}>Made with Outside-In</Text>
      </View>
    </Page>
  );
}

function ContinuumPages({
  plan,
  numbers,
  width,
}: {
  plan: ActionPlan;
  numbers: Map<string, number>;
  width: number;
}) {
  const { markers, unplacedCount } = plan.continuum;
  const rowsHere = markers.length <= ROWS_ON_OVERVIEW_PAGE;
  const rows = (
    <>
      <ContinuumRowsHeader width={width} />
      {markers.map((m) => (
        <ContinuumRow key={m.id} number={numbers.get(m.id) ?? 0} marker={m} width={width} />
      ))}
      <ContinuumLegend />
    </>
  );
  return (
    <>
      <PlanPage plan={plan}>
        <Kicker>The continuum</Kicker>
        <Text style={styles.h1}>Where our initiatives sit</Text>
        <Text style={styles.lead}>
          Symbolic gestures feel good and change little; process and policy changes help but tend to slip
          back; substantive change alters how people are hired, taught, measured and rewarded, and how
          decisions are made. The plan pushes every initiative to the right.
        </Text>
        {markers.length > 0 ? (
          <ContinuumOverview markers={markers} width={width} numbers={numbers} />
        ) : (
          <Text style={styles.notRun}>No initiative has been placed on the line yet.</Text>
        )}
        {unplacedCount > 0 ? (
          <Text style={[styles.small, { marginTop: 8 }]}>
            {unplacedCount} {unplacedCount === 1 ? 'initiative is' : 'initiatives are'} not placed yet (listed
            at the end).
          </Text>
        ) : null}
        {rowsHere && markers.length > 0 ? (
          <View style={{ marginTop: 22 }}>
            <Text style={styles.h3}>Each initiative on the line</Text>
            {rows}
          </View>
        ) : null}
      </PlanPage>
      {!rowsHere ? (
        <PlanPage plan={plan}>
          <Kicker>The continuum</Kicker>
          <Text style={[styles.h1, { marginBottom: 12 }]}>Each initiative on the line</Text>
          {rows}
        </PlanPage>
      ) : null}
    </>
  );
}

function InitiativeGroup({
  title,
  summary,
  ink,
  initiatives,
  numbers,
  first,
}: {
  title: string;
  summary: string;
  ink: string;
  initiatives: readonly PlanInitiative[];
  numbers: Map<string, number>;
  first: boolean;
}) {
  return (
    <View style={{ marginTop: first ? 0 : 14 }}>
      <View minPresenceAhead={110} style={{ marginBottom: 10 }}>
        <View style={{ flexDirection: 'row', alignItems: 'baseline', gap: 8 }}>
          <Text style={{ fontSize: 13, fontWeight: 'bold', color: ink }}>{title}</Text>
          <Text style={{ fontSize: 8, color: COLORS.text3 }}>
            {initiatives.length} {initiatives.length === 1 ? 'initiative' : 'initiatives'}
          </Text>
        </View>
        <Text style={{ fontSize: 8.5, color: COLORS.text2, marginTop: 2 }}>{summary}</Text>
        <View style={{ borderBottomWidth: 0.75, borderBottomColor: COLORS.rule, marginTop: 6 }} />
      </View>
      {initiatives.length === 0 ? (
        <Text style={[styles.small, { marginBottom: 8 }]}>None.</Text>
      ) : (
        initiatives.map((i) => <InitiativeCard key={i.id} initiative={i} number={numbers.get(i.id) ?? 0} />)
      )}
    </View>
  );
}

/** The action plan as a PDF document; the same in Node and in the browser. */
export function PlanDocument({ plan }: { plan: ActionPlan }) {
  const width = PAGE_WIDTH[plan.paper] - 2 * MARGIN.x;
  const ordered = [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
  const numbers = new Map(ordered.map((i, k) => [i.id, k + 1]));
  const counts: Record<string, number> = { unplaced: plan.unplaced.length };
  for (const g of plan.groups) counts[g.band] = g.initiatives.length;
  const context = [plan.definition, plan.centricity].some((s) => s.status !== 'absent');
  const decisions = [plan.pushPull, plan.simplification].some((s) => s.status !== 'absent');
  const org = plan.title.organisation;

  return (
    <Document
      title={`${PLAN_TITLE} — ${plan.title.workshopName}`}
      author={plan.title.facilitator || undefined}
      subject={org ? `${PLAN_TITLE} for ${org}` : PLAN_TITLE}
      creator="Outside-In"
      producer="Outside-In"
      language="en"
    >
      <TitlePage plan={plan} counts={counts} />

      {context ? (
        <PlanPage plan={plan}>
          <Kicker>Where we stand</Kicker>
          <Text style={styles.h1}>What we mean, and how we score</Text>
          <SectionOr section={plan.definition}>{(d) => <DefinitionBlock definition={d} />}</SectionOr>
          <SectionOr section={plan.centricity}>{(c) => <CentricityBlock centricity={c} />}</SectionOr>
        </PlanPage>
      ) : null}

      <ContinuumPages plan={plan} numbers={numbers} width={width} />

      <PlanPage plan={plan}>
        <Kicker>The plan</Kicker>
        <Text style={styles.h1}>Initiatives by band</Text>
        <Text style={styles.lead}>
          Highest priority first (the room’s dot votes). Each has an owner, a next step that moves it toward
          substantive, and a customer metric, not a product metric.
        </Text>
        {plan.groups.map((g, k) => (
          <InitiativeGroup
            key={g.band}
            title={g.label}
            summary={`${g.range[0]}–${g.range[1]} on the line. ${g.summary}`}
            ink={BAND_INK[g.band]}
            initiatives={g.initiatives}
            numbers={numbers}
            first={k === 0}
          />
        ))}
        {plan.unplaced.length > 0 ? (
          <InitiativeGroup
            title="Not placed yet"
            summary="Agree where these sit on the line before the plan is final."
            ink={COLORS.text2}
            initiatives={plan.unplaced}
            numbers={numbers}
            first={false}
          />
        ) : null}
      </PlanPage>

      {decisions ? (
        <PlanPage plan={plan}>
          <Kicker>Decisions from the day</Kicker>
          <Text style={styles.h1}>What we push, and what we simplify</Text>
          <SectionOr section={plan.pushPull}>{(p) => <PushPullBlock pushPull={p} />}</SectionOr>
          <SectionOr section={plan.simplification}>
            {(s) => <SimplificationBlock simplification={s} />}
          </SectionOr>
        </PlanPage>
      ) : null}
    </Document>
  );
}
