import { definitionOf } from '../../../shared/exercises/registry';
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
  activityId,
  moves,
}: {
  workshop: Workshop;
  exerciseId: string;
  /** The activity the room is on: an exercise may keep notes per activity. */
  activityId?: string;
  moves: readonly Move[];
}) {
  const now = useNow();
  const exercise = workshop.agenda.find((e) => e.id === exerciseId);
  const pace = dayPace(plannedSchedule(workshop.agenda, workshop.plannedStart), moves, now);
  const notes = exercise?.notes?.trim() ?? '';
  const onActivity =
    (exercise && activityId && definitionOf(exercise.type).activityNotes?.(exercise, activityId)?.trim()) ||
    '';
  if (!pace && !notes && !onActivity) return null;
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
      {onActivity ? (
        <div className="presenter-panel__notes" data-testid="activity-notes">
          <span className="field-label">On this question · only you see them</span>
          <p>{onActivity}</p>
        </div>
      ) : null}
    </aside>
  );
}
