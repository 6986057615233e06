import { DECISION_LABELS } from '../../../shared/exercises/simplify/board';
import type { PlanSimplification } from '../../../shared/plan/types';
import { tableHeader, tableRow, textCell, type Block } from '../../plan-pdf/blocks';
import type { Pen } from '../../plan-pdf/pen';
import { fixed1, headingBlock, type PdfSection } from '../../plan-pdf/sectionParts';
import type { Span } from '../../plan-pdf/typeset';
import { COLORS, TEXT } from '../../plan-pdf/theme';

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
        text: o.decision ? DECISION_LABELS[o.decision]! : '—',
        style: { size: 9, bold: true, color: COLORS.navy },
      },
    ];
    if (suggested) decision.push({ text: `\nroom: ${DECISION_LABELS[o.suggested!]}`, style: TEXT.small });
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

export const simplificationPdf: PdfSection<PlanSimplification> = {
  group: 'decisions',
  blocks: simplificationBlocks,
};
