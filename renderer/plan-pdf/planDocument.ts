import { initiativesCsv } from '../../shared/plan/csv';
import { planWords } from '../../shared/plan/words';
import { planFileName } from '../../shared/plan/fileName';
import type { ActionPlan, PlanExercise, PlanInitiative } from '../../shared/plan/types';
import { drawPages, stack, textBlock, type Block } from './blocks';
import { headingBlock, noteBox, sectionBlocks } from './sectionParts';
import { readyBlocks, sectionsIn, summaryQuotes } from './exerciseSections';
import { continuumLegend, continuumOverview, continuumRow, continuumRowsHeader } from './continuumChart';
import { needsCjkFont } from './fonts';
import { initiativeCard } from './initiativeCard';
import { initiativeRow, initiativeTableHeader, TABLE_ABOVE } from './initiativeTable';
import { packFlow } from './pageFit';
import { Pen, type PlanFontBytes } from './pen';
import { practiceNoticeBlock } from './practiceNotice';
import { quickQuestionBlocks } from './quickQuestionsSection';
import { masthead, summaryBlocks } from './summaryPage';
import { COLORS, LEADING, MARGIN, PAGE_SIZE, TEXT, BAND_INK } from './theme';

/** A section starts on a new page with a kicker, a title and an optional lead paragraph. */
interface Section {
  key: string;
  kicker: string;
  title: string;
  lead?: string;
  /** Rests on practice answers: the notice goes under the lead. */
  practice?: boolean;
  blocks: Block[];
}

function sectionIntro(pen: Pen, section: Section, width: number): Block {
  const parts = [
    textBlock(pen, 'kicker', { text: section.kicker.toUpperCase(), style: TEXT.kicker }, width, { below: 4 }),
    textBlock(pen, 'title', { text: section.title, style: TEXT.h1 }, width, {
      below: 8,
      lineHeight: LEADING.h1,
      tag: 'H2',
    }),
  ];
  if (section.lead)
    parts.push(
      textBlock(pen, 'lead', { text: section.lead, style: TEXT.lead }, Math.min(420, width), {
        below: 14,
        lineHeight: LEADING.lead,
      }),
    );
  if (section.practice) parts.push(practiceNoticeBlock(pen, `${section.key}-practice`, width, 14));
  return stack(`${section.key}-intro`, parts);
}

/** Several sections of one type tell themselves apart by their exercise's title. */
function severalOfType(plan: ActionPlan, entry: PlanExercise): boolean {
  return plan.exercises.filter((e) => e.type === entry.type).length > 1;
}

function titleOf(entry: PlanExercise): string {
  return entry.section.status === 'absent' ? '' : entry.section.title;
}

/** One exercise's blocks in a group page: heading (and its title when there are several), notice. */
function entryBlocks(
  pen: Pen,
  plan: ActionPlan,
  entry: PlanExercise,
  width: number,
  first: boolean,
): Block[] {
  const key = `x-${entry.exerciseId}`;
  const named = severalOfType(plan, entry) && entry.section.status === 'ready';
  const blocks = sectionBlocks(
    pen,
    key,
    entry.section,
    width,
    first && !named,
    () => readyBlocks(pen, entry, width, first && !named),
    entry.practice,
  );
  if (!named || blocks.length === 0) return blocks;
  return [headingBlock(pen, `${key}-name`, titleOf(entry), null, width, first, 'H3'), ...blocks];
}

/** Where the room stands and the day's decisions: each exercise's section in agenda order. */
function groupBlocks(pen: Pen, plan: ActionPlan, width: number): { stand: Block[]; decisions: Block[] } {
  // What page 1 quotes in full (the team's definition) is not printed twice.
  const quoted = new Set(
    summaryQuotes(plan)
      .filter((q) => q.replaces)
      .map((q) => q.entry.exerciseId),
  );
  const fill = (entries: PlanExercise[]) => {
    const blocks: Block[] = [];
    for (const entry of entries)
      if (!quoted.has(entry.exerciseId))
        blocks.push(...entryBlocks(pen, plan, entry, width, blocks.length === 0));
    return blocks;
  };
  return { stand: fill(sectionsIn(plan, 'stand')), decisions: fill(sectionsIn(plan, 'decisions')) };
}

/** A page section per journey on the agenda: its heatmap and hot spots. */
function journeySections(pen: Pen, plan: ActionPlan, width: number): Section[] {
  const journeys = sectionsIn(plan, 'journey');
  const w = pen.words;
  return journeys.map((entry) => ({
    key: `journey-${entry.exerciseId}`,
    kicker: w.journeyKicker,
    title: journeys.length > 1 ? `${w.journeyTitle}: ${titleOf(entry)}` : w.journeyTitle,
    lead: w.journeyLead,
    practice: entry.practice,
    blocks:
      entry.section.status === 'ready'
        ? readyBlocks(pen, entry, width, true)
        : entry.section.status === 'not-run'
          ? [noteBox(pen, 'journey-not-run', w.notRunYet, width)]
          : [],
  }));
}

