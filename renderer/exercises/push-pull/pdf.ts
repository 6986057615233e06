import type { PlanPushPull } from '../../../shared/plan/types';
import { fitHeader, tableHeader, tableRow, textCell, type Block, type Cell } from '../../plan-pdf/blocks';
import type { Pen } from '../../plan-pdf/pen';
import { headingBlock, type PdfSection } from '../../plan-pdf/sectionParts';
import type { Span } from '../../plan-pdf/typeset';
import { COLORS, TEXT } from '../../plan-pdf/theme';

function voteSplitCell(pen: Pen, votes: { push: number; pull: number; unsure: number }, width: number): Cell {
  const alt = pen.words.voteSplit(votes.push, votes.pull, votes.unsure);
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
  const w = pen.words;
  const decisionWidth = fitHeader(pen, w.decision, 70);
  const textWidth = width - decisionWidth - 96 - 84;
  const header = tableHeader(pen, 'pushpull-th', [
    { label: pen.words.card, width: textWidth },
    { label: pen.words.decision, width: decisionWidth },
    { label: pen.words.roomsVote, width: 96 },
    { label: pen.words.votes, width: 84, align: 'right' },
  ]);
  const blocks: Block[] = [
    headingBlock(pen, 'pushpull-h', pen.words.pushPullTitle, pen.words.pushPullIntro, width, first),
    { ...header, keepWithNext: true },
  ];
  for (const card of pushPull.cards) {
    const counts = card.votes ? `${card.votes.push} · ${card.votes.pull} · ${card.votes.unsure}` : '';
    const votes: Span[] = [{ text: counts, style: { size: 9, color: COLORS.text2 } }];
    if (card.contested) votes.push({ text: `\n${w.contested}`, style: TEXT.small });
    blocks.push(
      tableRow(
        `card-${card.id}`,
        [
          textCell(pen, { text: card.title, style: TEXT.body }, textWidth, { padRight: 8 }),
          textCell(
            pen,
            [
              {
                text: card.decision ? w.pushPullPlaces[card.decision] : '—',
                style: { size: 9, bold: true, color: card.decision === 'pull' ? COLORS.teal : COLORS.navy },
              },
              // The board was not finalised for this card: it stands where the votes put it.
              ...(card.decision && !card.final ? [{ text: `\n${w.byTheVotes}`, style: TEXT.small }] : []),
            ],
            decisionWidth,
          ),
          card.votes
            ? voteSplitCell(pen, card.votes, 96)
            : textCell(pen, { text: pen.words.noVotes, style: { size: 9, color: COLORS.text3 } }, 96),
          textCell(pen, votes, 84, { align: 'right' }),
        ],
        { header, valign: 'center' },
      ),
    );
  }
  return blocks;
}

export const pushPullPdf: PdfSection<PlanPushPull> = { group: 'decisions', blocks: pushPullBlocks };
