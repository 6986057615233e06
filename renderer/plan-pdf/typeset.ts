/**
 * Line breaking for the plan PDF. Text is measured with the same font engine that draws it
 * (pdfkit and fontkit, see pen.ts), so every block's height is exact before any page is cut.
 */

/** The faces a plan is set in: DejaVu Sans regular and bold, and the CJK fallback. */
export type Face = 'regular' | 'bold' | 'cjk';

export interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
  /** Extra space after every character, in points. */
  letterSpacing?: number;
}

/** A run of text in one style; `\n` starts a new line. */
export interface Span {
  text: string;
  style: TextStyle;
}

export interface TypesetOptions {
  /** Line height as a multiple of the largest font size on the line. */
  lineHeight?: number;
  align?: 'left' | 'center' | 'right';
  /** Lines kept; the last one kept ends in an ellipsis when text was cut. */
  maxLines?: number;
}

export interface Metrics {
  /** Advance width in points of `text` in `face` at `size`, without letter spacing. */
  widthOf(text: string, face: Face, size: number): number;
  /**
   * The face that has a glyph for the code point: the regular or bold face, or the fallback;
   * null when no embedded face can draw it (an emoji, a script without a font).
   */
  faceOf(codePoint: number, bold: boolean): Face | null;
  /** Ascent and descent of the main face, per point of font size. */
  ascent: number;
  descent: number;
}

/** Text set in one face and style, placed on its line. */
export interface Fragment {
  text: string;
  face: Face;
  style: TextStyle;
  /** The text as written, where `text` is the visible replacement of characters no face can draw. */
  actual?: string;
  /** From the left edge of the text box. */
  x: number;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  /** From the top of the text box. */
  top: number;
  height: number;
  /** From the top of the line. */
  baseline: number;
  /** Without trailing spaces. */
  width: number;
}

export interface TextBox {
  lines: Line[];
  /** The widest line. */
  width: number;
  height: number;
}

/**
 * Drawn for characters no embedded font has: the Unicode replacement character, which DejaVu Sans
 * draws, so the reader sees that something is missing instead of an empty box or nothing.
 */
export const REPLACEMENT = '\uFFFD';

/** Joiners, variation selectors and skin tones: they belong to the character before them. */
function isModifier(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}

/** DejaVu Sans' ascent plus descent per point: the height of a line set solid. */
export const NATURAL_LINE = 1.17;

interface Piece {
  text: string;
  face: Face;
  style: TextStyle;
  width: number;
  /** Width of the trailing spaces (they hang past the end of a line). */
  space: number;
  /** A line may break after this piece. */
  breakAfter: boolean;
  /** A `\n` follows: the line ends here. */
  newline: boolean;
  /** The characters `text` stands in for (see REPLACEMENT). */
  actual?: string;
}

/** Chinese, Japanese and Korean characters: a line may break before and after each one. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef)
  );
}

function trailingSpaces(text: string): number {
  let n = 0;
  while (n < text.length && text[text.length - 1 - n] === ' ') n += 1;
  return n;
}

function measure(metrics: Metrics, text: string, face: Face, style: TextStyle): number {
  return metrics.widthOf(text, face, style.size) + (style.letterSpacing ?? 0) * text.length;
}

function piece(metrics: Metrics, text: string, face: Face, style: TextStyle, breakAfter: boolean): Piece {
  const spaces = trailingSpaces(text);
  return {
    text,
    face,
    style,
    width: measure(metrics, text, face, style),
    space: spaces ? measure(metrics, ' '.repeat(spaces), face, style) : 0,
    breakAfter,
    newline: false,
  };
}

/** Cuts a span into pieces a line can break between: after spaces, hyphens and CJK characters. */
function piecesOf(span: Span, metrics: Metrics, out: Piece[]): void {
  const bold = span.style.bold ?? false;
  span.text.split(/\r\n|\r|\n/).forEach((part, k) => {
    if (k > 0) {
      const last = out[out.length - 1];
      if (last && !last.newline) {
        last.newline = true;
        last.breakAfter = true;
      } else {
        out.push({ ...piece(metrics, '', bold ? 'bold' : 'regular', span.style, true), newline: true });
      }
    }
    const chars = Array.from(part);
    let text = '';
    let face: Face | null = null;
    const flush = (breakAfter: boolean) => {
      if (text && face) out.push(piece(metrics, text, face, span.style, breakAfter));
      text = '';
    };
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i]!;
      const code = char.codePointAt(0)!;
      const charFace = metrics.faceOf(code, bold);
      if (charFace === null) {
        // One replacement per emoji sequence (with its joiners and modifiers), never a box.
        flush(false);
        let actual = char;
        while (i + 1 < chars.length) {
          const next = chars[i + 1]!.codePointAt(0)!;
          const joined = actual.endsWith('\u200d');
          if (!isModifier(next) && !(joined && metrics.faceOf(next, bold) === null)) break;
          actual += chars[++i];
        }
        const main = bold ? 'bold' : 'regular';
        const next = chars[i + 1];
        out.push({
          ...piece(metrics, REPLACEMENT, main, span.style, next === undefined || next === ' '),
          actual,
        });
        continue;
      }
      const wide = isWide(code);
      // A face change within a word keeps the word whole; a wide character may start a line.
      if (text && (charFace !== face || (wide && !text.endsWith(' ')))) flush(wide);
      face = charFace;
      text += char;
      const next = chars[i + 1];
      if (char === ' ' ? next !== ' ' : wide) flush(true);
      else if ((char === '-' || char === '/') && text.length > 2 && next !== undefined && next !== ' ')
        flush(true);
    }
    flush(false);
  });
}

