import type { ActivityResultOf, ActivityKindId } from '../activities/registry';
import { parseResult } from '../activities/registry';
import { practiceAnswers, practiceShare, type PracticeShare } from '../workshop/practice';
import type { Workshop } from '../workshop/schema';

export interface FoundResult<K extends ActivityKindId> {
  activityId: string;
  participants: number;
  tally: ActivityResultOf<K>;
  /** Set when the result includes answers from simulated practice participants. */
  practice: PracticeShare | null;
}

/**
 * The closed result of an exercise's activity of one kind. Activity ids are
 * `${exercise.id}:<suffix>`; matching on the kind keeps this independent of the suffixes.
 * A result that does not parse with its kind's schema counts as not run.
 */
export function findResult<K extends ActivityKindId>(
  workshop: Workshop,
  exerciseId: string,
  kind: K,
): FoundResult<K> | null {
  const prefix = `${exerciseId}:`;
  let found: FoundResult<K> | null = null;
  let closedAt = -1;
  for (const [activityId, result] of Object.entries(workshop.results)) {
    if (!activityId.startsWith(prefix) || result.kind !== kind) continue;
    const tally = parseResult(kind, result.tally);
    // Several runs of one kind (unlikely): the latest closed one wins.
    if (tally === null || result.closedAt < closedAt) continue;
    found = { activityId, participants: result.participants, tally, practice: practiceShare(result) };
    closedAt = result.closedAt;
  }
  return found;
}

/**
 * Every closed result of an exercise's activities of one kind, oldest first: a session that grew
 * (a second vote on initiatives made during it) has several, each about its own items.
 */
export function findResults<K extends ActivityKindId>(
  workshop: Workshop,
  exerciseId: string,
  kind: K,
): FoundResult<K>[] {
  const prefix = `${exerciseId}:`;
  const found: Array<FoundResult<K> & { closedAt: number }> = [];
  for (const [activityId, result] of Object.entries(workshop.results)) {
    if (!activityId.startsWith(prefix) || result.kind !== kind) continue;
    const tally = parseResult(kind, result.tally);
    if (tally === null) continue;
    found.push({
      activityId,
      participants: result.participants,
      tally,
      practice: practiceShare(result),
      closedAt: result.closedAt,
    });
  }
  return found.sort((a, b) => a.closedAt - b.closedAt).map(({ closedAt: _closedAt, ...rest }) => rest);
}

/**
 * Most people of the room any closed activity had (simulated practice participants left out);
 * null when nothing was run live.
 */
export function participantCount(workshop: Workshop): number | null {
  let most: number | null = null;
  for (const result of Object.values(workshop.results)) {
    if (!Number.isFinite(result.participants)) continue;
    most = Math.max(most ?? 0, result.participants - practiceAnswers(result));
  }
  return most;
}
