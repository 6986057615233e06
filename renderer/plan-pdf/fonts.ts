import { Font } from '@react-pdf/renderer';

/** Built-in Helvetica has no Greek, Arabic or CJK: the plan embeds its own fonts (resources/fonts). */
export const PLAN_FONT = 'Plan Sans';
const PLAN_FONT_CJK = 'Plan Sans CJK';

/**
 * Where the font files are: file paths in Node, URLs (data: URLs in the console) in the browser.
 * The CJK fallback is optional: the console loads its 4 MB only for plans that need it.
 */
export interface PlanFontSources {
  regular: string;
  bold: string;
  cjk?: string;
}

export const PLAN_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  cjk: 'DroidSansFallbackFull.ttf',
} as const;

let registered = { regular: '', bold: '', cjk: '' };

/** Registers the plan's fonts; safe to call before every render. */
export function registerPlanFonts(sources: PlanFontSources): void {
  if (sources.regular !== registered.regular || sources.bold !== registered.bold) {
    Font.register({
      family: PLAN_FONT,
      fonts: [
        { src: sources.regular, fontWeight: 'normal' },
        { src: sources.bold, fontWeight: 'bold' },
      ],
    });
  }
  if (sources.cjk && sources.cjk !== registered.cjk) {
    Font.register({
      family: PLAN_FONT_CJK,
      fonts: [
        { src: sources.cjk, fontWeight: 'normal' },
        { src: sources.cjk, fontWeight: 'bold' },
      ],
    });
  }
  // Break lines between words only: hyphenated names and titles read badly in a board document.
  Font.registerHyphenationCallback((word) => [word]);
  registered = { regular: sources.regular, bold: sources.bold, cjk: sources.cjk || registered.cjk };
}

/**
 * The font stack for a document: glyphs missing from DejaVu Sans (CJK) come from Droid Sans
 * Fallback, only when the text has any (a second font in the stack slows every text run).
 */
export function planFontStack(needsCjk: boolean): string[] {
  return needsCjk && registered.cjk ? [PLAN_FONT, PLAN_FONT_CJK] : [PLAN_FONT];
}

/** Chinese, Japanese and Korean: what DejaVu Sans lacks and the fallback font covers. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Whether any text in `value` (a plan, deeply) needs the CJK fallback font. */
export function needsCjkFont(value: unknown): boolean {
  if (typeof value === 'string') return CJK.test(value);
  if (Array.isArray(value)) return value.some(needsCjkFont);
  if (value && typeof value === 'object') return Object.values(value).some(needsCjkFont);
  return false;
}

/** The sources in a folder holding the files (Node: resources/fonts). */
export function planFontsIn(folder: string): Required<PlanFontSources> {
  const base = folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`;
  return {
    regular: base + PLAN_FONT_FILES.regular,
    bold: base + PLAN_FONT_FILES.bold,
    cjk: base + PLAN_FONT_FILES.cjk,
  };
}