/** Splits a piece too wide for any line into pieces that fit, character by character. */
function splitToFit(p: Piece, width: number, metrics: Metrics): Piece[] {
  const out: Piece[] = [];
  let text = '';
  for (const char of Array.from(p.text)) {
    if (text && measure(metrics, text + char, p.face, p.style) > width) {
      out.push(piece(metrics, text, p.face, p.style, true));
      text = '';
    }
    text += char;
  }
  const last = piece(metrics, text, p.face, p.style, p.breakAfter);
  last.newline = p.newline;
  out.push(last);
  return out;
}

function ellipsize(line: Piece[], width: number, metrics: Metrics): Piece[] {
  const kept = line.map((p) => ({ ...p }));
  const lastStyle = kept[kept.length - 1]!;
  const dots = piece(metrics, '…', lastStyle.style.bold ? 'bold' : 'regular', lastStyle.style, false);
  const used = () => kept.reduce((sum, p) => sum + p.width, 0);
  while (kept.length > 0 && used() + dots.width > width) {
    const last = kept[kept.length - 1]!;
    const chars = Array.from(last.text.trimEnd());
    if (chars.length <= 1) kept.pop();
    else {
      last.text = chars.slice(0, -1).join('').trimEnd();
      last.width = measure(metrics, last.text, last.face, last.style);
      last.space = 0;
    }
  }
  const last = kept[kept.length - 1];
  if (last) {
    last.text = last.text.trimEnd();
    last.width = measure(metrics, last.text, last.face, last.style);
    last.space = 0;
  }
  return [...kept, dots];
}

/** Lays out spans in a box `width` points wide, breaking lines between words. */
export function typeset(
  spans: readonly Span[],
  width: number,
  metrics: Metrics,
  { lineHeight = NATURAL_LINE, align = 'left', maxLines }: TypesetOptions = {},
): TextBox {
  const pieces: Piece[] = [];
  for (const span of spans) if (span.text) piecesOf(span, metrics, pieces);

  const rows: Piece[][] = [];
  let row: Piece[] = [];
  let used = 0;
  let unit: Piece[] = [];
  const endRow = () => {
    rows.push(row);
    row = [];
    used = 0;
  };
  const place = () => {
    const unitWidth = unit.reduce((sum, p) => sum + p.width, 0);
    const visible = unitWidth - unit[unit.length - 1]!.space;
    if (row.length > 0 && used + visible > width + 0.01) endRow();
    if (row.length === 0 && visible > width + 0.01) {
      const parts = unit.flatMap((p) => (p.width - p.space > width ? splitToFit(p, width, metrics) : [p]));
      for (const p of parts) {
        if (row.length > 0 && used + p.width - p.space > width + 0.01) endRow();
        row.push(p);
        used += p.width;
      }
    } else {
      row.push(...unit);
      used += unitWidth;
    }
    if (unit[unit.length - 1]!.newline) endRow();
    unit = [];
  };
  for (const p of pieces) {
    unit.push(p);
    if (p.breakAfter || p.newline) place();
  }
  if (unit.length > 0) place();
  if (row.length > 0) rows.push(row);

  let kept = rows;
  if (maxLines !== undefined && rows.length > maxLines) {
    kept = rows.slice(0, maxLines);
    kept[maxLines - 1] = ellipsize(kept[maxLines - 1]!, width, metrics);
  }

  const lines: Line[] = [];
  let top = 0;
  let widest = 0;
  for (const pieces of kept) {
    const size = Math.max(...pieces.map((p) => p.style.size));
    const height = size * lineHeight;
    const fragments: Fragment[] = [];
    let x = 0;
    for (const p of pieces) {
      const last = fragments[fragments.length - 1];
      if (last && last.face === p.face && last.style === p.style && !last.actual && !p.actual) {
        last.text += p.text;
        last.width += p.width;
      } else if (p.text) {
        fragments.push({
          text: p.text,
          face: p.face,
          style: p.style,
          x,
          width: p.width,
          ...(p.actual ? { actual: p.actual } : {}),
        });
      }
      x += p.width;
    }
    const lineWidth = x - (pieces[pieces.length - 1]?.space ?? 0);
    const shift = align === 'right' ? width - lineWidth : align === 'center' ? (width - lineWidth) / 2 : 0;
    for (const f of fragments) f.x += shift;
    const end = fragments[fragments.length - 1];
    if (end) end.text = end.text.trimEnd();
    // A space left alone after a replacement hangs past the line: nothing to draw.
    if (end && !end.text && fragments.length > 1) fragments.pop();
    lines.push({
      fragments,
      top,
      height,
      baseline: (height - size * (metrics.ascent + metrics.descent)) / 2 + size * metrics.ascent,
      width: lineWidth,
    });
    top += height;
    widest = Math.max(widest, lineWidth);
  }
  return { lines, width: widest, height: top };
}
