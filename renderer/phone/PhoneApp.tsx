import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ACTIVITY_VIEWS, viewsOf } from '../activities/registry';
import { ViewBoundary } from '../activities/ViewBoundary';
import { LANGUAGE_NAMES } from '../../shared/languages';
import { t, useUiLanguage } from '../i18n';
import { ConnectionBadge } from '../ui/hub/ConnectionBadge';
import { formatSeconds } from '../ui/hub/countdown';
import { roomErrorText } from './roomErrorText';
import { useCountdown } from '../ui/hub/useCountdown';
import { JoinForm, WhoSeesWhat } from './JoinForm';
import { answersKnown, myAnswers } from './participantState';
import { ParticipantSession } from './participantSession';
import { useRoomLanguage } from './roomLanguage';

export function PhoneApp({ code }: { code: string | null }) {
  const language = useUiLanguage();
  useEffect(() => {
    document.title = t('phone.pageTitle');
  }, [language]);
  if (!code) {
    return (
      <main className="phone">
        <header className="bar">
          {/* The product's name, not translated. */}
          <span className="bar__brand">{'Outside-In'}</span>
        </header>
        <JoinForm />
      </main>
    );
  }
  return <LivePhone code={code} />;
}

function LivePhone({ code }: { code: string }) {
  const [session] = useState(() => new ParticipantSession(code));
  useEffect(() => {
    session.start();
    // Fetch every kind's input now, while the network is up: a question that opens later still renders.
    for (const views of Object.values(ACTIVITY_VIEWS)) views.preloadInput().catch(() => undefined);
    return () => session.stop();
  }, [session]);
  const view = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { state, connection, pending, fatal, lostRoom } = view;
  const live = state.session;
  const secondsLeft = useCountdown(live?.phase === 'open' ? live.timer : null, state.clockOffset);
  const queued = connection !== 'connected' && pending.length > 0;
  const language = useRoomLanguage(live?.language);

  let body: ReactNode;
  if (fatal) {
    body =
      fatal.code === 'session-ended' ? (
        <Ended />
      ) : (
        <>
          <div className="notice notice--error" role="alert">
            {roomErrorText(fatal, code)}
          </div>
          <JoinForm />
        </>
      );
  } else if (!live) {
    body = (
      <div className="center">
        <p>{connection === 'connected' ? t('phone.waitingForStart') : t('phone.joining')}</p>
        <WhoSeesWhat />
      </div>
    );
  } else if (live.status === 'ended') {
    body = <Ended />;
  } else {
    const views = viewsOf(live.current.kind);
    const Input = views?.Input;
    body = (
      <>
        <h1>{live.current.title}</h1>
        {live.current.prompt ? <p className="prompt">{live.current.prompt}</p> : null}
        {live.phase === 'waiting' ? (
          <>
            <div className="notice">{t('phone.waitingForOpen')}</div>
            <WhoSeesWhat />
          </>
        ) : null}
        {live.phase === 'closed' ? <div className="notice">{t('phone.closed')}</div> : null}
        {live.phase !== 'waiting' ? (
          Input ? (
            <ViewBoundary>
              <Input
                // Mounted again once the hub has said which answers it holds: steppers open at the first unanswered item.
                key={`${live.current.id}:${answersKnown(state) ? 'known' : 'waiting'}`}
                config={live.current.config}
                answers={myAnswers(state, pending, connection)}
                open={live.phase === 'open'}
                onAnswer={(itemId, value) => session.answer(itemId, value)}
                shared={state.sharedPage ?? undefined}
                onPage={(page) => session.page(page)}
              />
            </ViewBoundary>
          ) : (
            <div className="notice notice--warn">{t('phone.needsNewer')}</div>
          )
        ) : null}
      </>
    );
  }

  return (
    <main className="phone">
      <header className="bar">
        <span className="bar__brand">{`Outside-In · ${code}`}</span>
        {/* In the bar, which stays on screen: the countdown is seen however far the page scrolls. */}
        {live?.status === 'live' && live.phase === 'open' && secondsLeft !== null && !fatal ? (
          <span className="timer" role="timer" aria-label={t('phone.timeLeft')}>
            {t('phone.secondsLeft', { time: formatSeconds(secondsLeft) })}
          </span>
        ) : null}
        {/* A refused join (wrong code, ended session) is not a connection that comes back. */}
        {fatal ? null : <ConnectionBadge state={connection} />}
      </header>
      {queued || (lostRoom && !fatal) ? (
        <div className="notice notice--warn" role="status">
          {queued ? (
            <p>
              {connection === 'offline' ? t('phone.offline') : t('phone.reconnecting')} {t('phone.kept')}
            </p>
          ) : null}
          {lostRoom && !fatal ? (
            // The laptop's address changed under us (not a planned switch): only a new code helps.
            <p>{t('phone.lostRoom')}</p>
          ) : null}
        </div>
      ) : null}
      {state.notice ? (
        <div className="notice notice--warn" role="alert">
          {state.notice}{' '}
          <button type="button" className="link" onClick={() => session.dismissNotice()}>
            {t('phone.ok')}
          </button>
        </div>
      ) : null}
      {language.offer ? (
        <p className="language-switch">
          <button type="button" className="link" lang={language.offer} onClick={language.switchTo}>
            {t('phone.showIn', { language: LANGUAGE_NAMES[language.offer] })}
          </button>
        </p>
      ) : null}
      {body}
    </main>
  );
}

function Ended() {
  return (
    <div className="center">
      <h1>{t('phone.thanks')}</h1>
      <p>{t('phone.ended')}</p>
    </div>
  );
}
