import { oneDecimal } from '../../../shared/plan/format';
import type { PlanCentricity } from '../../../shared/plan/types';
import {
  fitHeader,
  list,
  stack,
  tableHeader,
  tableRow,
  textBlock,
  textCell,
  type Block,
  type Cell,
} from '../../plan-pdf/blocks';
import type { Pen } from '../../plan-pdf/pen';
import { fixed1, headingBlock, type PdfSection } from '../../plan-pdf/sectionParts';
import { NATURAL_LINE, type Span } from '../../plan-pdf/typeset';
import { COLORS, LEADING, TEXT } from '../../plan-pdf/theme';

function distributionCell(counts: number[], scaleMin: number, width: number): Cell {
  const most = Math.max(1, ...counts);
  const barWidth = 7;
  const height = 16;
  const total = counts.length * (barWidth + 2) - 2;
  return {
    width,
    height,
    draw: (pen, x, y) =>
      pen.figure(
        pen.words.scoreCounts(counts.map((n, k) => `${scaleMin + k}: ${n}`).join(', ')),
        [x, y, width, height],
        () => bars(pen, x, y),
      ),
  };
  function bars(pen: Pen, x: number, y: number) {
    {
      const left = x + (width - total) / 2;
      counts.forEach((n, k) => {
        const h = n === 0 ? 0.6 : Math.max(1.2, (n / most) * height);
        pen.rect(
          left + k * (barWidth + 2),
          y + height - h,
          barWidth,
          h,
          n === 0 ? COLORS.rule : COLORS.navySoft,
        );
      });
    }
  }
}

function trendText(q: PlanCentricity['questions'][number], language: string): string {
  if (q.trend.length < 2) return '—';
  const points = q.trend.map((t) => fixed1(t.mean, language)).join(' → ');
  if (q.change === null) return points;
  const sign = q.change > 0.05 ? '▲' : q.change < -0.05 ? '▼' : '■';
  return `${points}  ${sign} ${fixed1(Math.abs(q.change), language)}`;
}

export function centricityBlocks(
  pen: Pen,
  centricity: PlanCentricity,
  width: number,
  first: boolean,
): Block[] {
  const hasTrend = centricity.comparedWith.length > 0;
  const trendWidth = hasTrend ? 100 : 0;
  const w = pen.words;
  const meanWidth = fitHeader(pen, w.mean, 42);
  const spreadWidth = fitHeader(pen, w.spread, 40);
  const textWidth = width - meanWidth - spreadWidth - 62 - trendWidth;
  const intro = `${w.ratedEachStatement(centricity.respondents)} ${
    hasTrend ? w.comparedWith(centricity.comparedWith.join(', ')) : w.noEarlier
  }`;
  const header = tableHeader(pen, 'centricity-th', [
    { label: w.statement, width: textWidth },
    { label: w.mean, width: meanWidth, align: 'right' },
    { label: w.spread, width: spreadWidth, align: 'right' },
    { label: '1 … 5', width: 62, align: 'center' },
    ...(hasTrend ? [{ label: w.trend, width: trendWidth, padLeft: 6 }] : []),
  ]);
  const blocks: Block[] = [
    headingBlock(pen, 'centricity-h', w.centricityTitle, intro, width, first),
    { ...header, keepWithNext: true },
  ];
  for (const q of centricity.questions) {
    const cells = [
      textCell(pen, { text: q.text, style: TEXT.body }, textWidth, { padRight: 10 }),
      textCell(
        pen,
        {
          text: q.mean === null ? '—' : fixed1(q.mean, pen.language),
          style: { size: 11, bold: true, color: COLORS.navy },
        },
        42,
        { align: 'right', lineHeight: NATURAL_LINE },
      ),
      textCell(
        pen,
        {
          text: q.spread === null ? '—' : `±${fixed1(q.spread, pen.language)}`,
          style: { size: 9, color: COLORS.text2 },
        },
        40,
        { align: 'right' },
      ),
      distributionCell(q.distribution, q.scaleMin, 62),
    ];
    if (hasTrend)
      cells.push(
        textCell(
          pen,
          { text: trendText(q, pen.language), style: { size: 8, color: COLORS.text2 } },
          trendWidth,
          {
            padLeft: 6,
          },
        ),
      );
    blocks.push(tableRow(`q-${q.id}`, cells, { header, valign: 'center' }));
  }
  if (centricity.departments) blocks.push(departmentsBlock(pen, centricity, width));
  return blocks;
}

