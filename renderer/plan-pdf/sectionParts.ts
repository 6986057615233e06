import type { PlanSection } from '../../shared/plan/types';
import { stack, textBlock, type Block } from './blocks';
import type { Pen, StructType } from './pen';
import { practiceNoticeBlock } from './practiceNotice';
import { COLORS, LEADING, TEXT } from './theme';

/** Parts every exercise's plan section is drawn with. */
export const fixed1 = (n: number, language = 'en') => {
  const text = (Math.round(n * 10) / 10).toFixed(1);
  return language === 'en'
    ? text
    : new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        Number(text),
      );
};

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
    noteBox(pen, `${key}-not-run`, pen.words.notRunYet, width),
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

/**
 * Where an exercise's sections print: with where the room stands, each on a page of its own under
 * "Customer-burden journey", with the day's decisions, or each on a page of its own under its
 * title (the facilitator's own exercises). Agenda order within each.
 */
export type PdfGroup = 'stand' | 'journey' | 'decisions' | 'titled';

/** How the plan PDF draws one exercise type's section; each exercise's folder exports its own. */
export interface PdfSection<D> {
  group: PdfGroup;
  /** A ready section's blocks, its heading first; `first` when it opens its group's page. */
  blocks: (pen: Pen, data: D, width: number, first: boolean) => Block[];
  /**
   * What page 1 ("Summary") quotes of the first ready section of its type: first of all, before the
   * initiatives' priorities or after them. `replacesSection`: the quoted section is not printed again.
   */
  summary?: {
    place: 'lead' | 'before-initiatives' | 'after-initiatives';
    blocks: (pen: Pen, data: D, width: number) => Block[];
    replacesSection?: boolean;
  };
}

/** How many rows a table on page 1 shows: the top three. */
export const SUMMARY_TOP = 3;
