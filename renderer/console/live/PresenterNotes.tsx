import { definitionOf } from '../../../shared/exercises/registry';
import type { Workshop } from '../../../shared/workshop/schema';
import {
  clockTime,
  dayPace,
  durationText,
  plannedSchedule,
  type Move,
} from '../../../shared/workshop/schedule';
import { useNow } from './sessionMoves';
import { t } from '../../i18n';

/** "on time", "15 min behind", "1 h 05 min ahead" (as `paceText` words it in English). */
function paceWords(behind: number): string {
  const minutes = Math.round(Math.abs(behind));
  if (minutes === 0) return t('session.paceOnTime');
  const duration = durationText(minutes);
  return behind > 0 ? t('session.paceBehind', { duration }) : t('session.paceAhead', { duration });
}

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
    <aside className="presenter-panel" aria-label={t('session.presenterNotes')} data-testid="presenter-notes">
      {pace ? (
        <p className="presenter-panel__pace" data-testid="day-pace">
          <span>{t('session.pacePlanned', { time: clockTime(pace.plannedStart) })}</span>
          <span> · {t('session.paceNow', { time: clockTime(pace.now) })}</span>
          <strong className={`pace pace--${Math.round(pace.behind) > 0 ? 'behind' : 'fine'}`}>
            {' '}
            · {paceWords(pace.behind)}
          </strong>
          <span className="muted">
            {' '}
            · {t('session.paceDayEnds', { time: clockTime(pace.expectedDayEnd) })}
            {Math.round(pace.behind) !== 0
              ? ` (${t('session.pacePlanned', { time: clockTime(pace.plannedDayEnd) })})`
              : ''}
          </span>
        </p>
      ) : null}
      {notes ? (
        <div className="presenter-panel__notes">
          <span className="field-label">{t('session.yourNotes')}</span>
          <p>{notes}</p>
        </div>
      ) : null}
      {onActivity ? (
        <div className="presenter-panel__notes" data-testid="activity-notes">
          <span className="field-label">{t('session.questionNotes')}</span>
          <p>{onActivity}</p>
        </div>
      ) : null}
    </aside>
  );
}
