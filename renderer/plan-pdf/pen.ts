import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
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

export interface DocumentInfo {
  title: string;
  author?: string;
  subject: string;
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
  private readonly regular: Font;
  private readonly cjk: Font | null;
  private readonly bold: Font;
  private readonly faces = new Map<number, Face>();
  private face: Face | null = null;
  private size = 0;
  private fill: string | null = null;
  private readonly chunks: Uint8Array[] = [];
  private readonly finished: Promise<void>;

  constructor(
    fonts: PlanFontBytes,
    info: DocumentInfo,
    private readonly pageSize: [number, number],
  ) {
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
      lang: 'en',
      displayTitle: true,
      // pdfkit fails on an undefined entry: a workshop without a facilitator has no Author.
      info: {
        Title: info.title,
        ...(info.author ? { Author: info.author } : {}),
        Subject: info.subject,
        Creator: 'Outside-In',
        Producer: 'Outside-In',
      },
    });
    this.doc.registerFont('regular', this.regular);
    this.doc.registerFont('bold', this.bold);
    if (this.cjk) this.doc.registerFont('cjk', this.cjk);
    this.doc.on('data', (chunk) => this.chunks.push(chunk));
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

  widthOf(text: string, face: Face, size: number): number {
    this.use(face, size);
    return this.doc.widthOfString(text);
  }

  faceOf(codePoint: number, bold: boolean): Face {
    const main = bold ? 'bold' : 'regular';
    // DejaVu Sans has Latin, Greek and Cyrillic; only plans with CJK text carry the fallback.
    if (!this.cjk || codePoint < 0x2000) return main;
    let face = this.faces.get(codePoint * 2 + (bold ? 1 : 0));
    if (!face) {
      const font = bold ? this.bold : this.regular;
      face = font.hasGlyphForCodePoint(codePoint) || !this.cjk.hasGlyphForCodePoint(codePoint) ? main : 'cjk';
      this.faces.set(codePoint * 2 + (bold ? 1 : 0), face);
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
    this.doc.addPage({ size: this.pageSize, margin: 0 });
    this.fill = null;
  }

  /** Draws a typeset box with its top left corner at x, y. */
  text(box: TextBox, x: number, y: number): void {
    for (const line of box.lines) {
      const baseline = y + line.top + line.baseline;
      for (const f of line.fragments) {
        if (!f.text) continue;
        this.use(f.face, f.style.size);
        this.fillWith(f.style.color);
        this.doc.text(f.text, x + f.x, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          characterSpacing: f.style.letterSpacing,
        });
      }
    }
  }

  rect(x: number, y: number, width: number, height: number, color: string): void {
    if (width <= 0 || height <= 0) return;
    this.fillWith(color);
    this.doc.rect(x, y, width, height).fill();
  }

  /** A straight rule from one point to another. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: string): void {
    this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke();
  }

  /** A dot: filled, or white with an outline when `outline` is given. */
  circle(x: number, y: number, radius: number, color: string, outline?: number): void {
    if (outline === undefined) {
      this.fillWith(color);
      this.doc.circle(x, y, radius).fill();
    } else {
      this.fillWith('#ffffff');
      this.doc.circle(x, y, radius).lineWidth(outline).strokeColor(color).fillAndStroke();
    }
  }

  /** Ends the document and returns its bytes. */
  async finish(): Promise<Uint8Array> {
    this.doc.end();
    await this.finished;
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}
