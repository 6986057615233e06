import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { isActivityKindId } from '../../../shared/activities/registry';
import { kindName } from '../../i18n/names';
import { intlLocale, t } from '../../i18n';
import type { ControlAction, LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { hubSocketUrl } from '../../ui/hub/client';
import type { ConnectionState } from '../../ui/hub/client';
import { ConnectionBadge } from '../../ui/hub/ConnectionBadge';
import { LiveStore } from '../../ui/hub/liveStore';
import { consoleLinkProblem, hubAccess, type HubAccess } from '../hubAccess';
import type { UpdateWorkshop } from '../state/useWorkshop';
import { AddVote } from './AddVote';
import { JoinPanel } from './JoinPanel';
import { liveActivities, sessionFit, withClosedResult } from './liveAgenda';
import { savedResultsLabel } from './practice/PracticeMarks';
import { PracticeRoomPanel } from './practice/PracticeRoomPanel';
import { PracticeResultsStrip, usePracticeResults, wasCleared } from './PracticeResults';
import { withStoredPreviousScores } from './previousScores';
import { OutcomesPanel } from './OutcomesPanel';
import { ProposalReview } from '../../exercises/push-pull/ProposalReview';
import { ResultToolLayer } from './ResultToolLayer';
import { hasResultTool, resultToolOf, withLiveTallies } from './resultTools';
import { PresenterNotes } from './PresenterNotes';
import { RunningSession } from './RunningSession';
import { useSessionMoves } from './sessionMoves';
import { SessionSummary } from './SessionSummary';
import { hubErrorText } from './hubErrorText';
import './live.css';

const ROSTER_EVERY_MS = 5000;
const SERVE_COMMAND = 'npm run serve';
const SERVE_ORIGIN = 'http://127.0.0.1';
const SERVE_TICKET = '#ticket=…';

export function LivePage({ workshop, update }: { workshop: Workshop; update: UpdateWorkshop }) {
  const [access, setAccess] = useState<HubAccess | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    hubAccess().then(
      (found) => current && setAccess(found),
      () => current && setAccess(null),
    );
    return () => {
      current = false;
    };
  }, []);

  if (access === undefined) return <p className="live-message muted">{t('session.connecting')}</p>;
  if (access === null) {
    return (
      <div className="live-message">
        <h2>{t('session.unreachable')}</h2>
        {consoleLinkProblem() && <p role="alert">{consoleLinkProblem()}</p>}
        <p className="muted">
          {t('session.browserModeBefore')} <code>{SERVE_COMMAND}</code> {t('session.browserModeStarts')}{' '}
          <code>{SERVE_ORIGIN}</code> {t('session.browserModeEnds')} <code>{SERVE_TICKET}</code>
          {t('session.browserModeAfter')}
        </p>
      </div>
    );
  }
  return <LiveConsole access={access} workshop={workshop} update={update} />;
}

