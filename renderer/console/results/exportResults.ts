import { strToU8, zipSync } from 'fflate';
import {
  buildResults,
  resultsFileName,
  resultsLanguage,
  resultsSheets,
  resultsTables,
  tableCsv,
} from '../../../shared/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { saveFile } from '../platform';

export type ResultsFormat = 'xlsx' | 'csv';

/** Whether the workshop has anything to export: at least one closed activity. */
export const hasResults = (workshop: Workshop) => Object.keys(workshop.results).length > 0;

export function resultsExportName(workshop: Workshop, format: ResultsFormat): string {
  return resultsFileName(workshop.name, format === 'xlsx' ? 'xlsx' : 'zip', resultsLanguage(workshop));
}

/** The workbook's bytes: the summary sheet, then a sheet per activity. */
export async function resultsXlsx(workshop: Workshop): Promise<Uint8Array> {
  // The spreadsheet writer loads on the first export, not with the console.
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(resultsSheets(buildResults(workshop))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** One ZIP with the summary and a CSV per activity: one save dialog rather than nine. */
export function resultsCsvZip(workshop: Workshop): Uint8Array {
  const files = Object.fromEntries(
    resultsTables(buildResults(workshop)).map((table) => [table.file, strToU8(tableCsv(table))]),
  );
  return zipSync(files);
}

/** Makes and saves the results; false when the facilitator cancelled the save dialog. */
export async function exportResults(workshop: Workshop, format: ResultsFormat): Promise<boolean> {
  const name = resultsExportName(workshop, format);
  return format === 'xlsx'
    ? saveFile(name, await resultsXlsx(workshop), 'xlsx')
    : saveFile(name, resultsCsvZip(workshop), 'zip');
}
