/**
 * The plan embeds its own fonts (resources/fonts): built-in PDF fonts have no Greek, Cyrillic
 * or CJK. DejaVu Sans sets the text; Droid Sans Fallback adds CJK glyphs, only for plans with CJK text.
 */
export const PLAN_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  cjk: 'DroidSansFallbackFull.ttf',
} as const;

/** Chinese, Japanese and Korean: what DejaVu Sans lacks and the fallback font covers. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Whether any text in `value` (a plan, deeply) needs the CJK fallback font. */
export function needsCjkFont(value: unknown): boolean {
  if (typeof value === 'string') return CJK.test(value);
  if (Array.isArray(value)) return value.some(needsCjkFont);
  if (value && typeof value === 'object') return Object.values(value).some(needsCjkFont);
  return false;
}

/** Paths of the font files in a folder (Node: resources/fonts). */
export function planFontsIn(folder: string): Record<keyof typeof PLAN_FONT_FILES, string> {
  const base = folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`;
  return {
    regular: base + PLAN_FONT_FILES.regular,
    bold: base + PLAN_FONT_FILES.bold,
    cjk: base + PLAN_FONT_FILES.cjk,
  };
}
