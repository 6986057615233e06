import { describe, expect, it } from 'vitest';
import { REPLACEMENT, typeset, type Face, type Metrics, type TextBox } from './typeset';

/**
 * Every character 1 em wide (bold 1.25 em); code points from U+3000 come from the fallback face,
 * emoji (from U+1F000) and Thai from none.
 */
const metrics: Metrics = {
  widthOf: (text: string, face: Face, size: number) =>
    Array.from(text).length * size * (face === 'bold' ? 1.25 : 1),
  faceOf: (code: number, bold: boolean) =>
    code >= 0x1f000 || (code >= 0x0e00 && code <= 0x0e7f)
      ? null
      : code >= 0x3000 && code < 0x10000
        ? 'cjk'
        : bold
          ? 'bold'
          : 'regular',
  ascent: 0.9,
  descent: 0.2,
};
const style = { size: 1, color: '#000' };
const bold = { size: 1, color: '#000', bold: true };

const lines = (box: TextBox) => box.lines.map((l) => l.fragments.map((f) => f.text).join('|'));

describe('typeset', () => {
  it('breaks lines between words, never inside one that fits a line', () => {
    const box = typeset([{ text: 'one two three four', style }], 9, metrics);
    expect(lines(box)).toEqual(['one two', 'three', 'four']);
    // Trailing spaces hang: "one two" is 7 wide, not 8.
    expect(box.lines.map((l) => l.width)).toEqual([7, 5, 4]);
    expect(box.width).toBe(7);
  });

  it('starts a new line at \\n and keeps empty lines', () => {
    const box = typeset([{ text: 'a\n\nb', style }], 10, metrics, { lineHeight: 1.5 });
    expect(box.lines).toHaveLength(3);
    expect(lines(box)).toEqual(['a', '', 'b']);
    expect(box.height).toBe(4.5);
  });

  it('breaks a word longer than the line inside it', () => {
    expect(lines(typeset([{ text: 'abcdefghij xy', style }], 4, metrics))).toEqual([
      'abcd',
      'efgh',
      'ij',
      'xy',
    ]);
  });

  it('may break after a hyphen inside a word', () => {
    expect(lines(typeset([{ text: 'peer-to-peer visits', style }], 9, metrics))).toEqual([
      'peer-to-',
      'peer',
      'visits',
    ]);
  });

  it('keeps a word whole across styles and lines up mixed sizes on one baseline', () => {
    const box = typeset(
      [
        { text: 'Move ', style: bold },
        { text: 'it', style: bold },
        { text: 'right now', style },
      ],
      10,
      metrics,
      { lineHeight: 1.2 },
    );
    // "itright" is one word: it moves to the second line whole.
    expect(lines(box)).toEqual(['Move', 'it|right', 'now']);
    expect(box.lines[1]!.fragments.map((f) => f.x)).toEqual([0, 2.5]);
  });

  it('sets CJK text in the fallback face and breaks between its characters', () => {
    const box = typeset([{ text: 'Voice 顧客の声', style }], 8, metrics);
    expect(lines(box)).toEqual(['Voice |顧客', 'の声']);
    expect(box.lines[0]!.fragments.map((f) => f.face)).toEqual(['regular', 'cjk']);
  });

  it('draws what no face has as one visible replacement per emoji sequence, keeping what it stands for', () => {
    const family = '\u{1F469}\u200d\u{1F4BB}';
    const box = typeset([{ text: `Go 🚀 ${family}!`, style }], 100, metrics);
    expect(lines(box)).toEqual([`Go |${REPLACEMENT}| |${REPLACEMENT}|!`]);
    expect(box.lines[0]!.fragments.filter((f) => f.actual).map((f) => f.actual)).toEqual(['🚀', family]);
    // Measured as the replacement it draws: one character wide, so it wraps like any word.
    expect(box.width).toBe(7);
    expect(lines(typeset([{ text: 'ab 😀😀😀 cd', style }], 4, metrics))).toEqual([
      'ab',
      `${REPLACEMENT}|${REPLACEMENT}|${REPLACEMENT}`,
      'cd',
    ]);
    expect(lines(typeset([{ text: 'ครบ', style }], 10, metrics))).toEqual([
      `${REPLACEMENT}|${REPLACEMENT}|${REPLACEMENT}`,
    ]);
  });

  it('aligns right and centre within the width', () => {
    expect(typeset([{ text: 'ab', style }], 10, metrics, { align: 'right' }).lines[0]!.fragments[0]!.x).toBe(
      8,
    );
    expect(typeset([{ text: 'ab', style }], 10, metrics, { align: 'center' }).lines[0]!.fragments[0]!.x).toBe(
      4,
    );
  });

  it('cuts text to maxLines with an ellipsis that fits the width', () => {
    const box = typeset([{ text: 'Retire the three broadband tiers', style }], 12, metrics, { maxLines: 1 });
    expect(lines(box)).toEqual(['Retire the…']);
    expect(box.lines[0]!.width).toBeLessThanOrEqual(12);
  });

  it('counts letter spacing in the width', () => {
    const box = typeset([{ text: 'abc', style: { ...style, letterSpacing: 0.5 } }], 100, metrics);
    expect(box.width).toBe(4.5);
  });

  it('is empty for no text', () => {
    expect(typeset([{ text: '', style }], 10, metrics)).toEqual({ lines: [], width: 0, height: 0 });
  });
});
