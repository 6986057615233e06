import type { ActionPlan, PlanInitiative } from '../../shared/plan/types';
import { en } from '../../shared/plan/words/en';
import type { PlanWords } from '../../shared/plan/words';
import { fitHeader, mastheadBlock, tableHeader, tableRow, textBlock, textCell, type Block } from './blocks';
import { summaryQuoteBlocks, summaryQuotes } from './exerciseSections';
import { headingBlock, noteBox } from './sectionParts';
import type { Pen } from './pen';
import { practiceCover } from './practiceNotice';
import { COLORS, LEADING, TEXT } from './theme';

export const PLAN_TITLE = en.planTitle;

/** How many priorities and moves the summary names. */
const TOP = 3;

/** Most dot votes first; ties in the order the initiatives were added (their number). */
export function byDotVotes(plan: ActionPlan): PlanInitiative[] {
  return [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced].sort(
    (a, b) => b.priority - a.priority || a.number - b.number,
  );
}

/** "Substantive · 72 agreed", "Process & policy · not placed, room’s median 48", "Not placed yet". */
function shortPosition(i: PlanInitiative, w: PlanWords): string {
  if (i.positionSource === 'agreed' && i.position !== null && i.band)
    return w.shortAgreed(w.bands[i.band], Math.round(i.position));
  if (i.roomMedian !== null && i.band) return w.shortMedian(w.bands[i.band], Math.round(i.roomMedian));
  return w.notPlacedYet;
}

/** The top of page 1: what the plan is, for whom, when, with whom. The document's H1. */
export function masthead(pen: Pen, plan: ActionPlan, width: number): Block {
  const t = plan.title;
  const w = pen.words;
  return mastheadBlock(
    pen,
    w.planTitle,
    t.workshopName,
    [
      t.organisation,
      t.dateLabel,
      t.facilitator ? w.facilitator(t.facilitator) : '',
      t.participants === null ? '' : w.participants(t.participants),
      w.initiatives(t.initiativeCount),
    ],
    width,
  );
}

function prioritiesBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const voted = byDotVotes(plan).filter((i) => i.priority > 0);
  const w = pen.words;
  const heading = headingBlock(
    pen,
    'summary-priorities-h',
    w.topPriorities,
    voted.length > TOP ? w.topOf(TOP, voted.length) : null,
    width,
    false,
    'H3',
  );
  if (voted.length === 0) return [heading, noteBox(pen, 'summary-no-votes', w.noDotVotes, width)];
  const widths = { number: 22, dots: fitHeader(pen, w.dots, 34), where: 170, owner: 90 };
  const title = width - widths.number - widths.dots - widths.where - widths.owner;
  const header = tableHeader(pen, 'summary-priorities-th', [
    { label: '#', width: widths.number },
    { label: w.initiative, width: title },
    { label: w.dots, width: widths.dots, align: 'right' },
    { label: w.whereItSits, width: widths.where, padLeft: 12 },
    { label: w.owner, width: widths.owner },
  ]);
  const blocks: Block[] = [heading, { ...header, keepWithNext: true }];
  for (const i of voted.slice(0, TOP)) {
    const where = shortPosition(i, w);
    blocks.push(
      tableRow(
        `summary-priority-${i.id}`,
        [
          textCell(pen, { text: String(i.number), style: { size: 9, color: COLORS.text3 } }, widths.number),
          textCell(pen, { text: i.title, style: { size: 9, bold: true, color: COLORS.navy } }, title, {
            padRight: 8,
          }),
          textCell(
            pen,
            { text: String(i.priority), style: { size: 9, bold: true, color: COLORS.teal } },
            widths.dots,
            {
              align: 'right',
            },
          ),
          textCell(pen, { text: where, style: { size: 8, color: COLORS.text2 } }, widths.where, {
            padLeft: 12,
            padRight: 8,
          }),
          textCell(
            pen,
            { text: i.owner || '—', style: { size: 8, color: i.owner ? COLORS.text : COLORS.text3 } },
            widths.owner,
          ),
        ],
        { header, padY: 3 },
      ),
    );
  }
  return blocks;
}

function movesBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const moves = byDotVotes(plan).filter((i) => i.nextStep.trim());
  const w = pen.words;
  const heading = headingBlock(pen, 'summary-moves-h', w.movesTitle, null, width, false, 'H3');
  if (moves.length === 0) return [heading, noteBox(pen, 'summary-no-moves', w.noNextStep, width)];
  const widths = { number: 22, who: 110 };
  const step = width - widths.number - widths.who;
  const header = tableHeader(pen, 'summary-moves-th', [
    { label: '#', width: widths.number },
    { label: w.initiativeAndNextStep, width: step },
    { label: w.ownerDue, width: widths.who },
  ]);
  const blocks: Block[] = [heading, { ...header, keepWithNext: true }];
  for (const i of moves.slice(0, TOP)) {
    const due = i.dueDateLabel || i.dueDate;
    blocks.push(
      tableRow(
        `summary-move-${i.id}`,
        [
          textCell(pen, { text: String(i.number), style: { size: 9, color: COLORS.text3 } }, widths.number),
          textCell(
            pen,
            [
              { text: i.title, style: { size: 8.5, bold: true, color: COLORS.navy } },
              { text: `\n${i.nextStep}`, style: { size: 8.5, color: COLORS.text } },
            ],
            step,
            { padRight: 8 },
          ),
          textCell(
            pen,
            [
              { text: i.owner || '—', style: { size: 8, color: i.owner ? COLORS.text : COLORS.text3 } },
              { text: `\n${due || w.noDate}`, style: { size: 8, color: COLORS.text3 } },
            ],
            widths.who,
          ),
        ],
        { header, padY: 3 },
      ),
    );
  }
  return blocks;
}

/**
 * Page 1 after the masthead: the decision a leadership team reads first — the team's
 * definition, the scores against last time, the top priorities and their next moves, and the
 * heaviest burdens on customers.
 */
export function summaryBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const blocks: Block[] = [
    textBlock(pen, 'summary-title', { text: pen.words.summary, style: TEXT.h1 }, width, {
      below: 6,
      lineHeight: LEADING.h1,
      tag: 'H2',
      keepWithNext: true,
    }),
  ];
  if (plan.practice.length > 0) {
    const notice = practiceCover(pen, plan.practice, width);
    blocks.push({
      key: 'summary-practice',
      height: notice.height + 6,
      node: (pen, x, y) => notice.draw(pen, x, y),
    });
  }
  const quotes = summaryQuotes(plan);
  const quoted = (place: (typeof quotes)[number]['place']) =>
    quotes.filter((q) => q.place === place).flatMap((q) => summaryQuoteBlocks(pen, q.entry, width));
  blocks.push(...quoted('lead'), ...quoted('before-initiatives'));
  blocks.push(...prioritiesBlocks(pen, plan, width));
  blocks.push(...movesBlocks(pen, plan, width));
  blocks.push(...quoted('after-initiatives'));
  return blocks;
}