/** A page section per exercise printed under its own title, when it has answers. */
function titledSections(pen: Pen, plan: ActionPlan, width: number): Section[] {
  return sectionsIn(plan, 'titled').map((entry) => ({
    key: `titled-${entry.exerciseId}`,
    kicker: pen.words.ownKicker,
    title: titleOf(entry),
    practice: entry.practice,
    blocks: readyBlocks(pen, entry, width, true),
  }));
}

function continuumSection(pen: Pen, plan: ActionPlan, width: number): Section {
  const { markers, unplacedCount } = plan.continuum;
  const w = pen.words;
  const blocks: Block[] = [];
  if (markers.length === 0) blocks.push(noteBox(pen, 'no-markers', w.noMarkers, width));
  else blocks.push(continuumOverview(pen, markers, width));
  if (unplacedCount > 0) {
    const text = w.unplacedNote(unplacedCount);
    blocks.push(
      textBlock(pen, 'unplaced-note', { text, style: TEXT.small }, width, {
        above: 8,
        lineHeight: LEADING.small,
      }),
    );
  }
  if (markers.length > 0) {
    const header = continuumRowsHeader(pen, width);
    blocks.push(
      textBlock(pen, 'rows-title', { text: w.rowsTitle, style: TEXT.h3 }, width, {
        above: 22,
        below: 3,
        keepWithNext: true,
        tag: 'H3',
      }),
    );
    blocks.push({ ...header, keepWithNext: true });
    for (const m of markers) blocks.push(continuumRow(pen, m, width, header));
    blocks.push(continuumLegend(pen));
  }
  return {
    key: 'continuum',
    kicker: w.continuumKicker,
    title: w.continuumTitle,
    practice: plan.practice.includes('continuum'),
    lead: w.continuumLead,
    blocks,
  };
}

function groupHeading(
  pen: Pen,
  key: string,
  g: { title: string; summary: string; ink: string; count: number },
  width: number,
  first: boolean,
): Block {
  const title = pen.typeset({ text: g.title, style: { size: 13, bold: true, color: g.ink } }, width);
  const countText = pen.words.initiatives(g.count);
  const titleText = `${g.title}, ${countText}`;
  const count = pen.typeset({ text: countText, style: { size: 8, color: COLORS.text3 } }, width);
  const summary = pen.typeset({ text: g.summary, style: { size: 8.5, color: COLORS.text2 } }, width);
  const above = first ? 0 : 14;
  const titleLine = title.lines[0]!;
  return {
    key,
    keepWithNext: true,
    height: above + title.height + 2 + summary.height + 6 + 0.75 + 10,
    node: (pen, x, y) => {
      const top = y + above;
      // The count sits on the title's baseline; both are the heading.
      const countLine = count.lines[0]!;
      pen.tag(
        'H3',
        () => {
          pen.text(title, x, top);
          pen.text(count, x + titleLine.width + 8, top + titleLine.baseline - countLine.baseline);
        },
        { actual: titleText },
      );
      pen.text(summary, x, top + title.height + 2);
      const rule = top + title.height + 2 + summary.height + 6 + 0.375;
      pen.line(x, rule, x + width, rule, 0.75, COLORS.rule);
    },
  };
}

function initiativesSection(pen: Pen, plan: ActionPlan, width: number): Section {
  const w = pen.words;
  const groups: Array<{
    key: string;
    title: string;
    summary: string;
    ink: string;
    initiatives: PlanInitiative[];
  }> = plan.groups.map((g) => ({
    key: g.band,
    title: g.label,
    summary: `${w.onTheLine(g.range[0], g.range[1])} ${g.summary}`,
    ink: BAND_INK[g.band],
    initiatives: g.initiatives,
  }));
  if (plan.unplaced.length > 0) {
    groups.push({
      key: 'unplaced',
      title: w.notPlacedYet,
      summary: w.unplacedSummary,
      ink: COLORS.text2,
      initiatives: plan.unplaced,
    });
  }
  const asTable = plan.title.initiativeCount > TABLE_ABOVE;
  const header = initiativeTableHeader(pen, width);
  const blocks: Block[] = [];
  groups.forEach((g, k) => {
    blocks.push(groupHeading(pen, `group-${g.key}`, { ...g, count: g.initiatives.length }, width, k === 0));
    if (g.initiatives.length === 0)
      blocks.push(
        textBlock(pen, `none-${g.key}`, { text: w.noneYet, style: TEXT.small }, width, {
          below: 8,
          lineHeight: LEADING.small,
        }),
      );
    if (asTable && g.initiatives.length > 0) blocks.push({ ...header, keepWithNext: true });
    for (const i of g.initiatives)
      blocks.push(asTable ? initiativeRow(pen, i, width, header) : initiativeCard(pen, i, width));
  });
  return {
    key: 'initiatives',
    kicker: w.planKicker,
    title: w.planTitleByBand,
    practice: plan.practice.includes('initiatives'),
    lead: w.planLead,
    blocks,
  };
}

