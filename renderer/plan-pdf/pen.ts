import { create, type Font } from 'fontkit';
import PDFDocument, { type PDFStructureElement, type StructOptions } from 'pdfkit';
import { addOutputIntent, attach, declareArchival, type Attachment, type DocumentInfo } from './archive';
import { batchStreamWrites, collectOutput } from './pdfBytes';
import { planWords, type PlanWords } from '../../shared/plan/words';
import {
  typeset,
  type Face,
  type Metrics,
  type Span,
  type TextBox,
  type TextStyle,
  type TypesetOptions,
} from './typeset';

/** Font files as bytes: DejaVu Sans regular and bold; the CJK fallback only for plans that need it. */
export interface PlanFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
  cjk?: Uint8Array;
}

/** What the file carries besides its pages: the sRGB profile of its output intent, and its data. */
export interface PlanArchive {
  colorProfile: Uint8Array;
  attachment: Attachment;
}

/** Structure types the plan uses (PDF 1.7, 14.8.4). */
export type StructType =
  'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Figure' | 'Sect' | 'Div';

const PRODUCER = 'Outside-In';

/** Elements that only group others: text drawn directly in one becomes a paragraph of its own. */
const GROUPS = new Set(['Document', 'Sect', 'Div', 'L', 'LI', 'Table', 'TR']);

interface Open {
  type: string;
  element: PDFStructureElement;
  /** A table row of column headers: its cells are TH. */
  header?: boolean;
}

