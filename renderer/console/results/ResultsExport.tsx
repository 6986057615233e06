import { useState } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { useToasts } from '../../ui/Toasts';
import { exportResults, hasResults, resultsExportName, type ResultsFormat } from './exportResults';

const LABELS: Record<ResultsFormat, string> = { xlsx: 'Results (XLSX)', csv: 'Results (CSV)' };

/** Export of every closed activity's results for analysis, beside the plan's own export. */
export function ResultsExport({ workshop }: { workshop: Workshop }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState<ResultsFormat | null>(null);
  const empty = !hasResults(workshop);

  const run = async (format: ResultsFormat) => {
    setBusy(format);
    try {
      if (await exportResults(workshop, format))
        toasts.show({ tone: 'success', message: `Saved “${resultsExportName(workshop, format)}”.` });
    } catch (error) {
      toasts.show({
        tone: 'error',
        message: `The results could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn"
          onClick={() => void run(format)}
          disabled={busy !== null || empty}
          aria-busy={busy === format}
          title={
            empty
              ? 'No results yet: run a session and close an activity first.'
              : format === 'xlsx'
                ? 'A summary sheet and a sheet per activity with every answer'
                : 'A ZIP with the summary and a CSV per activity with every answer'
          }
        >
          {LABELS[format]}
        </button>
      ))}
    </>
  );
}
