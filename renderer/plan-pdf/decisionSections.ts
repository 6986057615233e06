// The decisions of the day in the plan PDF: the push/pull cards and the offering simplification,
// each as its board has it (see shared/exercises/push-pull/plan.ts and simplify/plan.ts).
import { COLUMN_LABELS } from '../../shared/exercises/push-pull/board';
import { DECISION_LABELS } from '../../shared/exercises/simplify/board';
import type { PlanPushPull, PlanSimplification } from '../../shared/plan/types';
import { tableHeader, tableRow, textCell, type Block, type Cell } from './blocks';
import { fixed1, headingBlock } from './contextSections';
import type { Pen } from './pen';
import type { Span } from './typeset';
import { COLORS, TEXT } from './theme';

const DECISION_LABEL: Record<string, string> = { ...COLUMN_LABELS, ...DECISION_LABELS };

function voteSplitCell(votes: { push: number; pull: number; unsure: number }, width: number): Cell {
  const alt = `Room’s vote: ${votes.push} push, ${votes.pull} pull, ${votes.unsure} unsure.`;
  const total = Math.max(1, votes.push + votes.pull + votes.unsure);
  const barWidth = 90;
  const pushW = (votes.push / total) * barWidth;
  const pullW = (votes.pull / total) * barWidth;
  return {
    width,
    height: 7,
    draw: (pen, x, y) =>
      pen.figure(alt, [x, y, barWidth, 7], () => {
        pen.rect(x, y, barWidth, 7, COLORS.rule);
        pen.rect(x, y, pushW, 7, COLORS.navySoft);
        pen.rect(x + pushW, y, pullW, 7, COLORS.teal);
      }),
  };
}

export function pushPullBlocks(pen: Pen, pushPull: PlanPushPull, width: number, first: boolean): Block[] {
  const textWidth = width - 70 - 96 - 84;
  const header = tableHeader(pen, 'pushpull-th', [
    { label: 'Card', width: textWidth },
    { label: 'Decision', width: 70 },
    { label: 'Room’s vote', width: 96 },
    { label: 'Votes', width: 84, align: 'right' },
  ]);
  const blocks: Block[] = [
    headingBlock(
      pen,
      'pushpull-h',
      'Product push or customer pull, cards in the order of the deck',
      'The team’s final call per card, beside the room’s vote: pushed by us (navy), pulled by customers (teal), unsure (grey); votes in the same order.',
      width,
      first,
    ),
    { ...header, keepWithNext: true },
  ];
  for (const card of pushPull.cards) {
    const counts = card.votes ? `${card.votes.push} · ${card.votes.pull} · ${card.votes.unsure}` : '';
    const votes: Span[] = [{ text: counts, style: { size: 9, color: COLORS.text2 } }];
    if (card.contested) votes.push({ text: '\ncontested', style: TEXT.small });
    blocks.push(
      tableRow(
        `card-${card.id}`,
        [
          textCell(pen, { text: card.title, style: TEXT.body }, textWidth, { padRight: 8 }),
          textCell(
            pen,
            [
              {
                text: card.decision ? DECISION_LABEL[card.decision]! : '—',
                style: { size: 9, bold: true, color: card.decision === 'pull' ? COLORS.teal : COLORS.navy },
              },
              // The board was not finalised for this card: it stands where the votes put it.
              ...(card.decision && !card.final ? [{ text: '\nby the votes', style: TEXT.small }] : []),
            ],
            70,
          ),
          card.votes
            ? voteSplitCell(card.votes, 96)
            : textCell(pen, { text: 'No votes', style: { size: 9, color: COLORS.text3 } }, 96),
          textCell(pen, votes, 84, { align: 'right' }),
        ],
        { header, valign: 'center' },
      ),
    );
  }
  return blocks;
}

export function simplificationBlocks(
  pen: Pen,
  simplification: PlanSimplification,
  width: number,
  first: boolean,
): Block[] {
  const nameWidth = width - 62 - 38 - 44 - 160;
  const header = tableHeader(pen, 'simplify-th', [
    { label: 'Offering', width: nameWidth },
    { label: 'Decision', width: 62 },
    { label: 'Value', width: 38, align: 'right' },
    { label: 'Burden', width: 44, align: 'right' },
    { label: 'Note', width: 160, padLeft: 12 },
  ]);
  const blocks: Block[] = [
    headingBlock(
      pen,
      'simplify-h',
      'Offering simplification, offerings in the order listed',
      'Value to the customer and burden on the customer are the room’s mean ratings (1–5).',
      width,
      first,
    ),
    { ...header, keepWithNext: true },
  ];
  for (const o of simplification.offerings) {
    const suggested = o.suggested && o.suggested !== o.decision;
    const name: Span[] = [{ text: o.name, style: TEXT.body }];
    if (o.failsBasics) name.push({ text: '\nDoes not meet the basics, says the room', style: TEXT.small });
    const decision: Span[] = [
      {
        text: o.decision ? DECISION_LABEL[o.decision]! : '—',
        style: { size: 9, bold: true, color: COLORS.navy },
      },
    ];
    if (suggested) decision.push({ text: `\nroom: ${DECISION_LABEL[o.suggested!]}`, style: TEXT.small });
    else if (o.decision && !o.final) decision.push({ text: '\nby the ratings', style: TEXT.small });
    blocks.push(
      tableRow(
        `offering-${o.id}`,
        [
          textCell(pen, name, nameWidth, { padRight: 8 }),
          textCell(pen, decision, 62),
          textCell(pen, { text: o.value === null ? '—' : fixed1(o.value), style: TEXT.body }, 38, {
            align: 'right',
          }),
          textCell(pen, { text: o.burden === null ? '—' : fixed1(o.burden), style: TEXT.body }, 44, {
            align: 'right',
          }),
          textCell(pen, { text: o.note, style: { size: 9, color: COLORS.text2 } }, 160, { padLeft: 12 }),
        ],
        { header },
      ),
    );
  }
  return blocks;
}
