import type { PlanInitiative } from '../../shared/plan/types';
import { tableHeader, tableRow, textCell, type Block } from './blocks';
import type { Pen } from './pen';
import type { Span } from './typeset';
import { COLORS } from './theme';

/**
 * Large plans list initiatives as table rows instead of cards: a board reads 300 initiatives
 * better on 25 pages than on 60.
 */
export const TABLE_ABOVE = 40;

const NUMBER = 18;
const PERSON = 84;
const METRIC = 92;
const SCORE = 46;

function columns(width: number) {
  const rest = width - NUMBER - PERSON - METRIC - SCORE;
  return { title: rest * 0.56, next: rest * 0.44 };
}

export function initiativeTableHeader(pen: Pen, width: number): Block {
  const { title, next } = columns(width);
  const w = pen.words;
  return tableHeader(pen, 'initiatives-th', [
    { label: '#', width: NUMBER },
    { label: w.initiative, width: title },
    { label: w.ownerDue, width: PERSON },
    { label: w.nextStep, width: next },
    { label: w.customerMetric, width: METRIC },
    { label: w.position, width: SCORE, align: 'right' },
  ]);
}

/** Burden names run on in the sentence; German keeps its nouns capitalised. */
function burdenList(pen: Pen, labels: readonly string[]): string {
  const list = labels.join(', ');
  return pen.language === 'de' ? list : list.toLocaleLowerCase(pen.language);
}

const CELL = 8;

/** Body text of a cell, grey when the value is missing (a dash, not a blank: the board should see it). */
function value(text: string): Span {
  return { text: text || '—', style: { size: CELL, color: text ? COLORS.text : COLORS.text3 } };
}

export function initiativeRow(pen: Pen, i: PlanInitiative, width: number, header: Block): Block {
  const number = i.number;
  const { title, next } = columns(width);
  const about: Span[] = [{ text: i.title, style: { size: CELL, bold: true, color: COLORS.navy } }];
  if (i.description) about.push({ text: `\n${i.description}`, style: { size: CELL, color: COLORS.text2 } });
  about.push({ text: `\n${i.sourceLabel}`, style: { size: 6.5, color: COLORS.text3 } });
  if (i.moveRight)
    about.push({ text: `\n${pen.words.moveRightShort}`, style: { size: 7, color: COLORS.teal } });
  const due = i.dueDateLabel || i.dueDate;
  const metric: Span[] = [value(i.customerMetric)];
  if (i.burdenLabels.length)
    metric.push({
      text: `\n${pen.words.reduces} ${burdenList(pen, i.burdenLabels)}`,
      style: { size: 6.5, color: COLORS.text3 },
    });
  return tableRow(
    `row-${i.id}`,
    [
      // As tall a line as the title's, so the number sits on its baseline.
      textCell(pen, { text: String(number), style: { size: 7, color: COLORS.text3 } }, NUMBER, {
        lineHeight: (CELL * 1.35) / 7,
      }),
      textCell(pen, about, title, { padRight: 8 }),
      textCell(
        pen,
        [
          value(i.owner),
          { text: `\n${due || '—'}`, style: { size: CELL, color: due ? COLORS.text2 : COLORS.text3 } },
        ],
        PERSON,
        { padRight: 8 },
      ),
      textCell(pen, value(i.nextStep), next, { padRight: 8 }),
      textCell(pen, metric, METRIC, { padRight: 8 }),
      textCell(
        pen,
        [
          i.positionSource === 'agreed' && i.position !== null
            ? { text: String(Math.round(i.position)), style: { size: CELL, bold: true, color: COLORS.navy } }
            : { text: pen.words.notPlacedShort, style: { size: 6.5, color: COLORS.text3 } },
          ...(i.positionSource !== 'agreed' && i.roomMedian !== null
            ? [
                {
                  text: `\n${pen.words.medianShort(Math.round(i.roomMedian))}`,
                  style: { size: 6.5, color: COLORS.text2 },
                },
              ]
            : []),
          {
            text: `\n${pen.words.dotCount(i.priority)}`,
            style: { size: 7, color: i.priority > 0 ? COLORS.teal : COLORS.text3 },
          },
        ],
        SCORE,
        { align: 'right' },
      ),
    ],
    { padY: 5, header },
  );
}
