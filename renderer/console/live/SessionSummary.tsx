import type { LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { ResultToolAction } from './ResultToolAction';
import { hasResultTool, resultToolOf } from './resultTools';
import { t } from '../../i18n';
import { exerciseName } from '../../i18n/names';

/**
 * After the session (or between sessions): every exercise with an after-vote tool, where its
 * results stand and the button that opens it, so boards are finished while the room is fresh.
 */
export function SessionSummary({
  workshop,
  live,
  ended,
  onOpen,
}: {
  /** The workshop as the tools see it (live tallies of unclosed activities included). */
  workshop: Workshop;
  live: ReadonlySet<string>;
  /** This workshop's session that has just ended, if that is what the page shows. */
  ended: LiveSession | null;
  onOpen: (exerciseId: string) => void;
}) {
  const rows = workshop.agenda
    .filter(hasResultTool)
    .map((exercise) => ({ exercise, tool: resultToolOf(workshop, exercise, live.has(exercise.id), null) }));
  // Before a workshop's first session there is nothing to finish: the start card says it all.
  if (rows.length === 0 || (!ended && rows.every((r) => r.tool.unavailable))) return null;
  const saved = ended ? ended.activities.filter((a) => workshop.results[a.id]).length : 0;
  return (
    <section className="card live-summary" aria-labelledby="live-summary-title" data-testid="session-summary">
      <h2 id="live-summary-title">{ended ? t('session.ended') : t('session.resultsToFinish')}</h2>
      <p className="muted">
        {ended
          ? t('session.endedText', {
              joined: ended.participants.joined,
              saved,
              total: ended.activities.length,
            })
          : t('session.earlierText')}
      </p>
      <ul className="live-summary__list">
        {rows.map(({ exercise, tool }) => (
          <li key={exercise.id} className="live-summary__row" aria-label={exercise.title}>
            <div className="live-summary__name">
              <strong>{exercise.title}</strong>
              {exerciseName(exercise.type) !== exercise.title ? (
                <span className="muted">{exerciseName(exercise.type)}</span>
              ) : null}
            </div>
            <ResultToolAction tool={tool} primary={!!ended} onOpen={() => onOpen(exercise.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
