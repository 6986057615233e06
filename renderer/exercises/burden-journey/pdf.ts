import { oneDecimal } from '../../../shared/plan/format';
import type { PlanJourney } from '../../../shared/plan/types';
import { fitHeader, tableHeader, tableRow, textBlock, textCell, type Block } from '../../plan-pdf/blocks';
import { headingBlock, noteBox, SUMMARY_TOP, type PdfSection } from '../../plan-pdf/sectionParts';
import type { Pen } from '../../plan-pdf/pen';
import { en, type PlanWords } from '../../../shared/plan/words/en';
import type { TextBox } from '../../plan-pdf/typeset';
import { COLORS, LEADING, TEXT } from '../../plan-pdf/theme';

/**
 * One blue from light to dark, each step darker in grey too, so a black-and-white print keeps
 * the order; the number on every cell carries the value either way.
 */
export const HEAT_FILL = ['#f2f5f8', '#d6e3ee', '#b0c9de', '#7ea6c6', '#4c7aa5', '#1f4b78'];
/** Dark numbers on the light steps, white on the dark ones. */
const HEAT_INK = (level: number) => (level >= 4 ? COLORS.white : COLORS.navy);
const inkOf = (level: number | null) => (level === null ? COLORS.text3 : HEAT_INK(level));

const STAGE_WIDTH = 130;
const ROW_HEIGHT = 28;

/** "Discover: time 1.2, worry 0.8 …; Choose: …": what the heatmap shows, for a screen reader. */
export function heatmapAlt(journey: PlanJourney, w: PlanWords = en, language = 'en'): string {
  const stages = journey.stages.map((s) => {
    const cells = s.cells.map((c, k) => {
      // German capitalises its nouns.
      const name = journey.burdens[k]!;
      const burden = language === 'de' ? name : name.toLocaleLowerCase(language);
      return c.mean === null
        ? w.notRated(burden)
        : `${burden} ${oneDecimal(c.mean, language)} (${w.rated(c.count)})`;
    });
    return `${s.name} (${w.rated(s.count)}): ${cells.join(', ')}`;
  });
  return w.heatmapAlt(journey.max, stages.join('; '));
}

function heatmapBlock(pen: Pen, journey: PlanJourney, width: number): Block {
  const columns = journey.burdens.length;
  const cellWidth = (width - STAGE_WIDTH) / columns;
  const head = journey.burdens.map((b) =>
    pen.typeset({ text: b, style: { size: 8, bold: true, color: COLORS.text2 } }, cellWidth - 4, {
      align: 'center',
    }),
  );
  const headHeight = Math.max(...head.map((h) => h.height)) + 6;
  const rows = journey.stages.map((s) => {
    const label = pen.typeset(
      [
        { text: s.name, style: { size: 9, bold: true, color: COLORS.navy } },
        { text: `\n${pen.words.rated(s.count)}`, style: { size: 7, color: COLORS.text3 } },
      ],
      STAGE_WIDTH - 10,
    );
    const cells: TextBox[] = s.cells.map((c) =>
      pen.typeset(
        c.mean === null
          ? { text: '—', style: { size: 10, color: COLORS.text3 } }
          : [
              {
                text: oneDecimal(c.mean, pen.language),
                style: { size: 10, bold: true, color: inkOf(c.level) },
              },
              { text: `\n${pen.words.rated(c.count)}`, style: { size: 6.5, color: inkOf(c.level) } },
            ],
        cellWidth - 4,
        { align: 'center' },
      ),
    );
    return { s, label, cells, height: Math.max(ROW_HEIGHT, label.height + 6) };
  });
  const height = headHeight + rows.reduce((h, r) => h + r.height, 0);
  return {
    key: 'heatmap',
    height: height + 8,
    node: (pen, x, y) =>
      pen.figure(heatmapAlt(journey, pen.words, pen.language), [x, y, width, height], () => {
        head.forEach((h, k) =>
          pen.text(h, x + STAGE_WIDTH + k * cellWidth + 2, y + headHeight - 4 - h.height),
        );
        let top = y + headHeight;
        for (const r of rows) {
          pen.text(r.label, x, top + (r.height - r.label.height) / 2);
          r.s.cells.forEach((c, k) => {
            const left = x + STAGE_WIDTH + k * cellWidth;
            pen.rect(
              left + 1,
              top + 1,
              cellWidth - 2,
              r.height - 2,
              c.level === null ? COLORS.white : HEAT_FILL[c.level]!,
            );
            if (c.level === null)
              pen.line(
                left + 1,
                top + r.height - 1.5,
                left + cellWidth - 1,
                top + r.height - 1.5,
                0.5,
                COLORS.rule,
              );
            const box = r.cells[k]!;
            pen.text(box, left + 2, top + (r.height - box.height) / 2);
          });
          top += r.height;
        }
      }),
  };
}

