import type { PlanCentricity, PlanDefinition, PlanSection } from '../../shared/plan/types';
import { list, stack, tableHeader, tableRow, textBlock, textCell, type Block, type Cell } from './blocks';
import type { Pen, StructType } from './pen';
import { practiceNoticeBlock } from './practiceNotice';
import { NATURAL_LINE } from './typeset';
import { COLORS, LEADING, TEXT } from './theme';

export const fixed1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** A section heading with its intro line, kept with what follows. */
export function headingBlock(
  pen: Pen,
  key: string,
  title: string,
  intro: string | null,
  width: number,
  first: boolean,
  tag: StructType = 'H3',
): Block {
  const parts = [
    textBlock(pen, `${key}-title`, { text: title, style: TEXT.h2 }, width, {
      above: first ? 0 : 18,
      below: 6,
      lineHeight: LEADING.h2,
      tag,
    }),
  ];
  if (intro) {
    parts.push(
      textBlock(pen, `${key}-intro`, { text: intro, style: TEXT.small }, width, {
        below: 6,
        lineHeight: LEADING.small,
      }),
    );
  }
  return stack(key, parts, true);
}

/** Quiet grey note in a tinted box: "not run yet", "no initiative placed yet". */
export function noteBox(pen: Pen, key: string, text: string, width: number): Block {
  const box = pen.typeset({ text, style: { size: 9, color: COLORS.text3 } }, width - 20);
  return {
    key,
    height: 4 + 16 + box.height,
    node: (pen, x, y) => {
      pen.rect(x, y + 4, width, 16 + box.height, COLORS.paperTint);
      pen.text(box, x + 10, y + 4 + 8);
    },
  };
}

function notRunBlocks(pen: Pen, key: string, title: string, width: number, first: boolean): Block[] {
  return [
    headingBlock(pen, `${key}-h`, title, null, width, first),
    noteBox(pen, `${key}-not-run`, 'Not run yet: this exercise has no results in this workshop.', width),
  ];
}

/**
 * Blocks of a ready section, "not run yet" for one without results, none for one not on the
 * agenda. `practice`: the section rests on practice answers; the notice goes under its heading.
 */
export function sectionBlocks<T>(
  pen: Pen,
  key: string,
  section: PlanSection<T>,
  width: number,
  first: boolean,
  ready: (section: Extract<PlanSection<T>, { status: 'ready' }>) => Block[],
  practice = false,
): Block[] {
  if (section.status === 'absent') return [];
  if (section.status === 'not-run') return notRunBlocks(pen, key, section.title, width, first);
  const [heading, ...rest] = ready(section as Extract<PlanSection<T>, { status: 'ready' }>);
  if (!practice || !heading) return heading ? [heading, ...rest] : [];
  return [heading, practiceNoticeBlock(pen, `${key}-practice`, width), ...rest];
}

export function definitionBlocks(
  pen: Pen,
  definition: PlanDefinition,
  width: number,
  first: boolean,
): Block[] {
  const gap = 18;
  const columnWidth = (width - gap) / 2;
  const draftNote = definition.draft
    ? 'The team has not merged its statements into a definition yet; these are the room’s top-voted statements.'
    : null;
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
  const means = column('CUSTOMER-CENTRIC MEANS', definition.means, COLORS.teal);
  const notMeans = column('IT DOES NOT MEAN', definition.notMeans, COLORS.navySoft);
  return [
    headingBlock(pen, 'definition-h', 'Our definition', draftNote, width, first),
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
        `How many rated each score: ${counts.map((n, k) => `${scaleMin + k}: ${n}`).join(', ')}.`,
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

function trendText(q: PlanCentricity['questions'][number]): string {
  if (q.trend.length < 2) return '—';
  const points = q.trend.map((t) => fixed1(t.mean)).join(' → ');
  if (q.change === null) return points;
  const sign = q.change > 0.05 ? '▲' : q.change < -0.05 ? '▼' : '■';
  return `${points}  ${sign} ${fixed1(Math.abs(q.change))}`;
}

export function centricityBlocks(
  pen: Pen,
  centricity: PlanCentricity,
  width: number,
  first: boolean,
): Block[] {
  const hasTrend = centricity.comparedWith.length > 0;
  const trendWidth = hasTrend ? 100 : 0;
  const textWidth = width - 42 - 40 - 62 - trendWidth;
  const who = centricity.respondents === 1 ? 'participant' : 'participants';
  const intro = `${centricity.respondents} ${who} rated each statement from 1 (not at all) to 5 (fully). ${
    hasTrend
      ? `Compared with ${centricity.comparedWith.join(', ')}.`
      : 'No earlier workshop of this organisation to compare with.'
  }`;
  const header = tableHeader(pen, 'centricity-th', [
    { label: 'Statement', width: textWidth },
    { label: 'Mean', width: 42, align: 'right' },
    { label: 'Spread', width: 40, align: 'right' },
    { label: '1 … 5', width: 62, align: 'center' },
    ...(hasTrend ? [{ label: 'Trend', width: trendWidth, padLeft: 6 }] : []),
  ]);
  const blocks: Block[] = [
    headingBlock(pen, 'centricity-h', 'Centricity check, statements in the order asked', intro, width, first),
    { ...header, keepWithNext: true },
  ];
  for (const q of centricity.questions) {
    const cells = [
      textCell(pen, { text: q.text, style: TEXT.body }, textWidth, { padRight: 10 }),
      textCell(
        pen,
        { text: q.mean === null ? '—' : fixed1(q.mean), style: { size: 11, bold: true, color: COLORS.navy } },
        42,
        { align: 'right', lineHeight: NATURAL_LINE },
      ),
      textCell(
        pen,
        { text: q.spread === null ? '—' : `±${fixed1(q.spread)}`, style: { size: 9, color: COLORS.text2 } },
        40,
        { align: 'right' },
      ),
      distributionCell(q.distribution, q.scaleMin, 62),
    ];
    if (hasTrend)
      cells.push(
        textCell(pen, { text: trendText(q), style: { size: 8, color: COLORS.text2 } }, trendWidth, {
          padLeft: 6,
        }),
      );
    blocks.push(tableRow(`q-${q.id}`, cells, { header, valign: 'center' }));
  }
  if (centricity.departments) blocks.push(departmentsBlock(pen, centricity, width));
  return blocks;
}

function departmentsBlock(pen: Pen, centricity: PlanCentricity, width: number): Block {
  const departments = centricity.departments ?? [];
  const barWidth = 150;
  const intro = `Departments the room said have regular, direct contact with customers (${centricity.departmentRespondents} answered).`;
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
    textBlock(
      pen,
      'departments-title',
      { text: 'Who talks with customers, most named first', style: TEXT.h3 },
      width,
      {
        above: 14,
        below: 3,
        tag: 'H4',
      },
    ),
    textBlock(pen, 'departments-intro', { text: intro, style: TEXT.small }, width, {
      below: 5,
      lineHeight: LEADING.small,
    }),
    list('department-list', rows),
  ]);
}