function departmentsBlock(pen: Pen, centricity: PlanCentricity, width: number): Block {
  const departments = centricity.departments ?? [];
  const barWidth = 150;
  const intro = pen.words.departmentsIntro(centricity.departmentRespondents);
  const rows: Block[] = departments.map((d) => {
    const name = textCell(pen, { text: d.name, style: { size: 8.5, color: COLORS.text } }, 120, {
      padRight: 6,
      lineHeight: NATURAL_LINE,
    });
    const share = Math.max(0, Math.min(1, d.share));
    const bar: Cell = {
      width: barWidth,
      height: 7,
      draw: (pen, x, y) => {
        pen.rect(x, y, barWidth, 7, COLORS.ruleSoft);
        pen.rect(x, y, share * barWidth, 7, COLORS.teal);
      },
    };
    const figure = textCell(
      pen,
      { text: `${Math.round(d.share * 100)}% (${d.count})`, style: { size: 8, color: COLORS.text2 } },
      80,
      { padLeft: 8, lineHeight: NATURAL_LINE },
    );
    const row = tableRow(`department-${d.name}`, [name, bar, figure], {
      padY: 0,
      valign: 'center',
      rule: null,
    });
    return { ...row, height: row.height + 2.5 };
  });
  return stack('departments', [
    textBlock(pen, 'departments-title', { text: pen.words.whoTalks, style: TEXT.h3 }, width, {
      above: 14,
      below: 3,
      tag: 'H4',
    }),
    textBlock(pen, 'departments-intro', { text: intro, style: TEXT.small }, width, {
      below: 5,
      lineHeight: LEADING.small,
    }),
    list('department-list', rows),
  ]);
}

/** Page 1's scores: each statement's mean, beside last time's when there is one. */
function centricitySummary(pen: Pen, c: PlanCentricity, width: number): Block[] {
  const hasLast = c.comparedWith.length > 0;
  const w = pen.words;
  const last = hasLast ? `${w.lastTime} (${c.comparedWith[c.comparedWith.length - 1]})` : w.lastTime;
  const now = fitHeader(pen, w.mean, 46);
  const widths = hasLast
    ? { now, last: 120, change: fitHeader(pen, w.change, 54) }
    : { now, last: 0, change: 0 };
  const text = width - widths.now - widths.last - widths.change;
  const header = tableHeader(pen, 'summary-centricity-th', [
    { label: w.statement, width: text },
    { label: w.mean, width: widths.now, align: 'right' },
    ...(hasLast
      ? [
          { label: last, width: widths.last, align: 'right' as const },
          { label: w.change, width: widths.change, align: 'right' as const },
        ]
      : []),
  ]);
  const intro = hasLast ? w.meanBesideLast : `${w.meanOfRatings} ${w.noEarlier}`;
  const blocks: Block[] = [
    headingBlock(pen, 'summary-centricity-h', w.centricityScores, intro, width, false, 'H3'),
    { ...header, keepWithNext: true },
  ];
  for (const q of c.questions) {
    const previous = q.trend.length >= 2 ? q.trend[q.trend.length - 2]!.mean : null;
    const change =
      q.change === null
        ? '—'
        : `${q.change > 0.05 ? '▲' : q.change < -0.05 ? '▼' : '■'} ${oneDecimal(q.change, pen.language)}`;
    const number = (value: number | null, bold = false): Span => ({
      text: value === null ? '—' : oneDecimal(value, pen.language),
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

export const centricityPdf: PdfSection<PlanCentricity> = {
  group: 'stand',
  blocks: centricityBlocks,
  summary: { place: 'before-initiatives', blocks: centricitySummary },
};
