import type { FlowBlock } from './pageFit';
import type { Pen, StructType } from './pen';
import { NATURAL_LINE, type TextBox, type TextStyle } from './typeset';
import { COLORS, LEADING, MARGIN, TEXT } from './theme';

/** Draws a block with its top left corner at x, y. */
export type Draw = (pen: Pen, x: number, y: number) => void;
export type Block = FlowBlock<Draw>;

/** A column of a table row: text, or a drawing of a known height. */
export interface Cell {
  width: number;
  box?: TextBox;
  /** Height and drawing of a non-text cell (a bar, a chart). */
  height?: number;
  draw?: Draw;
  /** Where the content starts inside the column. */
  inset?: number;
  /** What a drawing-only cell says to a screen reader (its drawing is decoration). */
  alt?: string;
}

/** Text in a column `width` wide with `padRight` kept clear on its right. */
export function textCell(
  pen: Pen,
  spans: Parameters<Pen['typeset']>[0],
  width: number,
  {
    padLeft = 0,
    padRight = 0,
    align,
    lineHeight = LEADING.cell,
    maxLines,
  }: {
    padLeft?: number;
    padRight?: number;
    align?: 'left' | 'right' | 'center';
    lineHeight?: number;
    maxLines?: number;
  } = {},
): Cell {
  return {
    width,
    inset: padLeft,
    box: pen.typeset(spans, Math.max(1, width - padLeft - padRight), { lineHeight, align, maxLines }),
  };
}

function cellHeight(cell: Cell): number {
  return cell.box ? cell.box.height : (cell.height ?? 0);
}

/** A row of cells with a hairline under it; cells sit at the top or are centred on the row. */
export function tableRow(
  key: string,
  cells: Cell[],
  {
    padY = 4,
    valign = 'top',
    header,
    rule = { width: 0.5, color: COLORS.ruleSoft },
    asHeader = false,
  }: {
    padY?: number;
    valign?: 'top' | 'center';
    header?: Block;
    rule?: { width: number; color: string } | null;
    /** The row of column headers that starts a table. */
    asHeader?: boolean;
  } = {},
): Block {
  const inner = Math.max(...cells.map(cellHeight));
  const border = rule ? rule.width : 0;
  const height = padY * 2 + inner + border;
  return {
    key,
    header,
    height,
    node: (pen, x, y) => {
      const draw = () => {
        let left = x;
        for (const cell of cells) {
          const top = y + padY + (valign === 'center' ? (inner - cellHeight(cell)) / 2 : 0);
          const at = left + (cell.inset ?? 0);
          pen.cell(() => {
            if (cell.box) pen.text(cell.box, at, top);
            else cell.draw?.(pen, at, top);
          }, cell.alt);
          left += cell.width;
        }
      };
      // A row under a column header is a table row; elsewhere cells only lay out a card's fields.
      if (header || asHeader) pen.row(draw, asHeader);
      else draw();
      if (rule) {
        const under = y + height - rule.width / 2;
        pen.line(x, under, x + cells.reduce((w, c) => w + c.width, 0), under, rule.width, rule.color);
      }
    },
  };
}

export interface HeaderColumn {
  label: string;
  width: number;
  align?: 'left' | 'right' | 'center';
  padLeft?: number;
}

/**
 * A narrow column at least as wide as its header's longest word, so a long word (German
 * "PUNKTE") wraps between words instead of breaking inside one.
 */
export function fitHeader(pen: Pen, label: string, min: number, padLeft = 0): number {
  const words = label.toLocaleUpperCase(pen.language).split(/\s+/);
  const widest = Math.max(...words.map((word) => pen.measure(word, TEXT.tableHeader)));
  // A gap to the next column's header too: German "ENTSCHEIDUNG" ran into "STIMMEN DES RAUMS".
  if (widest + 6 + padLeft <= min) return min;
  // A widened column keeps a gap from the one before it: right-aligned headers would touch.
  return Math.ceil(widest) + 8 + padLeft;
}

