import type { OpenTextResult } from '../../../shared/activities/openText';
import type { ControlAction, LiveSession, Tally } from '../../../shared/protocol';
import { projectorPages } from '../../activities/open-text/projectorPages';
import { t } from '../../i18n';

/**
 * For a revealed open-text result: which page the projector shows, or the word cloud. A room of
 * 100+ statements is read a page at a time, from the most upvoted.
 */
export function ProjectorDisplay({
  session,
  tally,
  onControl,
}: {
  session: LiveSession;
  tally: Tally | undefined;
  onControl: (action: ControlAction) => void;
}) {
  if (!session.revealed || session.current.kind !== 'open-text' || !tally) return null;
  const pages = projectorPages(tally.result as OpenTextResult);
  const { page, cloud } = session.display ?? { page: 0, cloud: false };
  const shown = Math.min(page, pages - 1);
  const show = (next: { page: number; cloud: boolean }) => onControl({ action: 'display', ...next });
  return (
    <div className="projector-display" role="group" aria-label={t('session.onProjector')}>
      <span className="field-label">{t('session.onProjector')}</span>
      <button
        type="button"
        className="btn btn-sm"
        aria-pressed={!cloud}
        onClick={() => show({ page: shown, cloud: false })}
      >
        {t('session.statements')}
      </button>
      <button
        type="button"
        className="btn btn-sm"
        aria-pressed={cloud}
        onClick={() => show({ page: shown, cloud: true })}
        data-testid="show-word-cloud"
      >
        {t('session.wordCloud')}
      </button>
      {!cloud && pages > 1 ? (
        <>
          <button
            type="button"
            className="btn btn-sm"
            disabled={shown === 0}
            onClick={() => show({ page: shown - 1, cloud: false })}
          >
            {t('session.previousPage')}
          </button>
          <span data-testid="projector-page">{t('session.page', { page: shown + 1, pages })}</span>
          <button
            type="button"
            className="btn btn-sm"
            disabled={shown >= pages - 1}
            onClick={() => show({ page: shown + 1, cloud: false })}
          >
            {t('session.nextPage')}
          </button>
        </>
      ) : null}
    </div>
  );
}