function legendBlock(pen: Pen, journey: PlanJourney, width: number): Block {
  const text = pen.typeset(
    {
      text: pen.words.heatLegend(journey.max),
      style: TEXT.small,
    },
    width - 6 * 14 - 10,
    { lineHeight: LEADING.small },
  );
  return {
    key: 'heat-legend',
    height: Math.max(10, text.height) + 12,
    node: (pen, x, y) => {
      HEAT_FILL.forEach((fill, k) => pen.rect(x + k * 14, y + 2, 14, 8, fill));
      pen.text(text, x + 6 * 14 + 10, y + 1);
    },
  };
}

/** The heatmap of the burden journey, then its hot spots. */
export function journeyBlocks(pen: Pen, journey: PlanJourney, width: number): Block[] {
  const blocks: Block[] = [heatmapBlock(pen, journey, width), legendBlock(pen, journey, width)];
  blocks.push(
    textBlock(pen, 'hot-title', { text: pen.words.hotSpots, style: TEXT.h2 }, width, {
      above: 14,
      below: 4,
      lineHeight: LEADING.h2,
      keepWithNext: true,
      tag: 'H3',
    }),
  );
  if (journey.hotSpots.length === 0) blocks.push(noteBox(pen, 'no-hot-spots', pen.words.noHotSpots, width));
  else blocks.push(...hotSpotTable(pen, 'hot', journey.hotSpots, journey.max, width));
  return blocks;
}

/** Page 1's heaviest burdens on customers. */
function hotSpotSummary(pen: Pen, j: PlanJourney, width: number): Block[] {
  const heading = headingBlock(
    pen,
    'summary-hot-h',
    pen.words.topHotSpots,
    pen.words.hotSpotsIntro(j.max),
    width,
    false,
    'H3',
  );
  if (j.hotSpots.length === 0) return [heading, noteBox(pen, 'summary-no-hot', pen.words.noHotSpots, width)];
  return [heading, ...hotSpotTable(pen, 'summary-hot', j.hotSpots.slice(0, SUMMARY_TOP), j.max, width)];
}

/** Stage, burden, mean and how many rated it: the heaviest cells of the heatmap. */
export function hotSpotTable(
  pen: Pen,
  key: string,
  spots: Array<{ stage: string; burden: string; mean: number; count: number }>,
  max: number,
  width: number,
): Block[] {
  const widths = {
    burden: 90,
    mean: fitHeader(pen, pen.words.meanOf(max), 70),
    count: fitHeader(pen, pen.words.ratedBy, 80),
  };
  const stage = width - widths.burden - widths.mean - widths.count;
  const header = tableHeader(pen, `${key}-th`, [
    { label: pen.words.stage, width: stage },
    { label: pen.words.burden, width: widths.burden },
    { label: pen.words.meanOf(max), width: widths.mean, align: 'right' },
    { label: pen.words.ratedBy, width: widths.count, align: 'right' },
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
            { text: oneDecimal(s.mean, pen.language), style: { size: 9, bold: true, color: COLORS.navy } },
            widths.mean,
            {
              align: 'right',
            },
          ),
          textCell(
            pen,
            {
              text: pen.words.people(s.count),
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

export const journeyPdf: PdfSection<PlanJourney> = {
  group: 'journey',
  blocks: (pen, data, width) => journeyBlocks(pen, data, width),
  summary: { place: 'after-initiatives', blocks: hotSpotSummary },
};
