import type { JournalRecord } from './journal';
import type { SessionModel } from './session';
import type { SessionActivity } from './sessionActivities';

/** Whether this participant's answer to a closed activity still counts (offline at the close, in time). */
export function countsLate(
  session: SessionModel,
  activity: SessionActivity,
  participantId: string,
  now: number,
): boolean {
  const late = activity.late;
  return (
    session.acceptLate &&
    activity.phase === 'closed' &&
    late !== null &&
    now <= late.until &&
    late.participants.has(participantId)
  );
}

/** The record that closes the current activity, with the phones offline then (when late answers count). */
export function closeRecord(
  session: SessionModel,
  connected: ReadonlyMap<string, number>,
  at: number,
): JournalRecord {
  const offline = session.acceptLate ? offlineParticipants(session, connected) : [];
  const activityId = session.current.spec.id;
  return { t: 'phase', at, activityId, phase: 'closed', ...(offline.length ? { offline } : {}) };
}

/** Joined participants of the room (not practice, not removed) not connected right now. */
export function offlineParticipants(session: SessionModel, connected: ReadonlyMap<string, number>): string[] {
  const away: string[] = [];
  for (const id of session.participants.keys()) if (isOffline(session, connected, id)) away.push(id);
  return away;
}

/** How many of them: on every broadcast tick, so nothing is collected. */
export function offlineCount(session: SessionModel, connected: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const id of session.participants.keys()) if (isOffline(session, connected, id)) count++;
  return count;
}

function isOffline(session: SessionModel, connected: ReadonlyMap<string, number>, id: string): boolean {
  return !connected.has(id) && !session.practice.has(id) && !session.removed.has(id);
}
