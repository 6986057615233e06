import { pdf } from '@react-pdf/renderer';
// Inlined as data: URLs: the desktop app loads pages from file://, where fetch() cannot read fonts.
import boldFont from '../../../resources/fonts/DejaVuSans-Bold.ttf?inline';
import regularFont from '../../../resources/fonts/DejaVuSans.ttf?inline';
import type { ActionPlan } from '../../../shared/plan/types';
import { needsCjkFont, registerPlanFonts } from '../../plan-pdf/fonts';
import { PlanDocument } from '../../plan-pdf/PlanDocument';

/** Renders the plan to PDF bytes in the console (Electron or browser mode), the same as in Node. */
export async function renderPlanPdfInBrowser(plan: ActionPlan): Promise<Uint8Array> {
  // The 4 MB CJK fallback loads only for plans with Chinese, Japanese or Korean text.
  const cjk = needsCjkFont(plan)
    ? (await import('../../../resources/fonts/DroidSansFallbackFull.ttf?inline')).default
    : undefined;
  registerPlanFonts({ regular: regularFont, bold: boldFont, cjk });
  const blob = await pdf(<PlanDocument plan={plan} />).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
