import { useState } from 'react';

interface Step<S> {
  before: S;
  after: S;
  /** What the step did, for the button: "move of Loyalty app". */
  what: string;
}

/**
 * The board's own "Undo" button, next to the cards (Ctrl+Z works too, through the workshop's
 * history). Steps are compared by identity with the current state: a step counts only while the
 * board still shows what it made; one already undone elsewhere (Ctrl+Z) is skipped.
 */
export function useBoardUndo<S>(current: S) {
  const [steps, setSteps] = useState<Step<S>[]>([]);
  let usable = steps.length - 1;
  while (usable >= 0 && steps[usable]!.after !== current && steps[usable]!.before === current) usable--;
  if (usable >= 0 && steps[usable]!.after !== current) usable = -1;
  const step = usable >= 0 ? steps[usable]! : null;
  return {
    record: (before: S, after: S, what: string) =>
      setSteps((all) => [...all.slice(-49), { before, after, what }]),
    label: step?.what ?? null,
    /** The state to go back to, or null when there is nothing to undo here. */
    take: (): S | null => {
      if (!step) return null;
      setSteps((all) => all.slice(0, usable));
      return step.before;
    },
  };
}
