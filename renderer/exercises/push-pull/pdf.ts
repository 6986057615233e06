import { COLUMN_LABELS } from '../../../shared/exercises/push-pull/board';
import type { PlanPushPull } from '../../../shared/plan/types';
import { tableHeader, tableRow, textCell, type Block, type Cell } from '../../plan-pdf/blocks';
import type { Pen } from '../../plan-pdf/pen';
import { headingBlock, type PdfSection } from '../../plan-pdf/sectionParts';
import type { Span } from '../../plan-pdf/typeset';
import { COLORS, TEXT } from '../../plan-pdf/theme';

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
                text: card.decision ? COLUMN_LABELS[card.decision]! : '—',
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

export const pushPullPdf: PdfSection<PlanPushPull> = { group: 'decisions', blocks: pushPullBlocks };
