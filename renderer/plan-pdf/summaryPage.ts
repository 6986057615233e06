import { BAND_LABELS } from '../../shared/continuum';
import { oneDecimal } from '../../shared/plan/format';
import { leadSection, sectionsOfType } from '../../shared/plan/sectionData';
import type { ActionPlan, PlanInitiative } from '../../shared/plan/types';
import { mastheadBlock, tableHeader, tableRow, textBlock, textCell, type Block } from './blocks';
import { definitionBlocks } from '../exercises/definition/pdf';
import { headingBlock, noteBox } from './sectionParts';
import type { Pen } from './pen';
import { practiceCover } from './practiceNotice';
import type { Span } from './typeset';
import { COLORS, LEADING, TEXT } from './theme';

export const PLAN_TITLE = 'Customer-centricity action plan';

/** How many priorities and moves the summary names. */
const TOP = 3;

/** Most dot votes first; ties in the order the initiatives were added (their number). */
export function byDotVotes(plan: ActionPlan): PlanInitiative[] {
  return [...plan.groups.flatMap((g) => g.initiatives), ...plan.unplaced].sort(
    (a, b) => b.priority - a.priority || a.number - b.number,
  );
}

/** "Substantive · 72 agreed", "Process & policy · not placed, room’s median 48", "Not placed yet". */
function shortPosition(i: PlanInitiative): string {
  if (i.positionSource === 'agreed' && i.position !== null && i.band)
    return `${BAND_LABELS[i.band]} · ${Math.round(i.position)} agreed`;
  if (i.roomMedian !== null && i.band)
    return `${BAND_LABELS[i.band]} · not placed, room’s median ${Math.round(i.roomMedian)}`;
  return 'Not placed yet';
}

/** The top of page 1: what the plan is, for whom, when, with whom. The document's H1. */
export function masthead(pen: Pen, plan: ActionPlan, width: number): Block {
  const t = plan.title;
  return mastheadBlock(
    pen,
    PLAN_TITLE,
    t.workshopName,
    [
      t.organisation,
      t.dateLabel,
      t.facilitator ? `Facilitator: ${t.facilitator}` : '',
      t.participants === null ? '' : `${t.participants} participants`,
      `${t.initiativeCount} ${t.initiativeCount === 1 ? 'initiative' : 'initiatives'}`,
    ],
    width,
  );
}

/** The definition page 1 quotes: the first one ready on the agenda. */
export function summaryDefinition(plan: ActionPlan) {
  return sectionsOfType(plan, 'definition').find((e) => e.section.status === 'ready');
}

function centricityBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const c = leadSection(plan, 'centricity-check');
  if (c.status !== 'ready') return [];
  const hasLast = c.comparedWith.length > 0;
  const last = hasLast ? `Last time (${c.comparedWith[c.comparedWith.length - 1]})` : 'Last time';
  const widths = hasLast ? { now: 46, last: 120, change: 54 } : { now: 46, last: 0, change: 0 };
  const text = width - widths.now - widths.last - widths.change;
  const header = tableHeader(pen, 'summary-centricity-th', [
    { label: 'Statement', width: text },
    { label: 'Mean', width: widths.now, align: 'right' },
    ...(hasLast
      ? [
          { label: last, width: widths.last, align: 'right' as const },
          { label: 'Change', width: widths.change, align: 'right' as const },
        ]
      : []),
  ]);
  const intro = hasLast
    ? `Mean of the room’s ratings, 1 (not at all) to 5 (fully), beside the organisation’s last workshop.`
    : 'Mean of the room’s ratings, 1 (not at all) to 5 (fully). No earlier workshop of this organisation to compare with.';
  const blocks: Block[] = [
    headingBlock(
      pen,
      'summary-centricity-h',
      'Centricity scores, in the order asked',
      intro,
      width,
      false,
      'H3',
    ),
    { ...header, keepWithNext: true },
  ];
  for (const q of c.questions) {
    const previous = q.trend.length >= 2 ? q.trend[q.trend.length - 2]!.mean : null;
    const change =
      q.change === null
        ? '—'
        : `${q.change > 0.05 ? '▲' : q.change < -0.05 ? '▼' : '■'} ${oneDecimal(q.change)}`;
    const number = (value: number | null, bold = false): Span => ({
      text: value === null ? '—' : oneDecimal(value),
      style: { size: 9, bold, color: value === null ? COLORS.text3 : COLORS.navy },
    });
    blocks.push(
      tableRow(
        `summary-q-${q.id}`,
        [
          textCell(pen, { text: q.text, style: TEXT.body }, text, { padRight: 8 }),
          textCell(pen, number(q.mean, true), widths.now, { align: 'right' }),
          ...(hasLast
            ? [
                textCell(pen, number(previous), widths.last, { align: 'right' }),
                textCell(pen, { text: change, style: { size: 9, color: COLORS.text2 } }, widths.change, {
                  align: 'right',
                }),
              ]
            : []),
        ],
        { header, padY: 3 },
      ),
    );
  }
  return blocks;
}

function prioritiesBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const voted = byDotVotes(plan).filter((i) => i.priority > 0);
  const heading = headingBlock(
    pen,
    'summary-priorities-h',
    'Top priorities, most dot votes first',
    voted.length > TOP ? `The ${TOP} initiatives with the most dot votes of ${voted.length} voted on.` : null,
    width,
    false,
    'H3',
  );
  if (voted.length === 0) return [heading, noteBox(pen, 'summary-no-votes', 'No dot votes yet.', width)];
  const widths = { number: 22, dots: 34, where: 170, owner: 90 };
  const title = width - widths.number - widths.dots - widths.where - widths.owner;
  const header = tableHeader(pen, 'summary-priorities-th', [
    { label: '#', width: widths.number },
    { label: 'Initiative', width: title },
    { label: 'Dots', width: widths.dots, align: 'right' },
    { label: 'Where it sits', width: widths.where, padLeft: 12 },
    { label: 'Owner', width: widths.owner },
  ]);
  const blocks: Block[] = [heading, { ...header, keepWithNext: true }];
  for (const i of voted.slice(0, TOP)) {
    const where = shortPosition(i);
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
  const heading = headingBlock(
    pen,
    'summary-moves-h',
    'Moves toward substantive, most dot votes first',
    null,
    width,
    false,
    'H3',
  );
  if (moves.length === 0)
    return [heading, noteBox(pen, 'summary-no-moves', 'No initiative has a next step yet.', width)];
  const widths = { number: 22, who: 110 };
  const step = width - widths.number - widths.who;
  const header = tableHeader(pen, 'summary-moves-th', [
    { label: '#', width: widths.number },
    { label: 'Initiative and its next step', width: step },
    { label: 'Owner · due', width: widths.who },
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
              { text: `\n${due || 'no date'}`, style: { size: 8, color: COLORS.text3 } },
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

function hotSpotBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const j = leadSection(plan, 'burden-journey');
  if (j.status !== 'ready') return [];
  const heading = headingBlock(
    pen,
    'summary-hot-h',
    'Top burden hot spots, heaviest first',
    `Where customers carry the most, rated 0 (none) to ${j.max} (a lot).`,
    width,
    false,
    'H3',
  );
  if (j.hotSpots.length === 0)
    return [heading, noteBox(pen, 'summary-no-hot', 'No stage was rated as a burden.', width)];
  return [heading, ...hotSpotTable(pen, 'summary-hot', j.hotSpots.slice(0, TOP), j.max, width)];
}

/** Stage, burden, mean and how many rated it: the heaviest cells of the heatmap. */
export function hotSpotTable(
  pen: Pen,
  key: string,
  spots: Array<{ stage: string; burden: string; mean: number; count: number }>,
  max: number,
  width: number,
): Block[] {
  const widths = { burden: 90, mean: 70, count: 80 };
  const stage = width - widths.burden - widths.mean - widths.count;
  const header = tableHeader(pen, `${key}-th`, [
    { label: 'Stage', width: stage },
    { label: 'Burden', width: widths.burden },
    { label: `Mean of ${max}`, width: widths.mean, align: 'right' },
    { label: 'Rated by', width: widths.count, align: 'right' },
  ]);
  const blocks: Block[] = [{ ...header, keepWithNext: true }];
  spots.forEach((s, k) =>
    blocks.push(
      tableRow(
        `${key}-${k}`,
        [
          textCell(pen, { text: s.stage, style: TEXT.body }, stage, { padRight: 8 }),
          textCell(pen, { text: s.burden, style: TEXT.body }, widths.burden),
          textCell(
            pen,
            { text: oneDecimal(s.mean), style: { size: 9, bold: true, color: COLORS.navy } },
            widths.mean,
            {
              align: 'right',
            },
          ),
          textCell(
            pen,
            {
              text: `${s.count} ${s.count === 1 ? 'person' : 'people'}`,
              style: { size: 8.5, color: COLORS.text2 },
            },
            widths.count,
            { align: 'right' },
          ),
        ],
        { header, padY: 3 },
      ),
    ),
  );
  return blocks;
}

/**
 * Page 1 after the masthead: the decision a leadership team reads first — the team's
 * definition, the scores against last time, the top priorities and their next moves, and the
 * heaviest burdens on customers.
 */
export function summaryBlocks(pen: Pen, plan: ActionPlan, width: number): Block[] {
  const blocks: Block[] = [
    textBlock(pen, 'summary-title', { text: 'Summary', style: TEXT.h1 }, width, {
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
  const definition = summaryDefinition(plan)?.section;
  if (definition?.status === 'ready') blocks.push(...definitionBlocks(pen, definition, width, false));
  blocks.push(...centricityBlocks(pen, plan, width));
  blocks.push(...prioritiesBlocks(pen, plan, width));
  blocks.push(...movesBlocks(pen, plan, width));
  blocks.push(...hotSpotBlocks(pen, plan, width));
  return blocks;
}
