import type { PlacementResult } from '../../activities/continuumPlacement';
import { findResults } from '../../plan/results';
import type { PracticeShare } from '../../workshop/practice';
import type { Workshop } from '../../workshop/schema';
import { findExercise } from '../find';

export interface RoomVotes {
  placements: Map<string, PlacementResult>;
  dots: Map<string, number>;
  /** Set when the placements or the dot votes include answers from simulated practice participants. */
  practice: { placements: PracticeShare | null; dots: PracticeShare | null };
}

/** The action-plan exercise's live results: placements on the line and dot votes, by initiative id. */
export function roomVotes(workshop: Workshop): RoomVotes {
  const placements = new Map<string, PlacementResult>();
  const dots = new Map<string, number>();
  const exercise = findActionPlan(workshop);
  if (!exercise) return { placements, dots, practice: { placements: null, dots: null } };
  // Every round counts: an initiative's latest vote wins, so one added mid-session keeps its own.
  const placed = findResults(workshop, exercise.id, 'continuum-placement');
  for (const round of placed) for (const item of round.tally.items) placements.set(item.id, item);
  const voted = findResults(workshop, exercise.id, 'dot-voting');
  for (const round of voted) {
    for (const option of round.tally.ranking) {
      if (Number.isFinite(option.dots)) dots.set(option.id, option.dots);
    }
  }
  const practiceOf = (rounds: typeof placed | typeof voted) =>
    rounds.map((r) => r.practice).find((p) => p !== null) ?? null;
  return {
    placements,
    dots,
    practice: { placements: practiceOf(placed), dots: practiceOf(voted) },
  };
}

/** The action-plan exercise of the agenda (the first), where new votes on initiatives join. */
export function findActionPlan(workshop: Workshop) {
  return findExercise(workshop, 'action-plan');
}