// Parsed fonts are kept for the next export: fontkit reads the same bytes the same way.
const parsed = new WeakMap<Uint8Array, Font>();
function fontOf(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    font = create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * Draws the plan with pdfkit: measures text with the fonts it embeds (so layout is exact) and
 * puts text, rules and chart shapes on the current page. Coordinates are points from the top left.
 */
export class Pen implements Metrics {
  readonly doc: PDFDocument;
  readonly ascent: number;
  readonly descent: number;
  /** The fixed wording, in the document's language: every block is drawn with a pen. */
  readonly words: PlanWords;
  /** The document's language, for Intl dates and numbers. */
  readonly language: string;
  private readonly regular: Font;
  private readonly cjk: Font | null;
  private readonly bold: Font;
  private readonly faces = new Map<number, Face | null>();
  private face: Face | null = null;
  private size = 0;
  private fill: string | null = null;
  private stroke: string | null = null;
  private strokeWidth: number | null = null;
  private readonly output: () => Uint8Array;
  private readonly finished: Promise<void>;
  private readonly root: PDFStructureElement;
  private readonly open: Open[] = [];
  private table: PDFStructureElement | null = null;
  private artifacts = 0;
  /**
   * The marked-content sequence left open on the page: what is drawn next for the same element,
   * or as the same kind of artifact, goes on in it (a chart is one sequence, not one per shape).
   */
  private sequence: { element: PDFStructureElement } | { artifact: string } | null = null;

  constructor(
    fonts: PlanFontBytes,
    info: DocumentInfo,
    private readonly pageSize: [number, number],
    private readonly archive: PlanArchive,
  ) {
    this.language = info.language;
    this.words = planWords(info.language);
    this.regular = fontOf(fonts.regular);
    this.bold = fontOf(fonts.bold);
    this.cjk = fonts.cjk ? fontOf(fonts.cjk) : null;
    this.ascent = this.regular.ascent / this.regular.unitsPerEm;
    this.descent = -this.regular.descent / this.regular.unitsPerEm;
    this.doc = new PDFDocument({
      size: pageSize,
      margin: 0,
      autoFirstPage: false,
      // No built-in Helvetica: the browser build of pdfkit does not carry it, and the plan never uses it.
      font: null,
      pdfVersion: '1.7',
      tagged: true,
      lang: info.language,
      displayTitle: true,
      // pdfkit fails on an undefined entry: a workshop without a facilitator has no Author.
      info: {
        Title: info.title,
        ...(info.author ? { Author: info.author } : {}),
        Subject: info.subject,
        Creator: PRODUCER,
        Producer: PRODUCER,
      },
    });
    declareArchival(this.doc, info, PRODUCER);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.registerFont('regular', this.regular);
    this.doc.registerFont('bold', this.bold);
    if (this.cjk) this.doc.registerFont('cjk', this.cjk);
    this.output = collectOutput(this.doc);
    this.finished = new Promise((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
  }

  private use(face: Face, size: number) {
    if (face !== this.face) this.doc.font(face);
    if (size !== this.size) this.doc.fontSize(size);
    this.face = face;
    this.size = size;
  }

  private fillWith(color: string) {
    if (color !== this.fill) this.doc.fillColor(color);
    this.fill = color;
  }

  /** pdfkit parses a colour on every call: set it only when it changes. */
  private strokeWith(color: string, width: number) {
    if (color !== this.stroke) this.doc.strokeColor(color);
    if (width !== this.strokeWidth) this.doc.lineWidth(width);
    this.stroke = color;
    this.strokeWidth = width;
  }

  widthOf(text: string, face: Face, size: number): number {
    this.use(face, size);
    return this.doc.widthOfString(text);
  }

  faceOf(codePoint: number, bold: boolean): Face | null {
    const main = bold ? 'bold' : 'regular';
    // DejaVu Sans has Latin, Greek and Cyrillic; only plans with CJK text carry the fallback.
    // What neither has (emoji, Thai, Devanagari…) is drawn as a visible replacement.
    if (codePoint < 0x0370) return main;
    const key = codePoint * 2 + (bold ? 1 : 0);
    let face = this.faces.get(key);
    if (face === undefined) {
      const font = bold ? this.bold : this.regular;
      face = font.hasGlyphForCodePoint(codePoint)
        ? main
        : this.cjk?.hasGlyphForCodePoint(codePoint)
          ? 'cjk'
          : null;
      this.faces.set(key, face);
    }
    return face;
  }

  /** Lays out text `width` points wide; draw it with `text`. */
  typeset(spans: Span | readonly Span[], width: number, options?: TypesetOptions): TextBox {
    return typeset(Array.isArray(spans) ? spans : [spans as Span], width, this, options);
  }

  /** One line's width, for text that never wraps (labels, numbers). */
  measure(text: string, style: TextStyle): number {
    return this.typeset({ text, style }, Infinity).width;
  }

  addPage(): void {
    this.endSequence();
    this.doc.addPage({ size: this.pageSize, margin: 0 });
    batchStreamWrites(this.doc.page.content);
    this.fill = null;
    this.stroke = null;
    this.strokeWidth = null;
  }

  // Structure. Text is marked as content of the innermost open element (a paragraph of its own
  // when that only groups others); shapes are content of an open figure, else decoration.

  private parent(): PDFStructureElement {
    return this.open[this.open.length - 1]?.element ?? this.root;
  }

  private within(open: Open, parent: PDFStructureElement, draw: () => void): void {
    parent.add(open.element);
    this.open.push(open);
    try {
      draw();
    } finally {
      this.open.pop();
      open.element.end();
    }
  }

  /** Draws `draw` as one structure element: a heading, a paragraph, a list item, a figure. */
  tag(type: StructType, draw: () => void, options: StructOptions = {}): void {
    if (this.artifacts > 0) return draw();
    // A heading or paragraph after a table is no longer part of it.
    if (this.open.length === 0) this.endTable();
    this.within({ type, element: this.doc.struct(type, options) }, this.parent(), draw);
  }

  /**
   * A figure: its drawing is one element whose text alternative states the data. `box` is its
   * area on the page (x, y, width, height from the top left).
   */
  figure(alt: string, box: [number, number, number, number], draw: () => void): void {
    const [x, y, w, h] = box;
    this.tag('Figure', draw, { alt, bbox: [x, y, x + w, y + h], placement: 'Block' });
  }

  /** Page furniture (running heads, page numbers, repeated table headers, rules): not read out. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    if (this.artifacts > 0) return draw();
    const open = this.sequence;
    if (!(open && 'artifact' in open && open.artifact === type)) {
      this.endSequence();
      this.doc.markContent('Artifact', { type });
      this.sequence = { artifact: type };
    }
    this.artifacts += 1;
    try {
      draw();
    } finally {
      this.artifacts -= 1;
    }
  }

  private endSequence(): void {
    if (this.sequence) this.doc.endMarkedContent();
    this.sequence = null;
  }

  /** Starts a new table; the rows drawn until the next heading or paragraph belong to it. */
  startTable(): void {
    if (this.artifacts > 0) return;
    this.endTable();
    this.table = this.doc.struct('Table');
    this.parent().add(this.table);
  }

  endTable(): void {
    this.table?.end();
    this.table = null;
  }

  /** A table row; `header`: its cells are column headers. */
  row(draw: () => void, header = false): void {
    if (this.artifacts > 0) return draw();
    if (!this.table) this.startTable();
    this.within({ type: 'TR', element: this.doc.struct('TR'), header }, this.table!, draw);
  }

  /** A cell of the open row (TH with column scope in a header row), or plain drawing elsewhere. */
  cell(draw: () => void, alt?: string): void {
    const top = this.open[this.open.length - 1];
    if (this.artifacts > 0 || top?.type !== 'TR') return draw();
    const type = top.header ? 'TH' : 'TD';
    const options: StructOptions = top.header ? { scope: 'Column' } : {};
    if (alt) options.alt = alt;
    this.within({ type, element: this.doc.struct(type, options) }, top.element, draw);
  }

  private marked(draw: () => void): void {
    if (this.artifacts > 0) return draw();
    const top = this.open[this.open.length - 1];
    if (!top || GROUPS.has(top.type)) return this.tag('P', () => this.marked(draw));
    const open = this.sequence;
    if (!(open && 'element' in open && open.element === top.element)) {
      this.endSequence();
      top.element.add(this.doc.markStructureContent(top.type));
      this.sequence = { element: top.element };
    }
    draw();
  }

  private shape(draw: () => void): void {
    if (this.open[this.open.length - 1]?.type === 'Figure') this.marked(draw);
    else this.artifact(draw);
  }

  /** Draws a typeset box with its top left corner at x, y. */
  text(box: TextBox, x: number, y: number): void {
    if (!box.lines.some((l) => l.fragments.some((f) => f.text))) return;
    this.marked(() => {
      for (const line of box.lines) {
        const baseline = y + line.top + line.baseline;
        for (const f of line.fragments) {
          if (!f.text) continue;
          this.use(f.face, f.style.size);
          this.fillWith(f.style.color);
          // A replacement reads and copies as the characters it stands for.
          const actual = this.artifacts === 0 ? f.actual : undefined;
          if (actual) this.doc.markContent('Span', { actual });
          this.doc.text(f.text, x + f.x, baseline, {
            lineBreak: false,
            baseline: 'alphabetic',
            characterSpacing: f.style.letterSpacing,
          });
          if (actual) this.doc.endMarkedContent();
        }
      }
    });
  }

  rect(x: number, y: number, width: number, height: number, color: string): void {
    if (width <= 0 || height <= 0) return;
    this.shape(() => {
      this.fillWith(color);
      this.doc.rect(x, y, width, height).fill();
    });
  }

  /** A straight rule from one point to another. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: string): void {
    this.shape(() => {
      this.strokeWith(color, width);
      this.doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
    });
  }

  /** A dot: filled, or white with an outline when `outline` is given. */
  circle(x: number, y: number, radius: number, color: string, outline?: number): void {
    this.shape(() => {
      if (outline === undefined) {
        this.fillWith(color);
        this.doc.circle(x, y, radius).fill();
      } else {
        this.fillWith('#ffffff');
        this.strokeWith(color, outline);
        this.doc.circle(x, y, radius).fillAndStroke();
      }
    });
  }

  /** Ends the document and returns its bytes. */
  async finish(): Promise<Uint8Array> {
    this.endSequence();
    this.endTable();
    addOutputIntent(this.doc, this.archive.colorProfile);
    attach(this.doc, this.archive.attachment, this.doc.info.CreationDate);
    this.doc.end();
    await this.finished;
    return this.output();
  }
}
