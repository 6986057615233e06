import { useState, type ReactNode } from 'react';
import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { openProblemOf } from '../../../shared/activities/openable';
import type { ControlAction, LiveSession } from '../../../shared/protocol';
import type { Workshop } from '../../../shared/workshop/schema';
import { viewsOf } from '../../activities/registry';
import { ViewBoundary } from '../../activities/ViewBoundary';
import { formatSeconds } from '../../ui/hub/countdown';
import { answeredCount, type LiveState } from '../../ui/hub/liveState';
import { useCountdown } from '../../ui/hub/useCountdown';
import { useShortcut } from '../useShortcut';
import { unusedDots } from './liveAgenda';
import { PracticeResultNote, savedResultsLabel } from './practice/PracticeMarks';
import { ResultToolAction } from './ResultToolAction';
import { LateAnswersNote } from './LateAnswers';
import { ProjectorDisplay } from './ProjectorDisplay';
import type { ResultTool } from './resultTools';

const TIMER_PRESETS = [
  { seconds: 30, label: '30 s' },
  { seconds: 60, label: '1 min' },
  { seconds: 120, label: '2 min' },
  { seconds: 300, label: '5 min' },
];

const PHASE_LABEL: Record<LiveSession['phase'], string> = {
  waiting: 'Not open yet',
  open: 'Open for answers',
  closed: 'Closed',
};

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
  const notReady = session.phase === 'waiting' ? openProblemOf(current.kind, current.config) : null;
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
      <nav className="card live-agenda" aria-label="Live activities">
        <h2 className="live-agenda__title">Activities</h2>
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
                    : PHASE_LABEL[a.phase]}
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
            if (window.confirm('End the live session? Phones will see that it has ended.')) {
              onControl({ action: 'end-session' });
            }
          }}
        >
          End session
        </button>
      </nav>

      <section className="card live-current" aria-label="Current activity">
        <div className="live-current__head">
          <div>
            <p className="live-current__step muted">
              Activity {session.index + 1} of {session.activities.length}
            </p>
            <h2 className="live-current__title">{current.title}</h2>
            {current.prompt ? <p className="live-current__prompt">{current.prompt}</p> : null}
          </div>
          <div className="live-count" aria-live="polite">
            {counts ? (
              <div className="live-count__main" data-testid="console-answered">
                <strong>{counts.answered}</strong> of {counts.participants} answered
                {offline ? (
                  <span className="live-count__offline" data-testid="console-offline">
                    {' '}
                    · {offline} offline
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
            {dots !== null ? <div className="live-count__dots">{dots} dots not placed yet</div> : null}
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
            {PHASE_LABEL[session.phase]}
          </span>
          <button type="button" className="btn btn-primary" onClick={toggleOpen}>
            {session.phase === 'open'
              ? 'Close answers'
              : session.phase === 'closed'
                ? 'Reopen answers'
                : 'Open answers'}{' '}
            <kbd>Space</kbd>
          </button>
          <button type="button" className="btn" onClick={toggleReveal} aria-pressed={session.revealed}>
            {session.revealed ? 'Hide results on projector' : 'Show results on projector'} <kbd>R</kbd>
          </button>
          <span className="live-controls__sep" />
          <button
            type="button"
            className="btn"
            disabled={isFirst}
            onClick={() => onControl({ action: 'previous' })}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="btn"
            disabled={isLast}
            onClick={() => onControl({ action: 'next' })}
          >
            Next →
          </button>
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
            <div className="live-tool" role="group" aria-label="After the vote">
              <span className="field-label">After the vote</span>
              <ResultToolAction
                tool={tool}
                onOpen={onOpenTool}
                primary={session.phase === 'closed'}
                shortcut="B"
              />
            </div>
          ) : null}

          <div className="live-timer" role="group" aria-label="Countdown">
            <span className="field-label">Countdown</span>
            {TIMER_PRESETS.map((p) => (
              <button
                key={p.seconds}
                type="button"
                className="btn btn-sm"
                onClick={() => startTimer(p.seconds)}
              >
                {p.label}
              </button>
            ))}
            {session.timer ? (
              <button
                type="button"
                className="btn btn-sm btn-ghost"
                onClick={() => onControl({ action: 'timer', seconds: null })}
              >
                Stop timer
              </button>
            ) : (
              <span className="muted live-timer__hint">Answers close when it ends.</span>
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
              {session.phase === 'waiting'
                ? 'Open answers when the room is ready; results appear here as they arrive.'
                : 'No answers yet.'}
            </p>
          )}
          {tally ? <PracticeResultNote practice={tally.practice} answered={tally.answered} /> : null}
          {!session.revealed && tally ? (
            <p className="muted live-result__note">
              Only you see these results until you show them on the projector.
            </p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
