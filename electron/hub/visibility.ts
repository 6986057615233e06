import {
  type ClosedResults,
  type NetworkInfo,
  type ParticipantCounts,
  type Role,
  type StateBody,
  type Tally,
} from '../../shared/protocol';
import { closedAnswers, withAnswers } from './closedAnswers';
import type { SessionActivity, SessionModel } from './session';
import { offlineCount } from './lateAnswers';

export type TallyBody = Omit<Tally, 'seq'>;
export type ClosedResult = ClosedResults['result'];

/** What the hub says about where phones join (the console also gets the network choices). */
export interface Whereabouts {
  joinBase: () => string;
  network: () => NetworkInfo;
}

/** Joined and connected participants, with the practice ones among the connected. */
export function participantCounts(
  session: SessionModel | null,
  connected: ReadonlyMap<string, number>,
): ParticipantCounts {
  const offline = session ? offlineCount(session, connected) : 0;
  const counts = {
    joined: session?.joinedCount ?? 0,
    connected: connected.size,
    ...(offline ? { offline } : {}),
  };
  const practiceIds = session?.practice;
  if (!practiceIds?.size) return counts;
  let practice = 0;
  for (const id of connected.keys()) if (practiceIds.has(id)) practice++;
  return practice ? { ...counts, practice } : counts;
}

export function stateBody(
  session: SessionModel | null,
  role: Role,
  counts: ParticipantCounts,
  where: Whereabouts,
): StateBody {
  const body: StateBody = { session: null, now: Date.now() };
  if (session) {
    body.session = {
      id: session.id,
      status: session.ended ? 'ended' : 'live',
      code: session.code,
      joinUrl: `${where.joinBase()}/j/${session.code}`,
      workshopId: session.workshopId,
      workshopName: session.workshopName,
      ...(session.language ? { language: session.language } : {}),
      activities: session.summaries(),
      index: session.index,
      current: session.current.spec,
      phase: session.current.phase,
      revealed: session.revealed,
      ...(session.acceptLate ? {} : { acceptLate: false }),
      ...(role !== 'participant' && (session.display.page > 0 || session.display.cloud)
        ? { display: session.display }
        : {}),
      timer: session.timer,
      participants: counts,
      // Phones never show it: only the console and the projector carry it.
      ...(role === 'participant' ? {} : { outcome: session.outcome }),
    };
  }
  if (role === 'facilitator') body.network = where.network();
  return body;
}

export function tallyMessage(
  session: SessionModel,
  activity: SessionActivity,
  counts: ParticipantCounts,
): TallyBody {
  const tally = session.tally(activity);
  return {
    type: 'tally',
    activityId: activity.spec.id,
    kind: tally.kind,
    result: tally.result,
    answered: tally.answered,
    ...(tally.practice ? { practice: tally.practice } : {}),
    participants: counts.connected,
    joined: counts.joined,
  };
}

/** The projector shows "N of M answered" all along, the result itself only once revealed. */
export function screenTally(session: SessionModel, tally: TallyBody): TallyBody {
  return session.revealed ? tally : { ...tally, result: null };
}

export function closedResult(session: SessionModel, activity: SessionActivity): ClosedResult {
  const tally = session.tally(activity);
  return {
    activityId: activity.spec.id,
    kind: activity.spec.kind,
    closedAt: activity.closedAt ?? Date.now(),
    participants: session.joinedCount,
    answered: tally.answered,
    ...(tally.practice ? { practice: tally.practice } : {}),
    tally: tally.result,
    ...withAnswers(closedAnswers(session, activity)),
    ...(activity.added ? { asked: activity.spec } : {}),
  };
}

/** Which state a role gets on a change: every change for console and projector, phones only a full one. */
export function stateFor(role: Role | null, full: boolean): Role | null {
  if (role === 'facilitator' || role === 'screen') return role;
  return full && role === 'participant' ? role : null;
}

/**
 * Which tally a role gets as answers come in: the console every activity's, the projector only
 * the current one's (its result hidden until revealed). Phones get public tallies on their own tick.
 */
export function liveTallyFor(
  role: Role | null,
  session: SessionModel,
  activity: SessionActivity,
): 'full' | 'screen' | null {
  if (role === 'facilitator') return 'full';
  if (role === 'screen' && activity === session.current) return session.revealed ? 'full' : 'screen';
  return null;
}

/** Phones see other people's answers only for kinds whose tally is public (open text), and only the current one. */
export function phonesSeeTally(session: SessionModel, activity: SessionActivity): boolean {
  return activity === session.current && activity.kind.publicTally === true;
}
