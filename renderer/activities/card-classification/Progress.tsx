import { t } from '../../i18n';

/** Phone: how far through the list this participant is; `label` names what is counted. */
export function Progress({ answered, total, label }: { answered: number; total: number; label: string }) {
  return (
    <div className="stepper__progress">
      <progress max={total} value={answered} aria-label={label} />
      <span>{t('progress.answered', { answered, total })}</span>
    </div>
  );
}
