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
  /** Set on the copies of a header repeated on later pages: page furniture, not content. */
  repeat?: boolean;
}

/**
 * Packs blocks into pages of `pageHeight` points; the first page has `firstPageHeight`. A section
 * never ends with one block alone on its last page when the page before can give it a companion.
 */
export function packFlow<Node>(
  blocks: readonly FlowBlock<Node>[],
  pageHeight: number,
  firstPageHeight = pageHeight,
): FlowBlock<Node>[][] {
  const pages: FlowBlock<Node>[][] = [];
  const repeated = new Set<FlowBlock<Node>>();
  let page: FlowBlock<Node>[] = [];
  let room = firstPageHeight;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    // A heading goes with the blocks it introduces: a group title with a table header and its first row.
    let needed = block.height;
    for (let next = k; blocks[next]!.keepWithNext && next + 1 < blocks.length; next++)
      needed += blocks[next + 1]!.height;
    const carried: FlowBlock<Node>[] = [];
    if (page.length > 0 && needed > room) {
      // A table's last row never starts a page alone: the row before it comes along, when the
      // page keeps a row of its own and no heading is left without its table.
      const prev = page[page.length - 1];
      const lastRow = block.header !== undefined && blocks[k + 1]?.header !== block.header;
      if (
        lastRow &&
        prev !== undefined &&
        prev.header === block.header &&
        !repeated.has(prev) &&
        page.length >= 3 &&
        page[page.length - 2]!.header === block.header &&
        !repeated.has(page[page.length - 2]!)
      ) {
        page.pop();
        carried.push(prev);
      }
      pages.push(page);
      page = [];
      room = pageHeight;
    }
    if (page.length === 0 && block.header && pages.length > 0) {
      const header = { ...block.header, key: `${block.header.key}-${pages.length}`, repeat: true };
      repeated.add(header);
      page.push(header);
      room -= header.height;
    }
    for (const row of carried) {
      page.push(row);
      room -= row.height;
    }
    page.push(block);
    room -= block.height;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);

  const last = pages[pages.length - 1]!;
  const before = pages[pages.length - 2];
  const alone = last.filter((b) => !repeated.has(b));
  const moving = before?.[before.length - 1];
  if (!before || !moving || alone.length !== 1 || before.length < 3) return pages;
  // A table row that moves takes its column header along, unless the page repeats it already.
  const header =
    moving.header && !last.some((b) => repeated.has(b) && b.key.startsWith(`${moving.header!.key}-`))
      ? { ...moving.header, key: `${moving.header.key}-${pages.length - 1}`, repeat: true }
      : null;
  if (
    !moving.keepWithNext &&
    !repeated.has(moving) &&
    !before[before.length - 2]!.keepWithNext &&
    !repeated.has(before[before.length - 2]!) &&
    moving.height + (header?.height ?? 0) <= room
  ) {
    before.pop();
    last.splice(last.indexOf(alone[0]!), 0, ...(header ? [header, moving] : [moving]));
  }
  return pages;
}
