import { Document, Page, Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import { BAND_LABELS, BANDS } from '../../shared/continuum';
import type { ActionPlan, Paper, PlanInitiative } from '../../shared/plan/types';
import {
  centricityBlocks,
  definitionBlocks,
  NATURAL_LINE,
  pushPullBlocks,
  sectionBlocks,
  simplificationBlocks,
  type Block,
} from './ContextSections';
import {
  CONTINUUM_LEGEND_HEIGHT,
  CONTINUUM_ROW_HEIGHT,
  CONTINUUM_ROWS_HEADER_HEIGHT,
  ContinuumLegend,
  ContinuumOverview,
  ContinuumRow,
  ContinuumRowsHeader,
  overviewHeight,
} from './ContinuumChart';
import { needsCjkFont, planFontStack } from './fonts';
import { estimateCardHeight, InitiativeCard } from './InitiativeCard';
import {
  estimateRowHeight,
  InitiativeRow,
  InitiativeTableHeader,
  TABLE_ABOVE,
  TABLE_HEADER_HEIGHT,
} from './InitiativeTable';
import { estimateLines, estimateTextHeight, packFlow } from './pageFit';
import { BAND_INK, COLORS, MARGIN, styles } from './theme';

const PAGE_WIDTH: Record<Paper, number> = { A4: 595.28, Letter: 612 };
const PAGE_HEIGHT: Record<Paper, number> = { A4: 841.89, Letter: 792 };
const PAGE_SIZE: Record<Paper, 'A4' | 'LETTER'> = { A4: 'A4', Letter: 'LETTER' };
/** Estimates are rough: leave this much of each page unused rather than run into the footer. */
const SAFETY = 14;

export const PLAN_TITLE = 'Customer-centricity action plan';

/** A section starts on a new page with a kicker, a title and an optional lead paragraph. */
interface Section {
  key: string;
  kicker: string;
  title: string;
  lead?: string;
  blocks: Block[];
}

function introHeight(section: Section): number {
  const kicker = 7.5 * NATURAL_LINE + 4;
  const title = 19 * 1.2 + 8;
  const lead = section.lead ? estimateTextHeight(section.lead, 10, 1.5, 420) + 14 : 0;
  return kicker + title + lead;
}

/** A page that does not wrap is only as tall as its content: this holds it at paper height. */
function PageFill({ height, children }: { height: number; children: ReactNode }) {
  return <View style={{ minHeight: height }}>{children}</View>;
}

function SectionIntro({ section }: { section: Section }) {
  return (
    <>
      <Text style={styles.sectionKicker}>{section.kicker}</Text>
      <Text style={styles.h1}>{section.title}</Text>
      {section.lead ? <Text style={styles.lead}>{section.lead}</Text> : null}
    </>
  );
}

function RunningHeadAndFoot({
  plan,
  pageNumber,
  totalPages,
}: {
  plan: ActionPlan;
  pageNumber: number;
  totalPages: number;
}) {
  const org = plan.title.organisation;
  return (
    <>
      <View style={styles.header} fixed>
        <Text>{plan.title.workshopName}</Text>
        <Text>{org ? `${org} · ${PLAN_TITLE}` : PLAN_TITLE}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{plan.title.dateLabel || ' '}</Text>
        <Text>{`Page ${pageNumber} of ${totalPages}`}</Text>
      </View>
    </>
  );
}

function TitlePage({
  plan,
  counts,
  fonts,
}: {
  plan: ActionPlan;
  counts: Record<string, number>;
  fonts: string[];
}) {
  const t = plan.title;
  const facts: Array<[string, string]> = [
    ['Date', t.dateLabel || '—'],
    ['Facilitator', t.facilitator || '—'],
    ['Participants', t.participants === null ? '—' : String(t.participants)],
    ['Initiatives', String(t.initiativeCount)],
  ];
  return (
    <Page
      size={PAGE_SIZE[plan.paper]}
      style={[styles.page, { fontFamily: fonts, paddingTop: 0, paddingBottom: 0 }]}
      wrap={false}
    >
      <PageFill height={PAGE_HEIGHT[plan.paper]}>
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
              <View key={label} style={{ maxWidth: 160 }}>
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
      </PageFill>
    </Page>
  );
}

function continuumSection(plan: ActionPlan, numbers: Map<string, number>, width: number): Section {
  const { markers, unplacedCount } = plan.continuum;
  const blocks: Block[] = [];
  if (markers.length === 0) {
    blocks.push({
      key: 'no-markers',
      height: 20 + 9 * NATURAL_LINE,
      node: (
        <Text key="no-markers" style={styles.notRun}>
          No initiative has been placed on the line yet.
        </Text>
      ),
    });
  } else {
    blocks.push({
      key: 'overview',
      height: overviewHeight(markers, width),
      node: <ContinuumOverview key="overview" markers={markers} width={width} numbers={numbers} />,
    });
  }
  if (unplacedCount > 0) {
    blocks.push({
      key: 'unplaced-note',
      height: 8 + 7.5 * NATURAL_LINE,
      node: (
        <Text key="unplaced-note" style={[styles.small, { marginTop: 8 }]}>
          {unplacedCount} {unplacedCount === 1 ? 'initiative is' : 'initiatives are'} not placed yet (listed
          at the end).
        </Text>
      ),
    });
  }
  if (markers.length > 0) {
    const header: Block = {
      key: 'rows-header',
      height: CONTINUUM_ROWS_HEADER_HEIGHT,
      node: <ContinuumRowsHeader key="rows-header" width={width} />,
    };
    blocks.push({
      key: 'rows-title',
      keepWithNext: true,
      height: 22 + 9.5 * NATURAL_LINE + 3,
      node: (
        <Text key="rows-title" style={[styles.h3, { marginTop: 22 }]}>
          Each initiative on the line
        </Text>
      ),
    });
    blocks.push({ ...header, keepWithNext: true });
    for (const m of markers) {
      blocks.push({
        key: `row-${m.id}`,
        header,
        height: CONTINUUM_ROW_HEIGHT,
        node: <ContinuumRow key={`row-${m.id}`} number={numbers.get(m.id) ?? 0} marker={m} width={width} />,
      });
    }
    blocks.push({ key: 'legend', height: CONTINUUM_LEGEND_HEIGHT, node: <ContinuumLegend key="legend" /> });
  }
  return {
    key: 'continuum',
    kicker: 'The continuum',
    title: 'Where our initiatives sit',
    lead: 'Symbolic gestures feel good and change little; process and policy changes help but tend to slip back; substantive change alters how people are hired, taught, measured and rewarded, and how decisions are made. The plan pushes every initiative to the right.',
    blocks,
  };
}

function GroupHeading({
  title,
  summary,
  ink,
  count,
  first,
}: {
  title: string;
  summary: string;
  ink: string;
  count: number;
  first: boolean;
}) {
  return (
    <View style={{ marginTop: first ? 0 : 14, marginBottom: 10 }}>
      <View style={{ flexDirection: 'row', alignItems: 'baseline', gap: 8 }}>
        <Text style={{ fontSize: 13, fontWeight: 'bold', color: ink }}>{title}</Text>
        <Text style={{ fontSize: 8, color: COLORS.text3 }}>
          {count} {count === 1 ? 'initiative' : 'initiatives'}
        </Text>
      </View>
      <Text style={{ fontSize: 8.5, color: COLORS.text2, marginTop: 2 }}>{summary}</Text>
      <View style={{ borderBottomWidth: 0.75, borderBottomColor: COLORS.rule, marginTop: 6 }} />
    </View>
  );
}

function initiativesSection(plan: ActionPlan, numbers: Map<string, number>, width: number): Section {
  const groups: Array<{
    key: string;
    title: string;
    summary: string;
    ink: string;
    initiatives: PlanInitiative[];
  }> = [
    ...plan.groups.map((g) => ({
      key: g.band,
      title: g.label,
      summary: `${g.range[0]}–${g.range[1]} on the line. ${g.summary}`,
      ink: BAND_INK[g.band],
      initiatives: g.initiatives,
    })),
  ];
  if (plan.unplaced.length > 0) {
    groups.push({
      key: 'unplaced',
      title: 'Not placed yet',
      summary: 'Agree where these sit on the line before the plan is final.',
      ink: COLORS.text2,
      initiatives: plan.unplaced,
    });
  }
  const asTable = plan.title.initiativeCount > TABLE_ABOVE;
  const tableHeader: Block = {
    key: 'initiatives-th',
    height: TABLE_HEADER_HEIGHT,
    node: <InitiativeTableHeader key="initiatives-th" width={width} />,
  };
  const blocks: Block[] = [];
  groups.forEach((g, k) => {
    blocks.push({
      key: `group-${g.key}`,
      keepWithNext: true,
      height:
        (k === 0 ? 0 : 14) +
        13 * NATURAL_LINE +
        2 +
        estimateLines(g.summary, 8.5, width) * 8.5 * NATURAL_LINE +
        6.75 +
        10,
      node: (
        <GroupHeading
          key={`group-${g.key}`}
          title={g.title}
          summary={g.summary}
          ink={g.ink}
          count={g.initiatives.length}
          first={k === 0}
        />
      ),
    });
    if (g.initiatives.length === 0) {
      blocks.push({
        key: `none-${g.key}`,
        height: 8 + 7.5 * NATURAL_LINE,
        node: (
          <Text key={`none-${g.key}`} style={[styles.small, { marginBottom: 8 }]}>
            None yet.
          </Text>
        ),
      });
    }
    if (asTable && g.initiatives.length > 0) blocks.push({ ...tableHeader, keepWithNext: true });
    for (const i of g.initiatives) {
      blocks.push(
        asTable
          ? {
              key: `row-${i.id}`,
              header: tableHeader,
              height: estimateRowHeight(i, width),
              node: (
                <InitiativeRow
                  key={`row-${i.id}`}
                  initiative={i}
                  number={numbers.get(i.id) ?? 0}
                  width={width}
                />
              ),
            }
          : {
              key: `card-${i.id}`,
              height: estimateCardHeight(i, width),
              node: <InitiativeCard key={`card-${i.id}`} initiative={i} number={numbers.get(i.id) ?? 0} />,
            },
      );
    }
  });
  return {
    key: 'initiatives',
    kicker: 'The plan',
    title: 'Initiatives by band',
    lead: 'Highest priority first (the room’s dot votes). Each has an owner, a next step that moves it toward substantive, and a customer metric, not a product metric.',
    blocks,
  };
}

/**
 * The action plan as a PDF document; the same in Node and in the browser.
 * Pages are cut here (see pageFit.ts), so page numbers are known without a second layout pass.
 */
export function PlanDocument({ plan }: { plan: ActionPlan }) {
  const width = PAGE_WIDTH[plan.paper] - 2 * MARGIN.x;
  const contentHeight = PAGE_HEIGHT[plan.paper] - MARGIN.top - MARGIN.bottom - SAFETY;
  const ordered = [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced];
  const numbers = new Map(ordered.map((i, k) => [i.id, k + 1]));
  const counts: Record<string, number> = { unplaced: plan.unplaced.length };
  for (const g of plan.groups) counts[g.band] = g.initiatives.length;

  const standBlocks = [
    ...sectionBlocks('definition', plan.definition, width, true, (d) => definitionBlocks(d, width, true)),
  ];
  standBlocks.push(
    ...sectionBlocks('centricity', plan.centricity, width, standBlocks.length === 0, (c) =>
      centricityBlocks(c, width, standBlocks.length === 0),
    ),
  );
  const decisionBlocks = [
    ...sectionBlocks('pushpull', plan.pushPull, width, true, (p) => pushPullBlocks(p, width, true)),
  ];
  decisionBlocks.push(
    ...sectionBlocks('simplify', plan.simplification, width, decisionBlocks.length === 0, (s) =>
      simplificationBlocks(s, width, decisionBlocks.length === 0),
    ),
  );

  const sections: Section[] = [
    { key: 'stand', kicker: 'Where we stand', title: 'What we mean, and how we score', blocks: standBlocks },
    continuumSection(plan, numbers, width),
    initiativesSection(plan, numbers, width),
    {
      key: 'decisions',
      kicker: 'Decisions from the day',
      title: 'What we push, and what we simplify',
      blocks: decisionBlocks,
    },
  ].filter((s) => s.blocks.length > 0);

  const pages: Array<{ key: string; section: Section; first: boolean; blocks: Block[] }> = [];
  for (const section of sections) {
    const cut = packFlow(section.blocks, contentHeight, contentHeight - introHeight(section));
    cut.forEach((blocks, k) => pages.push({ key: `${section.key}-${k}`, section, first: k === 0, blocks }));
  }
  const totalPages = pages.length + 1;
  const fonts = planFontStack(needsCjkFont(plan));
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
      <TitlePage plan={plan} counts={counts} fonts={fonts} />
      {pages.map((page, k) => (
        // wrap={false}: the page is already cut to fit; react-pdf need not (slowly) split it again.
        <Page
          key={page.key}
          size={PAGE_SIZE[plan.paper]}
          style={[styles.page, { fontFamily: fonts }]}
          wrap={false}
        >
          <RunningHeadAndFoot plan={plan} pageNumber={k + 2} totalPages={totalPages} />
          <PageFill height={PAGE_HEIGHT[plan.paper] - MARGIN.top - MARGIN.bottom}>
            {page.first ? <SectionIntro section={page.section} /> : null}
            {page.blocks.map((block) => (
              <Fragment key={block.key}>{block.node as ReactNode}</Fragment>
            ))}
          </PageFill>
        </Page>
      ))}
    </Document>
  );
}
