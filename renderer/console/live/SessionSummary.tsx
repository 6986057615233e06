import { templateOf } from '../../../shared/exercises';
import type { LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { ResultToolAction } from './ResultToolAction';
import { hasResultTool, resultToolOf } from './resultTools';

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
      <h2 id="live-summary-title">{ended ? 'The session has ended' : 'Results to finish'}</h2>
      <p className="muted">
        {ended
          ? `${ended.participants.joined} ${ended.participants.joined === 1 ? 'participant' : 'participants'} joined; results of ${saved} of ${ended.activities.length} activities are saved. Finish the boards now, while the discussion is fresh.`
          : 'From earlier live sessions of this workshop. What you change here is saved in the workshop.'}
      </p>
      <ul className="live-summary__list">
        {rows.map(({ exercise, tool }) => (
          <li key={exercise.id} className="live-summary__row" aria-label={exercise.title}>
            <div className="live-summary__name">
              <strong>{exercise.title}</strong>
              {templateOf(exercise.type).name !== exercise.title ? (
                <span className="muted">{templateOf(exercise.type).name}</span>
              ) : null}
            </div>
            <ResultToolAction tool={tool} primary={!!ended} onOpen={() => onOpen(exercise.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
