import type { OpenTextResult } from '../../../shared/activities/openText';
import type { ControlAction, LiveSession, Tally } from '../../../shared/protocol';
import { projectorPages } from '../../activities/open-text/projectorPages';

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
    <div className="projector-display" role="group" aria-label="On the projector">
      <span className="field-label">On the projector</span>
      <button
        type="button"
        className="btn btn-sm"
        aria-pressed={!cloud}
        onClick={() => show({ page: shown, cloud: false })}
      >
        Statements
      </button>
      <button
        type="button"
        className="btn btn-sm"
        aria-pressed={cloud}
        onClick={() => show({ page: shown, cloud: true })}
        data-testid="show-word-cloud"
      >
        Word cloud
      </button>
      {!cloud && pages > 1 ? (
        <>
          <button
            type="button"
            className="btn btn-sm"
            disabled={shown === 0}
            onClick={() => show({ page: shown - 1, cloud: false })}
          >
            ‹ Previous page
          </button>
          <span data-testid="projector-page">
            Page {shown + 1} of {pages}
          </span>
          <button
            type="button"
            className="btn btn-sm"
            disabled={shown >= pages - 1}
            onClick={() => show({ page: shown + 1, cloud: false })}
          >
            Next page ›
          </button>
        </>
      ) : null}
    </div>
  );
}
