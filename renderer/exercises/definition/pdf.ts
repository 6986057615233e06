import type { PlanDefinition } from '../../../shared/plan/types';
import type { Block } from '../../plan-pdf/blocks';
import type { Pen } from '../../plan-pdf/pen';
import { headingBlock, type PdfSection } from '../../plan-pdf/sectionParts';
import { COLORS } from '../../plan-pdf/theme';

/** The plan PDF's definition section: what customer-centric means here, and what it does not. */
export function definitionBlocks(
  pen: Pen,
  definition: PlanDefinition,
  width: number,
  first: boolean,
): Block[] {
  const gap = 18;
  const columnWidth = (width - gap) / 2;
  const draftNote = definition.draft ? pen.words.draftNote : null;
  const bullet = pen.typeset({ text: '•', style: { size: 9.5, color: COLORS.text3 } }, 10, {
    lineHeight: 1.5,
  });
  const column = (label: string, text: string, accent: string) => {
    const labelBox = pen.typeset(
      { text: label, style: { size: 7, bold: true, color: accent, letterSpacing: 0.8 } },
      columnWidth,
    );
    const style = { size: 9.5, color: text ? COLORS.text : COLORS.text3 };
    // The room's statements read as a list with hanging bullets; the team's own definition as prose.
    const paragraphs =
      definition.draft && text
        ? text
            .split('\n')
            .filter((line) => line.trim())
            .map((line) => ({
              bullet: true,
              box: pen.typeset({ text: line, style }, columnWidth - 10, { lineHeight: 1.5 }),
            }))
        : [
            {
              bullet: false,
              box: pen.typeset({ text: text || '—', style }, columnWidth, { lineHeight: 1.5 }),
            },
          ];
    const height = 2 + 6 + labelBox.height + 3 + paragraphs.reduce((h, p) => h + p.box.height, 0);
    return {
      height,
      draw: (pen: Pen, x: number, y: number) => {
        pen.rect(x, y, columnWidth, 2, accent);
        pen.text(labelBox, x, y + 8);
        let top = y + 8 + labelBox.height + 3;
        const items = () => {
          for (const p of paragraphs) {
            const at = top;
            if (p.bullet)
              pen.tag('LI', () => {
                pen.tag('Lbl', () => pen.text(bullet, x, at));
                pen.tag('LBody', () => pen.text(p.box, x + 10, at));
              });
            else pen.tag('P', () => pen.text(p.box, x, at));
            top += p.box.height;
          }
        };
        if (paragraphs.some((p) => p.bullet)) pen.tag('L', items);
        else items();
      },
    };
  };
  const means = column(pen.words.customerCentricMeans, definition.means, COLORS.teal);
  const notMeans = column(pen.words.itDoesNotMean, definition.notMeans, COLORS.navySoft);
  return [
    headingBlock(pen, 'definition-h', pen.words.ourDefinition, draftNote, width, first),
    {
      key: 'definition',
      height: Math.max(means.height, notMeans.height),
      node: (pen, x, y) => {
        means.draw(pen, x, y);
        notMeans.draw(pen, x + columnWidth + gap, y);
      },
    },
  ];
}

/** How many rated each score, as small bars. */

export const definitionPdf: PdfSection<PlanDefinition> = {
  group: 'stand',
  blocks: definitionBlocks,
  // The team's definition leads page 1, and is not printed again with where the room stands.
  summary: {
    place: 'lead',
    blocks: (pen, data, width) => definitionBlocks(pen, data, width, false),
    replacesSection: true,
  },
};
