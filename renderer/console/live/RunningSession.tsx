import { useState, type ReactNode } from 'react';
import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { openProblemCodeOf } from '../../../shared/activities/openable';
import type { ControlAction, LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { viewsOf } from '../../activities/registry';
import { ViewBoundary } from '../../activities/ViewBoundary';
import { formatSeconds } from '../../ui/hub/countdown';
import { answeredCount, type LiveState } from '../../ui/hub/liveState';
import { useCountdown } from '../../ui/hub/useCountdown';
import { useShortcut } from '../useShortcut';
import { t } from '../../i18n';
import { unusedDots } from './liveAgenda';
import { PracticeResultNote, savedResultsLabel } from './practice/PracticeMarks';
import { ResultToolAction } from './ResultToolAction';
import { LateAnswersNote } from './LateAnswers';
import { ProjectorDisplay } from './ProjectorDisplay';
import type { ResultTool } from './resultTools';

const TIMER_PRESETS = [30, 60, 120, 300];

const timerLabel = (seconds: number) =>
  seconds < 60
    ? t('session.timerSeconds', { seconds })
    : t('session.timerMinutes', { minutes: seconds / 60 });

const phaseLabel = (phase: LiveSession['phase']): string =>
  ({
    waiting: t('session.phaseWaiting'),
    open: t('session.phaseOpen'),
    closed: t('session.phaseClosed'),
  })[phase];

const SPACE_KEY = 'Space';
const REVEAL_KEY = 'R';

export function RunningSession({
  session,
  state,
  workshop,
  onControl,
  tool = null,
  onOpenTool,
  addVote = null,
  notes = null,
}: {
  session: LiveSession;
  state: LiveState;
  workshop: Workshop;
  onControl: (action: ControlAction) => void;
  /** The after-vote tool of the current activity's exercise (board, curation, results), if it has one. */
  tool?: ResultTool | null;
  onOpenTool?: () => void;
  /** The way to add a vote or a question to the running session. */
  addVote?: ReactNode;
  /** The facilitator's notes on the current exercise and the pace of the day (console only). */
  notes?: ReactNode;
}) {
  const current = session.current;
  const tally = state.tallies[current.id];
  const counts = answeredCount(state);
  const offline = session.participants.offline ?? 0;
  const secondsLeft = useCountdown(session.timer, state.clockOffset);
  const isFirst = session.index === 0;
  const isLast = session.index >= session.activities.length - 1;

  // Nothing to answer yet (a sort still without cards): say why instead of asking the hub to open it.
  const notReadyCode = session.phase === 'waiting' ? openProblemCodeOf(current.kind, current.config) : null;
  const notReady =
    notReadyCode === null
      ? null
      : notReadyCode === 'no-cards'
        ? t('session.notReady.noCards')
        : t('session.notReady.nothingToAnswer');
  const [askedToOpen, setAskedToOpen] = useState<string | null>(null);
  const asked = notReady !== null && askedToOpen === current.id;
  const toggleOpen = () =>
    notReady
      ? setAskedToOpen(current.id)
      : onControl({ action: session.phase === 'open' ? 'close' : 'open' });
  const toggleReveal = () => onControl({ action: session.revealed ? 'hide' : 'reveal' });
  useShortcut('space', toggleOpen);
  useShortcut('arrowright', () => !isLast && onControl({ action: 'next' }));
  useShortcut('arrowleft', () => !isFirst && onControl({ action: 'previous' }));
  useShortcut('r', toggleReveal);
  useShortcut('b', () => tool && !tool.unavailable && onOpenTool?.());

  const startTimer = (seconds: number) => {
    if (notReady) return setAskedToOpen(current.id);
    if (session.phase !== 'open') onControl({ action: 'open' });
    onControl({ action: 'timer', seconds });
  };

  const Result = viewsOf(current.kind)?.Result;
  const dots =
    current.kind === 'dot-voting' && tally
      ? unusedDots(current.config as DotVotingConfig, tally.result as DotVotingResult, tally.participants)
      : null;

  return (
    <div className="live-grid">
      <nav className="card live-agenda" aria-label={t('session.liveActivities')}>
        <h2 className="live-agenda__title">{t('session.activities')}</h2>
        <ol>
          {session.activities.map((a, i) => (
            <li key={a.id}>
              <button
                type="button"
                className="live-agenda__item"
                aria-current={i === session.index ? 'step' : undefined}
                onClick={() => onControl({ action: 'goto', index: i })}
              >
                <span className="live-agenda__name" title={a.title}>
                  {a.title}
                </span>
                <span className={`live-phase live-phase--${a.phase}`}>
                  {workshop.results[a.id] && a.phase === 'closed'
                    ? savedResultsLabel(workshop.results[a.id])
                    : phaseLabel(a.phase)}
                </span>
              </button>
            </li>
          ))}
        </ol>
        {addVote}
        <button
          type="button"
          className="btn btn-danger live-end"
          onClick={() => {
            if (window.confirm(t('session.endConfirm'))) {
              onControl({ action: 'end-session' });
            }
          }}
        >
          {t('session.end')}
        </button>
      </nav>

      <section className="card live-current" aria-label={t('session.currentActivity')}>
        <div className="live-current__head">
          <div>
            <p className="live-current__step muted">
              {t('session.step', { index: session.index + 1, total: session.activities.length })}
            </p>
            <h2 className="live-current__title">{current.title}</h2>
            {current.prompt ? <p className="live-current__prompt">{current.prompt}</p> : null}
          </div>
          <div className="live-count" aria-live="polite">
            {counts ? (
              <div className="live-count__main" data-testid="console-answered">
                <strong>{counts.answered}</strong>{' '}
                {t('session.ofAnswered', { participants: counts.participants, answered: counts.answered })}
                {offline ? (
                  <span className="live-count__offline" data-testid="console-offline">
                    {' '}
                    · {t('session.offline', { count: offline })}
                  </span>
                ) : null}
              </div>
            ) : null}
            {offline && session.phase === 'open' ? (
              <LateAnswersNote
                offline={offline}
                accept={session.acceptLate !== false}
                onControl={onControl}
              />
            ) : null}
            {dots !== null ? (
              <div className="live-count__dots">{t('session.dotsNotPlaced', { count: dots })}</div>
            ) : null}
            {secondsLeft !== null ? (
              <div className={`live-count__timer ${secondsLeft <= 10 ? 'live-count__timer--low' : ''}`}>
                ⏱ {formatSeconds(secondsLeft)}
              </div>
            ) : null}
          </div>
        </div>

        {notes}

        <div className="live-controls">
          <span className={`live-phase live-phase--${session.phase} live-phase--big`}>
            {phaseLabel(session.phase)}
          </span>
          <button type="button" className="btn btn-primary" onClick={toggleOpen}>
            {session.phase === 'open'
              ? t('session.closeAnswers')
              : session.phase === 'closed'
                ? t('session.reopenAnswers')
                : t('session.openAnswers')}{' '}
            <kbd>{SPACE_KEY}</kbd>
          </button>
          <button type="button" className="btn" onClick={toggleReveal} aria-pressed={session.revealed}>
            {session.revealed ? t('session.hideResults') : t('session.showResults')} <kbd>{REVEAL_KEY}</kbd>
          </button>
          <span className="live-controls__sep" />
          <span className="live-controls__nav">
            <button
              type="button"
              className="btn"
              disabled={isFirst}
              onClick={() => onControl({ action: 'previous' })}
            >
              {t('session.previous')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={isLast}
              onClick={() => onControl({ action: 'next' })}
            >
              {t('session.next')}
            </button>
          </span>
        </div>

        {notReady ? (
          <p
            key={asked ? 'asked' : 'quiet'}
            className={asked ? 'live-alert' : 'muted'}
            role={asked ? 'alert' : 'status'}
            data-testid="open-blocked"
          >
            {notReady}
          </p>
        ) : null}

        <ProjectorDisplay session={session} tally={tally} onControl={onControl} />

        <div className="live-row">
          {tool && onOpenTool ? (
            <div className="live-tool" role="group" aria-label={t('session.afterVote')}>
              <span className="field-label">{t('session.afterVote')}</span>
              <ResultToolAction
                tool={tool}
                onOpen={onOpenTool}
                primary={session.phase === 'closed'}
                shortcut="B"
              />
            </div>
          ) : null}

          <div className="live-timer" role="group" aria-label={t('session.countdown')}>
            <span className="field-label">{t('session.countdown')}</span>
            {TIMER_PRESETS.map((seconds) => (
              <button key={seconds} type="button" className="btn btn-sm" onClick={() => startTimer(seconds)}>
                {timerLabel(seconds)}
              </button>
            ))}
            {session.timer ? (
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                onClick={() => onControl({ action: 'timer', seconds: null })}
              >
                {t('session.stopTimer')}
              </button>
            ) : (
              <span className="muted live-timer__hint">{t('session.timerHint')}</span>
            )}
          </div>
        </div>

        <div className="live-result" data-testid="console-result">
          {Result && tally ? (
            <ViewBoundary>
              <Result
                config={current.config}
                result={tally.result}
                participants={tally.participants}
                answered={tally.answered}
              />
            </ViewBoundary>
          ) : (
            <p className="muted">
              {session.phase === 'waiting' ? t('session.resultsWaiting') : t('session.noAnswers')}
            </p>
          )}
          {tally ? <PracticeResultNote practice={tally.practice} answered={tally.answered} /> : null}
          {!session.revealed && tally ? (
            <p className="muted live-result__note">{t('session.onlyYouSee')}</p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
