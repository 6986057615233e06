import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveSession, Tally } from '../../shared/protocol';
import { viewsOf } from '../activities/registry';
import { ViewBoundary } from '../activities/ViewBoundary';
import { formatNumber, loadLanguage, t, useUiLanguage } from '../i18n';
import { ConnectionBadge } from '../ui/hub/ConnectionBadge';
import { formatSeconds } from '../ui/hub/countdown';
import { answeredCount } from '../ui/hub/liveState';
import { LiveStore } from '../ui/hub/liveStore';
import { reachableByPhones } from '../ui/hub/reachable';
import { useCountdown } from '../ui/hub/useCountdown';
import { JoinQr } from './JoinQr';
import { OutcomeStage, useOutcome } from './OutcomeStage';
import { projectorErrorText } from './projectorErrorText';

export interface ProjectorHub {
  socketUrl: string;
  /** Only the desktop app's pages (app://outside-in) need it. */
  token?: string;
}

export function ProjectorApp({ code, hub }: { code: string | undefined; hub: ProjectorHub }) {
  const [store] = useState(
    () =>
      new LiveStore({
        url: hub.socketUrl,
        hello: { role: 'screen', ...(code ? { code } : {}), ...(hub.token ? { token: hub.token } : {}) },
      }),
  );
  useEffect(() => {
    store.start();
    return () => store.stop();
  }, [store]);
  const { state, connection, fatal } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const session = state.session;
  const secondsLeft = useCountdown(session?.phase === 'open' ? session.timer : null, state.clockOffset);
  const outcome = useOutcome(session?.outcome);
  const roomLanguage = session?.language ?? 'en';
  const shown = useUiLanguage();
  useEffect(() => {
    document.title = t('projector.pageTitle');
  }, [shown]);
  useEffect(() => {
    // The pseudo-locale asked for in the address stays: it is there to test the layout.
    if (new URLSearchParams(window.location.search).get('lang') !== 'en-XA') void loadLanguage(roomLanguage);
  }, [roomLanguage]);

  if (fatal) {
    return (
      <main className="projector projector--message">
        <h1>{'Outside-In'}</h1>
        <p>{projectorErrorText(fatal, code)}</p>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="projector projector--message">
        <h1>{'Outside-In'}</h1>
        <p>{connection === 'connected' ? t('projector.waitingForStart') : t('projector.connecting')}</p>
        <ConnectionBadge state={connection} className="pbadge" />
      </main>
    );
  }
  if (session.status === 'ended') {
    return (
      <main className="projector projector--message">
        <h1>{t('projector.thanks')}</h1>
        <p>{t('projector.ended')}</p>
      </main>
    );
  }

  const joinUrl = session.joinUrl;
  const tally = state.tallies[session.current.id];
  // A tally without a result carries only the counts (results not revealed).
  const showResults = session.revealed && tally !== undefined && tally.result != null;
  // Screens get tallies (with the counts) only while results are revealed, or count-only ones if the hub sends them.
  const counts = tally ? answeredCount(state) : null;

  // Results and outcomes take the width; the join panel shrinks to a strip that still lets people join.
  const slim = showResults || outcome !== null;
  const onThisComputerOnly = !reachableByPhones(joinUrl);

  return (
    <main className={`projector ${slim ? 'projector--slim' : 'projector--join'}`}>
      <section className="join" aria-label={t('projector.howToJoin')}>
        <JoinQr
          url={roomLanguage === 'en' ? joinUrl : `${joinUrl}?lang=${roomLanguage}`}
          size={slim ? '5.6em' : '15em'}
          className="join__qr"
          alt={t('projector.qr', { url: joinUrl })}
        />
        <p className="join__hint">{t('projector.joinHint')}</p>
        <p className="join__code" role="group" aria-label={t('projector.joinCode')}>
          {session.code}
        </p>
        <p className="join__url">{joinUrl.replace(/^https?:\/\//, '')}</p>
        {onThisComputerOnly ? (
          <p className="join__local" data-testid="join-local">
            {t('projector.localOnly')}
          </p>
        ) : null}
      </section>

      {outcome ? (
        <OutcomeStage outcome={outcome} />
      ) : (
        <section className="stage">
          <p className="stage__step">
            {t('projector.step', { index: session.index + 1, total: session.activities.length })}
          </p>
          <h1 className="stage__title">{session.current.title}</h1>
          {session.current.prompt ? <p className="stage__prompt">{session.current.prompt}</p> : null}
          <div className="stage__status">
            <PhaseLine phase={session.phase} />
            {counts && session.phase !== 'waiting' ? (
              <span className="stage__count" data-testid="answered-count">
                <strong>{formatNumber(counts.answered)}</strong>{' '}
                {t('projector.ofAnswered', { answered: counts.answered, participants: counts.participants })}
              </span>
            ) : (
              <span className="stage__count">
                {t('projector.joined', { count: session.participants.connected })}
              </span>
            )}
            {secondsLeft !== null ? (
              <span
                className={`stage__timer ${secondsLeft <= 10 ? 'stage__timer--low' : ''}`}
                aria-label={t('projector.timeLeft')}
              >
                {formatSeconds(secondsLeft)}
              </span>
            ) : null}
          </div>
          {showResults && tally ? <LiveResult session={session} tally={tally} /> : null}
        </section>
      )}
      <ConnectionBadge state={connection} className="pbadge" />
    </main>
  );
}

function PhaseLine({ phase }: { phase: LiveSession['phase'] }) {
  const text = {
    waiting: t('projector.phaseWaiting'),
    open: t('projector.phaseOpen'),
    closed: t('projector.phaseClosed'),
  }[phase];
  return <span className={`stage__phase stage__phase--${phase}`}>{text}</span>;
}

function LiveResult({ session, tally }: { session: LiveSession; tally: Tally }) {
  const Live = viewsOf(session.current.kind)?.Live;
  if (!Live) return null;
  return (
    <div className="stage__result" data-testid="projector-result">
      <ViewBoundary>
        <Live
          config={session.current.config}
          result={tally.result}
          participants={tally.participants}
          answered={tally.answered}
          display={session.display}
        />
      </ViewBoundary>
    </div>
  );
}
