import { useEffect, useRef, useState } from 'react';
import type { ClosedResults } from '../../../shared/protocol';
import {
  clearPracticeResults,
  hasPracticeResults,
  practiceResultIds,
  type PracticeClearSummary,
} from '../../../shared/workshop/practice';
import type { Workshop } from '../../../shared/workshop/schema';
import { useToasts } from '../../ui/Toasts';
import type { UpdateWorkshop } from '../state/useWorkshop';
import './practiceResults.css';
import { intlLocale, t } from '../../i18n';

/*
 * Clearing the practice room's results before the real session: a strip on Run live while no
 * session of this workshop runs, and the same question when a session is started.
 */

/** "A, B and C" in the console's language. */
const listed = (items: readonly string[]) =>
  new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);

/** What the confirm says clearing removes and keeps, in the order a facilitator reads it. */
export function clearConfirmText(summary: PracticeClearSummary): string[] {
  const count = summary.activityIds.length;
  const lines = [
    summary.exercises.length
      ? t('session.practiceRemovesFrom', { count, exercises: listed(summary.exercises) })
      : t('session.practiceRemoves', { count }),
  ];
  const made = summary.followedVotes + summary.curations;
  if (made > 0 || summary.keptByHand > 0) {
    const gone = made > 0 ? t('session.practiceGoesToo', { made }) : t('session.practiceNoneFollows');
    const kept = summary.keptByHand > 0 ? ` ${t('session.practiceKept', { count: summary.keptByHand })}` : '';
    lines.push(gone + kept);
  }
  lines.push(t('session.practiceStays'));
  return lines;
}

// Results cleared after a session ended would come back when the console reconnects (the hub
// replays closed results), so the console remembers them: activity id and close time, per workshop.
const CLEARED_KEY = 'outside-in.cleared-practice';
const MAX_REMEMBERED = 500;
const memory = new Map<string, string[]>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function clearedOf(workshopId: string): string[] {
  const stored = storage()?.getItem(`${CLEARED_KEY}.${workshopId}`);
  if (stored) {
    try {
      const list: unknown = JSON.parse(stored);
      if (Array.isArray(list)) return list.filter((x): x is string => typeof x === 'string');
    } catch {
      // A damaged entry forgets nothing important: fall back to this session's memory.
    }
  }
  return memory.get(workshopId) ?? [];
}

const resultKey = (r: { activityId: string; closedAt: number }) => `${r.activityId}@${r.closedAt}`;

export function rememberCleared(workshop: Workshop): void {
  const keys = practiceResultIds(workshop).map((id) => resultKey(workshop.results[id]!));
  const all = [...new Set([...clearedOf(workshop.id), ...keys])].slice(-MAX_REMEMBERED);
  memory.set(workshop.id, all);
  try {
    storage()?.setItem(`${CLEARED_KEY}.${workshop.id}`, JSON.stringify(all));
  } catch {
    // Storage full or off: the memory above still holds it for this session.
  }
}

/** A closed result the hub replays that the facilitator cleared as practice: not to be stored again. */
export function wasCleared(workshopId: string, message: ClosedResults): boolean {
  return clearedOf(workshopId).includes(resultKey(message.result));
}

type Asking = { mode: 'clear' } | { mode: 'start'; start: () => void };

/** The strip, the dialog and the action; `askBeforeStart` wraps starting a session. */
export function usePracticeResults(workshop: Workshop, update: UpdateWorkshop) {
  const toasts = useToasts();
  const [asking, setAsking] = useState<Asking | null>(null);
  const held = hasPracticeResults(workshop);

  const clear = () => {
    const { summary } = clearPracticeResults(workshop);
    rememberCleared(workshop);
    // One update: one step in the workshop's undo history.
    update((w) => clearPracticeResults(w).workshop, { label: t('session.undoClearingPractice') });
    toasts.show({
      tone: 'success',
      message: t('session.practiceCleared', { count: summary.activityIds.length }),
    });
  };

  return {
    held,
    askToClear: () => setAsking({ mode: 'clear' }),
    /** Starts at once without practice results; with them, asks first. */
    askBeforeStart: (start: () => void) => (held ? setAsking({ mode: 'start', start }) : start()),
    dialog:
      asking && held ? (
        <ClearPracticeDialog
          summary={clearPracticeResults(workshop).summary}
          mode={asking.mode}
          onCancel={() => setAsking(null)}
          onClear={() => {
            setAsking(null);
            clear();
            if (asking.mode === 'start') asking.start();
          }}
          onKeep={
            asking.mode === 'start'
              ? () => {
                  setAsking(null);
                  asking.start();
                }
              : undefined
          }
        />
      ) : null,
  };
}

/** On Run live while no session of this workshop runs: the results hold practice answers. */
export function PracticeResultsStrip({ workshop, onClear }: { workshop: Workshop; onClear: () => void }) {
  const { summary } = clearPracticeResults(workshop);
  if (summary.activityIds.length === 0) return null;
  return (
    <section
      className="practice-results"
      aria-labelledby="practice-results-title"
      data-testid="practice-results"
    >
      <div>
        <h2 id="practice-results-title" className="practice-results__title">
          {t('session.practiceResults')}
        </h2>
        <p className="practice-results__text">
          {t('session.practiceHold', {
            count: summary.activityIds.length,
            exercises: listed(summary.exercises),
          })}
        </p>
      </div>
      <button type="button" className="btn btn-danger" onClick={onClear}>
        {t('session.practiceClear')}
      </button>
    </section>
  );
}

function ClearPracticeDialog({
  summary,
  mode,
  onCancel,
  onClear,
  onKeep,
}: {
  summary: PracticeClearSummary;
  mode: Asking['mode'];
  onCancel: () => void;
  onClear: () => void;
  onKeep?: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    // jsdom has no showModal; the app always has it.
    if (element && typeof element.showModal === 'function') element.showModal();
    else element?.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog practice-dialog"
      aria-labelledby="practice-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="practice-dialog-title">
        {mode === 'start' ? t('session.practiceStartTitle') : t('session.practiceClearTitle')}
      </h2>
      {clearConfirmText(summary).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('session.cancel')}
        </button>
        {onKeep ? (
          <button type="button" className="btn" onClick={onKeep}>
            {t('session.practiceKeepStart')}
          </button>
        ) : null}
        <button
          type="button"
          className={mode === 'start' ? 'btn btn-primary' : 'btn btn-danger'}
          onClick={onClear}
          // Starting: clearing is the safe default. Clearing alone: focus stays on Cancel.
          autoFocus={mode === 'start'}
        >
          {mode === 'start' ? t('session.practiceClearStart') : t('session.practiceClear')}
        </button>
      </div>
    </dialog>
  );
}
