import { useState } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { exportResults, hasResults, resultsExportName, type ResultsFormat } from './exportResults';

/** Export of every closed activity's results for analysis, beside the plan's own export. */
export function ResultsExport({ workshop }: { workshop: Workshop }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState<ResultsFormat | null>(null);
  const empty = !hasResults(workshop);

  const run = async (format: ResultsFormat) => {
    setBusy(format);
    try {
      if (await exportResults(workshop, format))
        toasts.show({
          tone: 'success',
          message: t('plan.results.saved', { name: resultsExportName(workshop, format) }),
        });
    } catch (error) {
      toasts.show({
        tone: 'error',
        message: t('plan.results.failed', { reason: error instanceof Error ? error.message : String(error) }),
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
              ? t('plan.results.none')
              : format === 'xlsx'
                ? t('plan.results.xlsxTip')
                : t('plan.results.csvTip')
          }
        >
          {format === 'xlsx' ? t('plan.results.xlsx') : t('plan.results.csv')}
        </button>
      ))}
    </>
  );
}
