import type { PlanInitiative } from '../../shared/plan/types';
import { en, type PlanWords } from '../../shared/plan/words/en';
import { tableRow, textCell, type Block, type Cell } from './blocks';
import type { Pen } from './pen';
import type { Span } from './typeset';
import { BAND_INK, COLORS } from './theme';

const EDGE = 2.5;
const INDENT = 10;
const NUMBER = 22;

/** Label over value; a dash, not a blank: a missing owner or date is something the board should see. */
function field(pen: Pen, label: string, value: string, width: number): Cell {
  return textCell(
    pen,
    [
      {
        text: label.toLocaleUpperCase(pen.language),
        style: { size: 6.5, bold: true, color: COLORS.text3, letterSpacing: 0.6 },
      },
      { text: `\n${value || '—'}`, style: { size: 8.5, color: value ? COLORS.text : COLORS.text3 } },
    ],
    width,
    { padRight: 10 },
  );
}

/**
 * Where an initiative sits, never calling a position nobody set agreed: "62 agreed", or
 * "Not placed yet · room’s median 48 (middle half 30–60)", or "Not placed yet".
 */
export function positionText(i: PlanInitiative, w: PlanWords = en): string {
  const half = i.spread ? ` (${w.middleHalf(Math.round(i.spread.p25), Math.round(i.spread.p75))})` : '';
  const median = i.roomMedian === null ? '' : `${w.roomMedian(Math.round(i.roomMedian))}${half}`;
  if (i.positionSource === 'agreed' && i.position !== null)
    return `${w.agreedAt(Math.round(i.position))}${median ? ` · ${median}` : ''}`;
  return median ? `${w.notPlacedYet} · ${median}` : w.notPlacedYet;
}

/** The card's title is a heading under its band: a screen reader moves from card to card. */
function asHeading(cell: Cell): Cell {
  const box = cell.box!;
  return {
    width: cell.width,
    height: box.height,
    draw: (pen, x, y) => pen.tag('H4', () => pen.text(box, x, y)),
  };
}

/** One initiative of a small plan, in full: a card with a band-coloured edge. */
export function initiativeCard(pen: Pen, i: PlanInitiative, width: number): Block {
  const number = i.number;
  const ink = i.band ? BAND_INK[i.band] : COLORS.rule;
  const inner = width - EDGE - INDENT;
  const body = inner - NUMBER;
  const dotsStyle = { size: 8, bold: true, color: i.priority > 0 ? COLORS.teal : COLORS.text3 };
  const dotsWidth = pen.measure(pen.words.dotCount(i.priority), dotsStyle);
  const titleHeight = 10.5 * 1.3;
  // Number and dots share the title's first line; their lines are as tall so the baselines meet.
  const top = tableRow(
    'top',
    [
      textCell(pen, { text: String(number), style: { size: 8, color: COLORS.text3 } }, NUMBER, {
        lineHeight: titleHeight / 8,
      }),
      asHeading(
        textCell(
          pen,
          { text: i.title, style: { size: 10.5, bold: true, color: COLORS.navy } },
          inner - NUMBER - dotsWidth,
          { padRight: 10, lineHeight: 1.3 },
        ),
      ),
      textCell(pen, { text: pen.words.dotCount(i.priority), style: dotsStyle }, dotsWidth, {
        lineHeight: titleHeight / 8,
      }),
    ],
    { padY: 0, rule: null },
  );
  const parts: Array<{ height: number; draw: (pen: Pen, x: number, y: number) => void }> = [
    { height: top.height, draw: top.node },
  ];
  if (i.description) {
    const box = pen.typeset({ text: i.description, style: { size: 9, color: COLORS.text2 } }, body, {
      lineHeight: 1.4,
    });
    parts.push({ height: 1 + box.height - 4, draw: (pen, x, y) => pen.text(box, x + NUMBER, y + 1) });
  }
  const fieldRow = (cells: Cell[]) => {
    const row = tableRow('fields', cells, { padY: 0, rule: null });
    parts.push({ height: 6 + row.height, draw: (pen, x, y) => row.node(pen, x + NUMBER, y + 6) });
  };
  fieldRow([
    field(pen, pen.words.owner, i.owner, body * 0.34),
    field(pen, pen.words.dueDate, i.dueDateLabel || i.dueDate, body * 0.26),
    field(pen, pen.words.position, positionText(i, pen.words), body * 0.4),
  ]);
  fieldRow([
    field(pen, pen.words.nextStepTowardSubstantive, i.nextStep, body * 0.6),
    field(pen, pen.words.customerMetric, i.customerMetric, body * 0.4),
  ]);
  const meta = pen.typeset(
    {
      text: `${pen.words.reduces}: ${i.burdenLabels.length ? i.burdenLabels.join(', ') : '—'}   ·   ${pen.words.source}: ${i.sourceLabel}`,
      style: { size: 7, color: COLORS.text3 },
    },
    body,
  );
  parts.push({ height: 5 + meta.height, draw: (pen, x, y) => pen.text(meta, x + NUMBER, y + 5) });
  if (i.moveRight) {
    const nudge: Span[] = [
      { text: `${pen.words.moveItRight}. `, style: { size: 8, bold: true, color: COLORS.teal } },
      { text: i.moveRight, style: { size: 8, color: COLORS.teal } },
    ];
    const box = pen.typeset(nudge, body - 16, { lineHeight: 1.4 });
    parts.push({
      height: 7 + 10 + box.height,
      draw: (pen, x, y) => {
        pen.rect(x + NUMBER, y + 7, body, 10 + box.height, COLORS.tealSoft);
        pen.text(box, x + NUMBER + 8, y + 7 + 5);
      },
    });
  }
  const content = parts.reduce((h, p) => h + p.height, 0);
  return {
    key: `card-${i.id}`,
    height: 2 + content + 2 + 12,
    node: (pen, x, y) => {
      pen.rect(x, y, EDGE, 2 + content + 2, ink);
      let at = y + 2;
      for (const p of parts) {
        p.draw(pen, x + EDGE + INDENT, at);
        at += p.height;
      }
    },
  };
}
