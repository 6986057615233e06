import { useEffect, useMemo, useState } from 'react';
import { outcomeOf, outcomeSchema, type Outcome } from '../../../shared/outcomes';
import { buildPlan, type CentricityHistoryEntry } from '../../../shared/plan';
import { MAX_FRAME_BYTES, type ControlAction, type LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { historyOf } from '../plan/exportPlan';
import './outcomes.css';
import { t } from '../../i18n';

/** The organisation's earlier centricity scores ("last time"); none while they load or if unreadable. */
function useHistory(workshop: Workshop): CentricityHistoryEntry[] {
  const [history, setHistory] = useState<CentricityHistoryEntry[]>([]);
  const { id, organisation } = workshop;
  useEffect(() => {
    let current = true;
    historyOf({ id, organisation }).then(
      (found) => current && setHistory(found),
      () => current && setHistory([]),
    );
    return () => {
      current = false;
    };
  }, [id, organisation]);
  return history;
}

/** As the hub gives it back: parsed by the same schema, so two equal outcomes print the same. */
const canonical = (outcome: unknown) => {
  const parsed = outcomeSchema.safeParse(outcome);
  return parsed.success ? JSON.stringify(parsed.data) : null;
};

/** Sends the outcome to the projector; false when it is more than the hub takes in one frame. */
function send(outcome: Outcome | null, onControl: (action: ControlAction) => void): boolean {
  const action: ControlAction = { action: 'show-outcome', outcome };
  // The hub closes a connection that sends more than a frame: say it here instead.
  if (JSON.stringify({ type: 'control', control: action }).length > MAX_FRAME_BYTES - 512) return false;
  onControl(action);
  return true;
}

/**
 * Every exercise's outcome (the plan's own section for it) with a button that puts it on the
 * projector. The one shown follows the boards: a change here reaches the projector at once.
 */
export function OutcomesPanel({
  workshop,
  session,
  onControl,
}: {
  /** The workshop as the boards see it (live tallies of unclosed activities included). */
  workshop: Workshop;
  session: LiveSession;
  onControl: (action: ControlAction) => void;
}) {
  const history = useHistory(workshop);
  const plan = useMemo(() => buildPlan(workshop, { paper: 'A4', history }), [workshop, history]);
  const outcomes = useMemo(
    () => workshop.agenda.map((exercise) => ({ exercise, outcome: outcomeOf(plan, workshop, exercise) })),
    [plan, workshop],
  );
  const [tooBig, setTooBig] = useState<string | null>(null);
  const shown = session.outcome ? outcomeSchema.safeParse(session.outcome).data : undefined;
  const shownId = shown?.exerciseId ?? null;

  const show = (outcome: Outcome | null) => {
    const sent = send(outcome, onControl);
    setTooBig(sent ? null : (outcome?.exerciseId ?? null));
  };

  const fresh = outcomes.find((o) => o.exercise.id === shownId)?.outcome ?? null;
  const freshKey = fresh ? canonical(fresh) : null;
  const shownKey = shown ? canonical(shown) : null;
  useEffect(() => {
    if (fresh && freshKey !== shownKey) send(fresh, onControl);
    // Only a change of what the boards say resends it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [freshKey]);

  return (
    <section className="card live-outcomes" aria-labelledby="live-outcomes-title">
      <div className="live-outcomes__head">
        <h2 id="live-outcomes-title">{t('session.outcomes')}</h2>
        {shown ? (
          <button type="button" className="btn btn-sm" onClick={() => show(null)}>
            {t('session.outcomeTakeOff', { title: shown.title })}
          </button>
        ) : (
          <span className="muted">{t('session.outcomesText')}</span>
        )}
      </div>
      <ul className="live-outcomes__list">
        {outcomes.map(({ exercise, outcome }) => {
          const on = exercise.id === shownId;
          return (
            <li key={exercise.id} className="live-outcomes__row">
              <span className="live-outcomes__name" title={exercise.title}>
                {exercise.title}
              </span>
              <button
                type="button"
                className={`btn btn-sm ${on ? 'btn-primary' : ''}`}
                disabled={!outcome}
                aria-pressed={on}
                aria-label={t('session.outcomeShowLabel', { title: exercise.title })}
                title={outcome ? undefined : t('session.outcomeNothingHint')}
                onClick={() => show(on ? null : outcome)}
              >
                {on ? t('session.outcomeOn') : t('session.outcomeShow')}
              </button>
              {tooBig === exercise.id ? (
                <span className="live-alert" role="alert">
                  {t('session.outcomeTooBig')}
                </span>
              ) : !outcome ? (
                <span className="muted">{t('session.outcomeNothing')}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
