// Inlined as data: URLs: the fonts travel in the bundle, so the PDF needs no fetch in either mode.
import boldFont from '../../../resources/fonts/DejaVuSans-Bold.ttf?inline';
import regularFont from '../../../resources/fonts/DejaVuSans.ttf?inline';
import colorProfile from '../../../resources/color/sRGB.icc?url&inline';
import type { ActionPlan } from '../../../shared/plan/types';
import { needsCjkFont } from '../../plan-pdf/fonts';
import { renderPlanPdf } from '../../plan-pdf/planDocument';
import { renderRunSheetPdf } from '../../plan-pdf/runSheet';
import type { RunSheet } from '../../../shared/workshop/runSheet';

const decoded = new Map<string, Uint8Array>();

/** The bytes of a base64 data: URL, decoded once per session (the parsed font is kept with them). */
function bytesOf(dataUrl: string): Uint8Array {
  let bytes = decoded.get(dataUrl);
  if (!bytes) {
    const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    bytes = new Uint8Array(binary.length);
    for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
    decoded.set(dataUrl, bytes);
  }
  return bytes;
}

async function fontsFor(content: unknown) {
  // The 4 MB CJK fallback loads only for documents with Chinese, Japanese or Korean text.
  const cjk = needsCjkFont(content)
    ? bytesOf((await import('../../../resources/fonts/DroidSansFallbackFull.ttf?inline')).default)
    : undefined;
  return { regular: bytesOf(regularFont), bold: bytesOf(boldFont), cjk };
}

/** Renders the plan to PDF bytes in the console (Electron or browser mode), the same as in Node. */
export async function renderPlanPdfInBrowser(plan: ActionPlan): Promise<Uint8Array> {
  return renderPlanPdf(plan, await fontsFor(plan), bytesOf(colorProfile));
}

/** Renders the run sheet to PDF bytes in the console, the same as in Node. */
export async function renderRunSheetPdfInBrowser(sheet: RunSheet): Promise<Uint8Array> {
  return renderRunSheetPdf(sheet, await fontsFor(sheet), bytesOf(colorProfile));
}
