import { renderToBuffer } from '@react-pdf/renderer';
import type { ActionPlan } from '../../shared/plan/types';
import { registerPlanFonts, type PlanFontSources } from './fonts';
import { PlanDocument } from './PlanDocument';

/** Renders the plan to PDF bytes in Node (CLI, tests, benchmark); fonts are file paths. */
export async function renderPlanPdfInNode(plan: ActionPlan, fonts: PlanFontSources): Promise<Uint8Array> {
  registerPlanFonts(fonts);
  const buffer = await renderToBuffer(<PlanDocument plan={plan} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