/** A table's column header: small capitals over a navy rule, repeated on each page of the table. */
export function tableHeader(pen: Pen, key: string, columns: HeaderColumn[]): Block {
  const style: TextStyle = TEXT.tableHeader;
  const cells = columns.map((c) =>
    textCell(pen, { text: c.label.toLocaleUpperCase(pen.language), style }, c.width, {
      align: c.align,
      padLeft: c.padLeft,
      lineHeight: NATURAL_LINE,
    }),
  );
  const row = tableRow(key, cells, { padY: 0, rule: null, asHeader: true });
  const text = row.height;
  return {
    key,
    height: text + 3 + 0.75 + 2,
    node: (pen, x, y) => {
      pen.startTable();
      row.node(pen, x, y);
      const under = y + text + 3 + 0.375;
      pen.line(x, under, x + columns.reduce((w, c) => w + c.width, 0), under, 0.75, COLORS.navySoft);
    },
  };
}

/** Plain text as a block, with space above and below. */
export function textBlock(
  pen: Pen,
  key: string,
  spans: Parameters<Pen['typeset']>[0],
  width: number,
  {
    above = 0,
    below = 0,
    lineHeight = NATURAL_LINE,
    keepWithNext,
    tag = 'P',
  }: {
    above?: number;
    below?: number;
    lineHeight?: number;
    keepWithNext?: boolean;
    /** What it is to a screen reader: a paragraph unless said otherwise. */
    tag?: StructType;
  } = {},
): Block {
  const box = pen.typeset(spans, width, { lineHeight });
  return {
    key,
    keepWithNext,
    height: above + box.height + below,
    node: (pen, x, y) => pen.tag(tag, () => pen.text(box, x, y + above)),
  };
}

/** Blocks drawn one under the other as one block. */
export function stack(key: string, parts: Block[], keepWithNext?: boolean): Block {
  return {
    key,
    keepWithNext,
    height: parts.reduce((h, p) => h + p.height, 0),
    node: (pen, x, y) => {
      let top = y;
      for (const p of parts) {
        p.node(pen, x, top);
        top += p.height;
      }
    },
  };
}

/** A block drawn as a structure element (and that inside the next one): `tagged(['LI', 'LBody'], row)`. */
export function tagged(types: StructType | readonly StructType[], block: Block): Block {
  const [outer, ...inner] = [types].flat() as StructType[];
  if (!outer) return block;
  const within = tagged(inner, block);
  return { ...block, node: (pen, x, y) => pen.tag(outer, () => within.node(pen, x, y)) };
}

/** Blocks read as a list: each one an item, its text the item's body. */
export function list(key: string, items: Block[]): Block {
  return tagged(
    'L',
    stack(
      key,
      items.map((item) => tagged(['LI', 'LBody'], item)),
    ),
  );
}

/** The top of page 1: a kicker, the document's name (together its H1), a line of facts, a navy rule. */
export function mastheadBlock(
  pen: Pen,
  kickerText: string,
  title: string,
  facts: string[],
  width: number,
): Block {
  const kicker = pen.typeset(
    {
      text: kickerText.toUpperCase(),
      style: { size: 8, bold: true, color: COLORS.teal, letterSpacing: 1.5 },
    },
    width,
  );
  const name = pen.typeset({ text: title, style: { size: 20, bold: true, color: COLORS.navy } }, width, {
    lineHeight: 1.2,
  });
  const line = pen.typeset(
    { text: facts.filter(Boolean).join('  ·  '), style: { size: 9, color: COLORS.text2 } },
    width,
    { lineHeight: 1.4 },
  );
  const height = kicker.height + 4 + name.height + 4 + line.height + 10 + 1 + 16;
  return {
    key: 'masthead',
    height,
    node: (pen, x, y) => {
      pen.tag('H1', () => {
        pen.text(kicker, x, y);
        pen.text(name, x, y + kicker.height + 4);
      });
      const below = y + kicker.height + 4 + name.height + 4;
      pen.text(line, x, below);
      pen.line(x, below + line.height + 10, x + width, below + line.height + 10, 1, COLORS.navy);
    },
  };
}

/**
 * Draws packed pages: each page's furniture (running head, foot) as a pagination artifact, then
 * its blocks from the top margin; a table header repeated on a later page is an artifact too.
 */
export function drawPages(
  pen: Pen,
  pages: readonly Block[][],
  furniture: (page: { number: number; total: number }) => void,
): void {
  pages.forEach((blocks, k) => {
    pen.addPage();
    pen.artifact(() => furniture({ number: k + 1, total: pages.length }), 'Pagination');
    let y = MARGIN.top;
    for (const block of blocks) {
      const top = y;
      if (block.repeat) pen.artifact(() => block.node(pen, MARGIN.x, top));
      else block.node(pen, MARGIN.x, top);
      y += block.height;
    }
  });
}
