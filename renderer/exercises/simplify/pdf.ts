import type { PlanSimplification } from '../../../shared/plan/types';
import { fitHeader, tableHeader, tableRow, textCell, type Block } from '../../plan-pdf/blocks';
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
  const w = pen.words;
  const cols = {
    decision: fitHeader(pen, w.decision, 62),
    value: fitHeader(pen, w.value, 38),
    burden: fitHeader(pen, w.burden, 44),
  };
  const nameWidth = width - cols.decision - cols.value - cols.burden - 160;
  const header = tableHeader(pen, 'simplify-th', [
    { label: w.offering, width: nameWidth },
    { label: w.decision, width: cols.decision },
    { label: w.value, width: cols.value, align: 'right' },
    { label: w.burden, width: cols.burden, align: 'right' },
    { label: w.note, width: 160, padLeft: 12 },
  ]);
  const blocks: Block[] = [
    headingBlock(pen, 'simplify-h', pen.words.simplifyTitle, pen.words.simplifyIntro, width, first),
    { ...header, keepWithNext: true },
  ];
  for (const o of simplification.offerings) {
    const suggested = o.suggested && o.suggested !== o.decision;
    const name: Span[] = [{ text: o.name, style: TEXT.body }];
    if (o.failsBasics) name.push({ text: `\n${w.failsBasics}`, style: TEXT.small });
    const decision: Span[] = [
      {
        text: o.decision ? w.simplifyDecisions[o.decision] : '—',
        style: { size: 9, bold: true, color: COLORS.navy },
      },
    ];
    if (suggested)
      decision.push({
        text: `\n${w.roomSuggested(w.simplifyDecisions[o.suggested!])}`,
        style: TEXT.small,
      });
    else if (o.decision && !o.final) decision.push({ text: `\n${w.byTheRatings}`, style: TEXT.small });
    blocks.push(
      tableRow(
        `offering-${o.id}`,
        [
          textCell(pen, name, nameWidth, { padRight: 8 }),
          textCell(pen, decision, cols.decision),
          textCell(
            pen,
            { text: o.value === null ? '—' : fixed1(o.value, pen.language), style: TEXT.body },
            cols.value,
            {
              align: 'right',
            },
          ),
          textCell(
            pen,
            { text: o.burden === null ? '—' : fixed1(o.burden, pen.language), style: TEXT.body },
            cols.burden,
            {
              align: 'right',
            },
          ),
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