function runningHeadAndFoot(
  pen: Pen,
  plan: ActionPlan,
  page: { width: number; height: number; number: number; total: number },
) {
  const width = page.width - 2 * MARGIN.x;
  const org = plan.title.organisation;
  const foot = () => {
    const number = pen.typeset(
      { text: pen.words.pageOf(page.number, page.total), style: TEXT.running },
      width,
      {
        align: 'right',
      },
    );
    const date = pen.typeset({ text: plan.title.dateLabel, style: TEXT.running }, width - number.width - 16, {
      maxLines: 1,
    });
    const top = page.height - 28 - number.height;
    pen.text(date, MARGIN.x, top);
    pen.text(number, MARGIN.x, top);
  };
  // Page 1 has the masthead instead of a running head.
  if (page.number === 1) return foot();
  const planTitle = pen.words.planTitle;
  const right = pen.typeset({ text: org ? `${org} · ${planTitle}` : planTitle, style: TEXT.running }, width, {
    align: 'right',
    maxLines: 1,
  });
  const left = pen.typeset(
    { text: plan.title.workshopName, style: TEXT.running },
    Math.max(40, width - right.width - 16),
    { maxLines: 1 },
  );
  pen.text(left, MARGIN.x, 28);
  pen.text(right, MARGIN.x, 28);
  const rule = 28 + Math.max(left.height, right.height) + 5 + 0.25;
  pen.line(MARGIN.x, rule, MARGIN.x + width, rule, 0.5, COLORS.rule);

  foot();
}

/**
 * Renders the action plan to PDF bytes; the same in Node and in the browser. Every block is
 * measured with the fonts it is drawn with, so pages are cut exactly and numbered in one pass.
 */
export async function renderPlanPdf(
  plan: ActionPlan,
  fonts: PlanFontBytes,
  colorProfile: Uint8Array,
): Promise<Uint8Array> {
  const [pageWidth, pageHeight] = PAGE_SIZE[plan.paper];
  const org = plan.title.organisation;
  const words = planWords(plan.title.language);
  const pen = new Pen(
    { regular: fonts.regular, bold: fonts.bold, cjk: needsCjkFont(plan) ? fonts.cjk : undefined },
    {
      title: `${words.planTitle} — ${plan.title.workshopName}`,
      author: plan.title.facilitator || undefined,
      subject: org ? words.subjectFor(org) : words.planTitle,
      language: plan.title.language,
    },
    [pageWidth, pageHeight],
    {
      colorProfile,
      attachment: {
        name: planFileName({ name: plan.title.workshopName }, 'csv'),
        description: words.csvDescription,
        mimeType: 'text/csv',
        bytes: new TextEncoder().encode(initiativesCsv(plan)),
      },
    },
  );
  const width = pageWidth - 2 * MARGIN.x;
  const contentHeight = pageHeight - MARGIN.top - MARGIN.bottom;
  const practice = new Set(plan.practice);
  const { stand, decisions } = groupBlocks(pen, plan, width);
  const sections: Section[] = [
    { key: 'stand', kicker: words.standKicker, title: words.standTitle, blocks: stand },
    ...journeySections(pen, plan, width),
    continuumSection(pen, plan, width),
    initiativesSection(pen, plan, width),
    {
      key: 'decisions',
      kicker: words.decisionsKicker,
      title: words.decisionsTitle,
      blocks: decisions,
    },
    ...titledSections(pen, plan, width),
    {
      key: 'quick',
      kicker: words.quickKicker,
      title: words.quickTitle,
      lead: words.quickLead,
      practice: practice.has('quickQuestions'),
      blocks: quickQuestionBlocks(pen, plan.quickQuestions, width),
    },
  ].filter((s) => s.blocks.length > 0);

  // Page 1 leads with the decision: the masthead, then the summary; every section starts a page.
  const head = masthead(pen, plan, width);
  const pages: Block[][] = packFlow(
    summaryBlocks(pen, plan, width),
    contentHeight,
    contentHeight - head.height,
  );
  pages[0]!.unshift(head);
  for (const section of sections) {
    const intro = sectionIntro(pen, section, width);
    const cut = packFlow(section.blocks, contentHeight, contentHeight - intro.height);
    cut[0]!.unshift(intro);
    pages.push(...cut);
  }

  drawPages(pen, pages, (page) =>
    runningHeadAndFoot(pen, plan, { width: pageWidth, height: pageHeight, ...page }),
  );
  return pen.finish();
}
