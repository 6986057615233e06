import {
  buildPlan,
  centricityScoresOf,
  initiativesCsv,
  planFileName,
  type CentricityHistoryEntry,
  type Paper,
} from '../../../shared/plan';
import { buildRunSheet, runSheetFileName } from '../../../shared/workshop/runSheet';
import type { Workshop } from '../../../shared/workshop/schema';
import { workshops } from '../db';
import { saveFile } from '../platform';

/** Centricity scores of the organisation's other workshops in the library, for the trend. */
export async function historyOf(
  workshop: Pick<Workshop, 'id' | 'organisation'>,
): Promise<CentricityHistoryEntry[]> {
  const others = await workshops.ofOrganisation(workshop.organisation);
  return others
    .filter((w) => w.id !== workshop.id)
    .map(centricityScoresOf)
    .filter((scores): scores is CentricityHistoryEntry => scores !== null);
}

/** Renders and saves the plan PDF; false when the facilitator cancelled the save dialog. */
export async function exportPlanPdf(workshop: Workshop, paper: Paper): Promise<boolean> {
  const plan = buildPlan(workshop, { paper, history: await historyOf(workshop) });
  // Rendering holds the main thread: let the button paint its busy state first.
  await new Promise((resolve) => setTimeout(resolve, 50));
  // The PDF writer and its fonts are large: they load on the first export, not with the page.
  const { renderPlanPdfInBrowser } = await import('./renderPlanPdf');
  const bytes = await renderPlanPdfInBrowser(plan);
  return saveFile(planFileName(workshop, 'pdf'), bytes, 'pdf');
}

export async function exportPlanCsv(workshop: Workshop, paper: Paper): Promise<boolean> {
  return saveFile(planFileName(workshop, 'csv'), initiativesCsv(buildPlan(workshop, { paper })), 'csv');
}

/** Renders and saves the facilitator's run sheet; false when the save dialog was cancelled. */
export async function exportRunSheet(workshop: Workshop, paper: Paper): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { renderRunSheetPdfInBrowser } = await import('./renderPlanPdf');
  const bytes = await renderRunSheetPdfInBrowser(buildRunSheet(workshop, paper));
  return saveFile(runSheetFileName(workshop), bytes, 'pdf');
}
