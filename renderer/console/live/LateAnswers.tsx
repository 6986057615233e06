import type { ControlAction } from '../../../shared/protocol';
import { t } from '../../i18n';

/** Before closing: who is offline, and whether their answers will still count when they are back. */
export function LateAnswersNote({
  offline,
  accept,
  onControl,
}: {
  offline: number;
  accept: boolean;
  onControl: (action: ControlAction) => void;
}) {
  return (
    <div className="live-count__late" data-testid="late-answers">
      <span>
        {t('session.lateOffline', { count: offline })}{' '}
        {accept ? t('session.lateCount') : t('session.lateLost')}
      </span>
      <label className="live-count__late-toggle">
        <input
          type="checkbox"
          checked={accept}
          onChange={(e) => onControl({ action: 'late-answers', accept: e.target.checked })}
        />{' '}
        {t('session.lateToggle')}
      </label>
    </div>
  );
}
