import type {
  ErrorMessage,
  HubMessage,
  LiveSession,
  NetworkInfo,
  Roster,
  Tally,
} from '../../../shared/protocol';

/** The live session as the projector and the console see it. */
export interface LiveState {
  session: LiveSession | null;
  /** Hub clock minus local clock, for countdowns. */
  clockOffset: number;
  /** Facilitator only: the interfaces the hub can serve phones on. */
  network: NetworkInfo | null;
  /** Latest tally per activity id (this session only). */
  tallies: Readonly<Record<string, Tally>>;
  /** Latest non-fatal error from the hub (e.g. a control that was refused). */
  error: ErrorMessage | null;
  /** Facilitator only: the participant list, as last asked for. */
  roster: Roster | null;
}

export const initialLiveState: LiveState = {
  session: null,
  clockOffset: 0,
  network: null,
  tallies: {},
  error: null,
  roster: null,
};

function withSession(
  state: LiveState,
  session: LiveSession | null,
  hubNow: number,
  network: NetworkInfo | undefined,
  localNow: number,
): LiveState {
  return {
    ...state,
    session,
    clockOffset: hubNow - localNow,
    network: network ?? state.network,
    // Tallies of another session (or none) are not ours to show.
    tallies: session && session.id === state.session?.id ? state.tallies : {},
    roster: session && session.id === state.session?.id ? state.roster : null,
  };
}

export function liveReducer(state: LiveState, message: HubMessage, localNow: number): LiveState {
  switch (message.type) {
    case 'welcome':
      return withSession(
        state,
        message.snapshot.session,
        message.snapshot.now,
        message.snapshot.network,
        localNow,
      );
    case 'state':
      return withSession(state, message.session, message.now, message.network, localNow);
    case 'tally':
      return { ...state, tallies: { ...state.tallies, [message.activityId]: message } };
    case 'error':
      return { ...state, error: message };
    case 'roster':
      return { ...state, roster: message };
    default:
      return state;
  }
}

/** "N of M answered" for the current activity: answered from its tally, M = participants connected now. */
export function answeredCount(state: LiveState): { answered: number; participants: number } | null {
  const session = state.session;
  if (!session) return null;
  const tally = state.tallies[session.current.id];
  return {
    answered: tally?.answered ?? 0,
    participants: tally ? Math.max(tally.participants, tally.answered) : session.participants.connected,
  };
}