function LiveConsole({
  access,
  workshop,
  update,
}: {
  access: HubAccess;
  workshop: Workshop;
  update: UpdateWorkshop;
}) {
  const [store] = useState(
    () =>
      new LiveStore({ url: hubSocketUrl(access.url), hello: { role: 'facilitator', token: access.token } }),
  );
  useEffect(() => {
    store.start();
    return () => store.stop();
  }, [store]);
  useEffect(
    () =>
      store.onClosedResult((message, state) => {
        // The hub replays closed results on every reconnect: practice results cleared stay cleared.
        if (wasCleared(workshop.id, message)) return;
        if (withClosedResult(workshop, state.session, message)) {
          update((now) => withClosedResult(now, state.session, message) ?? now, {
            label: t('session.undoSavingResults'),
          });
        }
      }),
    [store, workshop, update],
  );
  const { state, connection, fatal, synced } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // The participant list, fresh enough to flag a device joining as many people.
  const liveSessionId = state.session?.status === 'live' ? state.session.id : null;
  useEffect(() => {
    if (!liveSessionId || connection !== 'connected') return;
    const ask = () => store.send({ type: 'control', control: { action: 'roster' } });
    ask();
    const timer = setInterval(ask, ROSTER_EVERY_MS);
    return () => clearInterval(timer);
  }, [store, liveSessionId, connection]);
  const [problem, setProblem] = useState<string | null>(null);

  const control = (action: ControlAction) => {
    setProblem(null);
    if (!store.send({ type: 'control', control: action })) {
      setProblem(t('session.notConnectedNow'));
    }
  };

  const fit = sessionFit(state.session, workshop.id);
  const moves = useSessionMoves(store, workshop.id);
  // The after-vote tools see the live tally of an activity whose result is not stored yet.
  const { workshop: toolView, live } = useMemo(
    () => withLiveTallies(workshop, state.session, state.tallies),
    [workshop, state.session, state.tallies],
  );
  // Kept here, not in RunningSession: a board stays open when the session ends underneath it.
  const [toolOpen, setToolOpen] = useState<string | null>(null);
  const openExercise = toolOpen ? toolView.agenda.find((e) => e.id === toolOpen) : undefined;
  const currentExercise =
    fit === 'this' && state.session
      ? toolView.agenda.find((e) => e.id === state.session?.current.exerciseId)
      : undefined;
  const currentTool =
    currentExercise && hasResultTool(currentExercise) && state.session
      ? resultToolOf(toolView, currentExercise, live.has(currentExercise.id), state.session.phase)
      : null;
  const ended =
    state.session?.status === 'ended' && state.session.workshopId === workshop.id ? state.session : null;
  const activities = liveActivities(workshop);
  const idle = workshop.agenda.filter((e) => !activities.some((a) => a.exerciseId === e.id));
  const hubError = state.error ? hubErrorText(state.error) : null;
  const practice = usePracticeResults(workshop, update);

  return (
    <div className="live-page">
      <div className="live-topline">
        <ConnectionBadge state={connection} className="badge live-badge" />
        {fatal ? <span className="live-error">{hubErrorText(fatal)}</span> : null}
      </div>
      {problem || hubError ? (
        <div className="live-alert" role="alert">
          <span>{problem ?? hubError}</span>
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={() => {
              setProblem(null);
              store.clearError();
            }}
          >
            {t('session.dismiss')}
          </button>
        </div>
      ) : null}

      {!synced ? (
        <p className="live-message muted">{fatal ? t('session.notConnected') : t('session.connecting')}</p>
      ) : fit === 'this' && state.session ? (
        <>
          <JoinPanel
            session={state.session}
            network={state.network}
            roster={state.roster}
            onControl={control}
          />
          <PracticeRoomPanel key={state.session.id} access={access} session={state.session} />
          <RunningSession
            session={state.session}
            state={state}
            workshop={workshop}
            onControl={control}
            tool={currentTool}
            onOpenTool={() => currentExercise && setToolOpen(currentExercise.id)}
            addVote={<AddVote workshop={workshop} session={state.session} onControl={control} />}
            notes={
              <PresenterNotes
                workshop={workshop}
                exerciseId={state.session.current.exerciseId}
                activityId={state.session.current.id}
                moves={moves}
              />
            }
          />
          <OutcomesPanel workshop={toolView} session={state.session} onControl={control} />
          <ProposalReview
            session={state.session}
            state={state}
            workshop={workshop}
            update={update}
            onControl={control}
          />
        </>
      ) : fit === 'other' && state.session ? (
        <section className="card live-start">
          <h2>{t('session.otherLive')}</h2>
          <p>{t('session.otherLiveText', { name: state.session.workshopName, code: state.session.code })}</p>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              if (window.confirm(t('session.endOtherConfirm', { name: state.session?.workshopName ?? '' }))) {
                control({ action: 'end-session' });
              }
            }}
          >
            {t('session.endOther')}
          </button>
        </section>
      ) : (
        <>
          <PracticeResultsStrip workshop={workshop} onClear={practice.askToClear} />
          <SessionSummary workshop={toolView} live={live} ended={ended} onOpen={setToolOpen} />
          <section className="card live-start">
            <h2>{ended ? t('session.runAgain') : t('session.runLive')}</h2>
            <p className="muted">{t('session.runLiveText')}</p>
            {activities.length === 0 ? (
              <p>{t('session.nothingLive')}</p>
            ) : (
              <>
                <ol className="live-start__list">
                  {activities.map((a) => (
                    <li key={a.id}>
                      {a.title}{' '}
                      <span className="muted">· {isActivityKindId(a.kind) ? kindName(a.kind) : a.kind}</span>
                      {workshop.results[a.id] ? (
                        <span className="live-done">
                          {' '}
                          · {savedResultsLabel(workshop.results[a.id], false)}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ol>
                {idle.length > 0 ? (
                  <p className="muted">
                    {t('session.notRunYet', {
                      titles: new Intl.ListFormat(intlLocale(), { style: 'short', type: 'unit' }).format(
                        idle.map((e) => e.title),
                      ),
                    })}
                  </p>
                ) : null}
                <button
                  type="button"
                  className="btn btn-primary live-start__button"
                  disabled={connection !== 'connected'}
                  onClick={() =>
                    practice.askBeforeStart(async () =>
                      control({
                        action: 'start-session',
                        workshopId: workshop.id,
                        workshopName: workshop.name,
                        ...(workshop.language ? { language: workshop.language } : {}),
                        activities: await withStoredPreviousScores(workshop, activities),
                      }),
                    )
                  }
                >
                  {t('session.start')}
                </button>
              </>
            )}
          </section>
        </>
      )}
      {practice.dialog}
      {openExercise && hasResultTool(openExercise) ? (
        <ResultToolLayer
          exercise={openExercise}
          workshop={toolView}
          update={update}
          onClose={() => setToolOpen(null)}
          aside={
            fit === 'this' && state.session ? (
              <SessionStillLive
                session={state.session}
                connection={connection}
                exerciseId={openExercise.id}
              />
            ) : null
          }
        />
      ) : null}
    </div>
  );
}

/** On a board opened mid-session: the session runs on underneath, phones stay connected. */
function SessionStillLive({
  session,
  connection,
  exerciseId,
}: {
  session: LiveSession;
  connection: ConnectionState;
  /** The exercise on the board: its own activity's phase needs no title. */
  exerciseId: string;
}) {
  const phase = phaseWords(session.phase);
  return (
    <span className="live-aside" role="status" data-testid="live-aside">
      <span className={`live-aside__dot live-aside__dot--${connection}`} aria-hidden="true" />
      {connection === 'connected'
        ? t('session.asideLive', { code: session.code, connected: session.participants.connected })
        : t('session.asideReconnecting', {
            code: session.code,
            connected: session.participants.connected,
          })}{' '}
      ·{' '}
      {session.current.exerciseId === exerciseId
        ? phase
        : t('session.asideNow', { title: session.current.title, phase })}
    </span>
  );
}

const phaseWords = (phase: LiveSession['phase']): string =>
  ({
    waiting: t('session.phaseWordsWaiting'),
    open: t('session.phaseWordsOpen'),
    closed: t('session.phaseWordsClosed'),
  })[phase];
