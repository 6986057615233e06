import { Font } from '@react-pdf/renderer';

/** Built-in Helvetica has no Greek, Arabic or CJK: the plan embeds its own fonts (resources/fonts). */
export const PLAN_FONT = 'Plan Sans';
const PLAN_FONT_CJK = 'Plan Sans CJK';
/** Glyphs missing from DejaVu Sans (CJK) come from Droid Sans Fallback. */
export const PLAN_FONT_STACK = [PLAN_FONT, PLAN_FONT_CJK];

/** Where the font files are: file paths in Node, URLs in the browser. */
export interface PlanFontSources {
  regular: string;
  bold: string;
  cjk: string;
}

export const PLAN_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  cjk: 'DroidSansFallbackFull.ttf',
} as const;

let registered: string | null = null;

/** Registers the plan's fonts once; safe to call before every render. */
export function registerPlanFonts(sources: PlanFontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  Font.register({
    family: PLAN_FONT,
    fonts: [
      { src: sources.regular, fontWeight: 'normal' },
      { src: sources.bold, fontWeight: 'bold' },
    ],
  });
  Font.register({
    family: PLAN_FONT_CJK,
    fonts: [
      { src: sources.cjk, fontWeight: 'normal' },
      { src: sources.cjk, fontWeight: 'bold' },
    ],
  });
  // Break lines between words only: hyphenated names and titles read badly in a board document.
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}

/** The sources in a folder holding the files (Node: resources/fonts). */
export function planFontsIn(folder: string): PlanFontSources {
  const base = folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`;
  return {
    regular: base + PLAN_FONT_FILES.regular,
    bold: base + PLAN_FONT_FILES.bold,
    cjk: base + PLAN_FONT_FILES.cjk,
  };
}
