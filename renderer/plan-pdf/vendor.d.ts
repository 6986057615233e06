// The parts of pdfkit 0.20 and fontkit 2 the plan uses (neither ships its own types).

declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}

declare module 'pdfkit' {
  import type { Font } from 'fontkit';

  interface PDFDocumentOptions {
    size?: [number, number];
    margin?: number;
    autoFirstPage?: boolean;
    font?: string | null;
    compress?: boolean;
    pdfVersion?: '1.7';
    tagged?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: {
      Title?: string;
      Author?: string;
      Subject?: string;
      Creator?: string;
      Producer?: string;
    };
  }

  interface TextOptions {
    lineBreak?: boolean;
    baseline?: 'alphabetic' | 'top' | number;
    characterSpacing?: number;
  }

  export interface StructOptions {
    alt?: string;
    actual?: string;
    lang?: string;
    scope?: 'Column' | 'Row' | 'Both';
    /** x1, y1, x2, y2 from the top left of the current page. */
    bbox?: [number, number, number, number];
    placement?: 'Block' | 'Inline';
  }

  /** Marked content on one or more pages, to be added to a structure element. */
  export interface PDFStructureContent {
    readonly refs: unknown[];
  }

  export interface PDFStructureElement {
    add(child: PDFStructureElement | PDFStructureContent): this;
    end(): void;
  }

  /** An indirect object; `end` writes it (with `chunk` as its stream). */
  export interface PDFReference {
    data: Record<string, unknown>;
    write(chunk: string | Uint8Array): void;
    finalize(): void;
    end(chunk?: Uint8Array): void;
  }

  export default class PDFDocument {
    info: { CreationDate: Date } & Record<string, unknown>;
    _root: PDFReference;
    /** Writes the document's XMP properties at the end (pdfkit's own does not escape them). */
    _addInfo: () => void;
    /** Writes one piece of the file; text gets a newline. `_offset` counts the bytes written. */
    _write: (data: string | Uint8Array) => void;
    _offset: number;
    page: { content: PDFReference };
    appendXML(xml: string, newline?: boolean): void;
    ref(data: Record<string, unknown>): PDFReference;
    struct(type: string, options?: StructOptions): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: string, options?: { type?: string; actual?: string }): this;
    markStructureContent(tag: string): PDFStructureContent;
    endMarkedContent(): this;
    addNamedEmbeddedFile(name: string, ref: PDFReference): void;
    constructor(options?: PDFDocumentOptions);
    addPage(options?: { size?: [number, number]; margin?: number }): this;
    registerFont(name: string, src: Font | Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    circle(x: number, y: number, radius: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }
}
