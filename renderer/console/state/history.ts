/**
 * The workshop's one undo history: immutable snapshots, each with the step that made it.
 * Pure, so it is tested without React.
 */

/** What a change did, for the Undo buttons ("move of “Loyalty app”"), and where it was made. */
export interface Step {
  label?: string;
  /** Where the change was made (a board's id): that board's own Undo button offers it. */
  scope?: string;
}

interface Entry<T> {
  state: T;
  /** The change that made this state. */
  step: Step;
}

export interface History<T> {
  past: Entry<T>[];
  present: T;
  /** The change that made the present: what undo takes back. */
  step: Step;
  future: Entry<T>[];
}

export const HISTORY_LIMIT = 100;

const NO_STEP: Step = {};

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, step: NO_STEP, future: [] };
}

export function record<T>(history: History<T>, next: T, step: Step = NO_STEP): History<T> {
  if (next === history.present) return history;
  return {
    past: [...history.past, { state: history.present, step: history.step }].slice(-HISTORY_LIMIT),
    present: next,
    step,
    future: [],
  };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous.state,
    step: previous.step,
    future: [{ state: history.present, step: history.step }, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return {
    past: [...history.past, { state: history.present, step: history.step }],
    present: next.state,
    step: next.step,
    future: rest,
  };
}

/** Replaces the present without a new undo step (typing in one field is one step). */
export function amend<T>(history: History<T>, next: T): History<T> {
  return { ...history, present: next, future: [] };
}

/** The step undo would take back, or null when there is none. */
export function undoStep<T>(history: History<T>): Step | null {
  return history.past.length > 0 ? history.step : null;
}

/** The step redo would make again, or null when there is none. */
export function redoStep<T>(history: History<T>): Step | null {
  return history.future[0]?.step ?? null;
}
