/**
 * Cuts a section into pages. Blocks are measured with the fonts they are drawn with (see
 * typeset.ts), so a page holds exactly what fits above its footer.
 */

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
    // A heading goes with the blocks it introduces: a group title with a table header and its first row.
    let needed = block.height;
    for (let next = k; blocks[next]!.keepWithNext && next + 1 < blocks.length; next++)
      needed += blocks[next + 1]!.height;
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
