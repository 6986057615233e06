/**
 * Cuts sections into pages before react-pdf lays them out. react-pdf re-lays out the rest of a
 * page's content at each automatic page break (and again for dynamic page numbers), which made a
 * 300-initiative plan take minutes. Estimates err long: a short one would run into the footer,
 * which the render test (scripts/plan.test.ts) checks for.
 */

/** DejaVu Sans advance widths of ASCII 32–126 in thousandths of an em, read from the fonts in resources/fonts. */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
  372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
  500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

const TYPOGRAPHIC: Record<string, number> = {
  '’': 0.32,
  '‘': 0.32,
  '“': 0.46,
  '”': 0.46,
  '–': 0.5,
  '—': 1,
  '…': 1,
  '·': 0.32,
};

/** Other characters: wide scripts (CJK) take a full em; the rest about two thirds. */
function advanceOf(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32]! / 1000;
  const typographic = TYPOGRAPHIC[char];
  if (typographic !== undefined) return typographic * (bold ? 1.1 : 1);
  if (code >= 0x2e80) return 1.0;
  return bold ? 0.74 : 0.68;
}

function textWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += advanceOf(char, bold);
  return em * fontSize;
}

/** Lines the text takes when wrapped at word boundaries into `width` points. */
export function estimateLines(text: string, fontSize: number, width: number, bold = false): number {
  if (!text) return 0;
  const space = textWidth(' ', fontSize, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      let w = textWidth(word, fontSize, bold);
      if (used > 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line breaks inside it.
      while (w > width) {
        lines += 1;
        w -= width;
      }
      used = w;
    }
  }
  return lines;
}

export function estimateTextHeight(
  text: string,
  fontSize: number,
  lineHeight: number,
  width: number,
  bold = false,
) {
  return estimateLines(text, fontSize, width, bold) * fontSize * lineHeight;
}

/** One unbreakable piece of a section: a heading, a card, a table row. */
export interface FlowBlock<Node = unknown> {
  key: string;
  /** Estimated height in points, including its margins. */
  height: number;
  node: Node;
  /** Never the last block on a page (headings). */
  keepWithNext?: boolean;
  /** Repeated at the top of a page that starts with this block (a table's column header). */
  header?: FlowBlock<Node>;
}

/** Packs blocks into pages of `pageHeight` points; the first page has `firstPageHeight`. */
export function packFlow<Node>(
  blocks: readonly FlowBlock<Node>[],
  pageHeight: number,
  firstPageHeight = pageHeight,
): FlowBlock<Node>[][] {
  const pages: FlowBlock<Node>[][] = [];
  let page: FlowBlock<Node>[] = [];
  let room = firstPageHeight;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    let needed = block.height;
    if (block.keepWithNext && k + 1 < blocks.length) needed += blocks[k + 1]!.height;
    if (page.length > 0 && needed > room) {
      pages.push(page);
      page = [];
      room = pageHeight;
    }
    if (page.length === 0 && block.header && pages.length > 0) {
      page.push({ ...block.header, key: `${block.header.key}-${pages.length}` });
      room -= block.header.height;
    }
    page.push(block);
    room -= block.height;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
