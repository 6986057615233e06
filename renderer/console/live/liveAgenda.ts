import type { DotVotingConfig, DotVotingResult } from '../../../shared/activities/dotVoting';
import { activitiesOf } from '../../../shared/exercises/activities';
import { QUICK_EXERCISE_ID } from '../../../shared/exercises/quickQuestion';
import type { ActivitySpec } from '../../../shared/exercises/common';
import type { ClosedResults, LiveSession } from '../../../shared/protocol';
import type { ActivityResult } from '../../../shared/workshop/results';
import type { Workshop } from '../../../shared/workshop/schema';

/** Everything the workshop runs live, in agenda order. */
export function liveActivities(workshop: Workshop): ActivitySpec[] {
  return workshop.agenda.flatMap((exercise) => activitiesOf(exercise, workshop));
}

/** Which session the console is looking at, relative to this workshop. */
export type SessionFit = 'none' | 'this' | 'other';

export function sessionFit(session: LiveSession | null, workshopId: string): SessionFit {
  if (!session || session.status === 'ended') return 'none';
  return session.workshopId === workshopId ? 'this' : 'other';
}

/**
 * The workshop with a closed activity's result stored, or null when the result belongs elsewhere
 * (a session of another workshop, or an activity no longer on the agenda).
 */
export function withClosedResult(
  workshop: Workshop,
  session: LiveSession | null,
  message: ClosedResults,
): Workshop | null {
  if (!session || session.workshopId !== workshop.id) return null;
  const exerciseId = message.result.activityId.split(':')[0];
  // Quick questions typed during the session belong to no exercise; they are kept all the same.
  if (exerciseId !== QUICK_EXERCISE_ID && !workshop.agenda.some((e) => e.id === exerciseId)) return null;
  const result: ActivityResult = { ...message.result };
  const stored = workshop.results[result.activityId];
  // A reconnect replays closed results: do not rewrite (and re-save) what is already there.
  if (stored && JSON.stringify(stored) === JSON.stringify(result)) return null;
  return { ...workshop, results: { ...workshop.results, [result.activityId]: result } };
}

/** Dots still in participants' pockets: how far the room is from done with dot voting. */
export function unusedDots(config: DotVotingConfig, result: DotVotingResult, participants: number): number {
  return Math.max(0, participants * config.dots - result.dotsUsed);
}

export { reachableByPhones } from '../../ui/hub/reachable';
