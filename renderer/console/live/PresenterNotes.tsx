import type { Workshop } from '../../../shared/workshop/schema';
import { clockTime, dayPace, paceText, plannedSchedule, type Move } from '../../../shared/workshop/schedule';
import { useNow } from './sessionMoves';

/**
 * The facilitator's notes on the current exercise and the pace of the day. Console only: notes
 * stay in the workshop and never travel to the hub.
 */
export function PresenterNotes({
  workshop,
  exerciseId,
  moves,
}: {
  workshop: Workshop;
  exerciseId: string;
  moves: readonly Move[];
}) {
  const now = useNow();
  const exercise = workshop.agenda.find((e) => e.id === exerciseId);
  const pace = dayPace(plannedSchedule(workshop.agenda, workshop.plannedStart), moves, now);
  const notes = exercise?.notes?.trim() ?? '';
  if (!pace && !notes) return null;
  return (
    <aside className="presenter-panel" aria-label="Presenter notes" data-testid="presenter-notes">
      {pace ? (
        <p className="presenter-panel__pace" data-testid="day-pace">
          <span>planned {clockTime(pace.plannedStart)}</span>
          <span> · now {clockTime(pace.now)}</span>
          <strong className={`pace pace--${Math.round(pace.behind) > 0 ? 'behind' : 'fine'}`}>
            {' '}
            · {paceText(pace.behind)}
          </strong>
          <span className="muted">
            {' '}
            · day ends {clockTime(pace.expectedDayEnd)}
            {Math.round(pace.behind) !== 0 ? ` (planned ${clockTime(pace.plannedDayEnd)})` : ''}
          </span>
        </p>
      ) : null}
      {notes ? (
        <div className="presenter-panel__notes">
          <span className="field-label">Your notes · only you see them</span>
          <p>{notes}</p>
        </div>
      ) : null}
    </aside>
  );
}
