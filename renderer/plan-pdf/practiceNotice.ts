import { en, type PlanWords } from '../../shared/plan/words/en';
import type { PlanPart } from '../../shared/plan/types';
import type { Block } from './blocks';
import type { Pen } from './pen';
import type { TextBox } from './typeset';
import { COLORS } from './theme';

/** Printed wherever the plan rests on answers of the console's simulated practice participants. */
export const PRACTICE_NOTICE = en.practiceNotice;

/** "a, b and c" */
function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** What the cover says under the notice: which parts, and that each is marked. */
export function practiceCoverText(parts: readonly PlanPart[], w: PlanWords = en): string {
  return w.practiceCover(
    listed(
      parts.map((p) => w.practiceParts[p]),
      w.and,
    ),
  );
}

const BAR = 2.5;
const PAD = { x: 10, y: 6 };

/** A tinted box with a dark amber edge: the notice in bold, an optional line under it. */
function boxOf(pen: Pen, width: number, detail: string | null, size: number) {
  const inner = width - BAR - 2 * PAD.x;
  const head = pen.typeset(
    { text: pen.words.practiceNotice, style: { size, bold: true, color: COLORS.practice } },
    inner,
    {
      lineHeight: 1.3,
    },
  );
  const more: TextBox | null = detail
    ? pen.typeset({ text: detail, style: { size: size - 1, color: COLORS.text2 } }, inner, {
        lineHeight: 1.4,
      })
    : null;
  const height = 2 * PAD.y + head.height + (more ? 3 + more.height : 0);
  return {
    height,
    draw: (pen: Pen, x: number, y: number) => {
      pen.rect(x, y, width, height, COLORS.practiceTint);
      pen.rect(x, y, BAR, height, COLORS.practice);
      pen.text(head, x + BAR + PAD.x, y + PAD.y);
      if (more) pen.text(more, x + BAR + PAD.x, y + PAD.y + head.height + 3);
    },
  };
}

/** Under a section heading: the notice on one line, kept with what follows. */
export function practiceNoticeBlock(pen: Pen, key: string, width: number, below = 8): Block {
  const box = boxOf(pen, width, null, 8);
  return {
    key,
    keepWithNext: true,
    height: box.height + below,
    node: (pen, x, y) => box.draw(pen, x, y),
  };
}

/** The cover's notice: the same words, larger, with the parts it concerns. */
export function practiceCover(pen: Pen, parts: readonly PlanPart[], width: number) {
  return boxOf(pen, width, practiceCoverText(parts, pen.words), 10);
}
