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

/*
 * Clearing the practice room's results before the real session: a strip on Run live while no
 * session of this workshop runs, and the same question when a session is started.
 */

const activities = (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`;
const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** What the confirm says clearing removes and keeps, in the order a facilitator reads it. */
export function clearConfirmText(summary: PracticeClearSummary): string[] {
  const lines = [
    `Removes the results of ${activities(summary.activityIds.length)} with answers of simulated participants${
      summary.exercises.length ? ` (${listed(summary.exercises)})` : ''
    }. Each result goes whole, with any real answers given in the same activity.`,
  ];
  const made = summary.followedVotes + summary.curations;
  if (made > 0 || summary.keptByHand > 0) {
    const gone =
      made > 0
        ? `Board placements, decisions and merges made only from them go too (${made}).`
        : 'No board placement follows only the practice votes.';
    const kept =
      summary.keptByHand > 0 ? ` The ${summary.keptByHand} you moved by hand or gave a note stay.` : '';
    lines.push(gone + kept);
  }
  lines.push('Cards, initiatives and the team’s definition stay. Undo (Ctrl+Z) brings everything back.');
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
    update((w) => clearPracticeResults(w).workshop, { label: 'clearing of the practice results' });
    toasts.show({
      tone: 'success',
      message: `Practice results cleared from ${activities(summary.activityIds.length)}. Undo (Ctrl+Z) brings them back.`,
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
          Practice results
        </h2>
        <p className="practice-results__text">
          {activities(summary.activityIds.length)} {summary.activityIds.length === 1 ? 'holds' : 'hold'}{' '}
          answers of simulated participants ({listed(summary.exercises)}). Clear them before the real session,
          so the plan is built on the room’s votes only.
        </p>
      </div>
      <button type="button" className="btn btn-danger" onClick={onClear}>
        Clear practice results
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
        {mode === 'start'
          ? 'This workshop holds practice results: clear them first?'
          : 'Clear practice results?'}
      </h2>
      {clearConfirmText(summary).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        {onKeep ? (
          <button type="button" className="btn" onClick={onKeep}>
            Keep them and start
          </button>
        ) : null}
        <button
          type="button"
          className={mode === 'start' ? 'btn btn-primary' : 'btn btn-danger'}
          onClick={onClear}
          // Starting: clearing is the safe default. Clearing alone: focus stays on Cancel.
          autoFocus={mode === 'start'}
        >
          {mode === 'start' ? 'Clear them and start' : 'Clear practice results'}
        </button>
      </div>
    </dialog>
  );
}
