import type { Ack, HubMessage, LiveSession, Page, Rejection } from '../../shared/protocol';
import type { MyAnswer } from '../activities/types';
import type { PendingAnswer } from '../ui/hub/answerQueue';
import type { ConnectionState } from '../ui/hub/client';
import { t } from '../i18n';
import { roomErrorText } from './roomErrorText';

/** What the phone knows of the live session and of its own answers. */
const REJECTIONS: Record<Rejection, (limit: number) => string> = {
  'session-over': () => t('rejection.session-over'),
  gone: () => t('rejection.gone'),
  'not-open': () => t('rejection.not-open'),
  closed: () => t('rejection.closed'),
  taken: () => t('rejection.taken'),
  disk: () => t('rejection.disk'),
  'unknown-item': () => t('rejection.unknown-item'),
  invalid: () => t('rejection.invalid'),
  'dot-budget': (limit) => t('rejection.dot-budget', { limit }),
  'own-upvote': () => t('rejection.own-upvote'),
  'statement-limit': (limit) => t('rejection.statement-limit', { limit }),
};

/** Why an answer was turned down, in the page's language; the English reason from an older hub. */
function rejectionText(ack: Ack): string {
  if (ack.rejection) return REJECTIONS[ack.rejection](ack.limit ?? 0);
  return ack.reason ?? t('rejection.unknown');
}

export interface ParticipantState {
  session: LiveSession | null;
  /** Hub clock minus this phone's clock, for the countdown. */
  clockOffset: number;
  /** Answers the hub has on disk for `activityId`, by item id. */
  recorded: { activityId: string; byItem: Record<string, { value: unknown; clientAnswerId: string }> } | null;
  /** Latest rejection per item of the current activity (cleared by a new answer to that item). */
  rejected: Record<string, string>;
  /** The page of others' statements the phone shows (open text), for the current activity. */
  sharedPage: Omit<Page, 'type' | 'seq'> | null;
  /** A non-fatal error to show for a moment (e.g. rate limit). */
  notice: string | null;
}

export const initialParticipantState: ParticipantState = {
  session: null,
  clockOffset: 0,
  recorded: null,
  rejected: {},
  sharedPage: null,
  notice: null,
};

function withSession(state: ParticipantState, session: LiveSession | null, hubNow: number, localNow: number) {
  const activityId = session?.current.id;
  const sameActivity = state.recorded?.activityId === activityId;
  return {
    ...state,
    session,
    clockOffset: hubNow - localNow,
    recorded: sameActivity ? state.recorded : null,
    rejected: sameActivity ? state.rejected : {},
    sharedPage: state.sharedPage?.activityId === activityId ? state.sharedPage : null,
  };
}

/** Folds one hub message into the phone's state. `settled` is the queued answer an ack settles. */
export function participantReducer(
  state: ParticipantState,
  message: HubMessage,
  settled: PendingAnswer | undefined,
  localNow: number,
): ParticipantState {
  switch (message.type) {
    case 'welcome':
      return withSession(state, message.snapshot.session, message.snapshot.now, localNow);
    case 'state':
      return withSession(state, message.session, message.now, localNow);
    case 'your-answers': {
      const byItem: Record<string, { value: unknown; clientAnswerId: string }> = {};
      for (const a of message.answers)
        byItem[a.itemId] = { value: a.value, clientAnswerId: a.clientAnswerId };
      return { ...state, recorded: { activityId: message.activityId, byItem } };
    }
    case 'ack': {
      if (message.activityId !== state.session?.current.id) {
        // An answer queued offline for an activity that has moved on: say so, never drop it silently.
        return message.status === 'rejected'
          ? {
              ...state,
              notice: t('rejection.earlier', { reason: rejectionText(message) }),
            }
          : state;
      }
      if (message.status === 'rejected') {
        return {
          ...state,
          rejected: {
            ...state.rejected,
            [message.itemId]: rejectionText(message),
          },
        };
      }
      // A duplicate ack without our copy of the value: your-answers will bring it.
      if (!settled) return state;
      const recorded =
        state.recorded?.activityId === message.activityId
          ? state.recorded
          : { activityId: message.activityId, byItem: {} };
      const rejected = { ...state.rejected };
      delete rejected[message.itemId];
      return {
        ...state,
        rejected,
        recorded: {
          activityId: message.activityId,
          byItem: {
            ...recorded.byItem,
            [message.itemId]: { value: settled.value, clientAnswerId: message.clientAnswerId },
          },
        },
      };
    }
    case 'page': {
      if (message.activityId !== state.session?.current.id) return state;
      const { type: _type, seq: _seq, ...page } = message;
      return { ...state, sharedPage: page };
    }
    case 'error':
      return { ...state, notice: roomErrorText(message) };
    default:
      return state;
  }
}

/** The hub has told this phone which answers it holds for the current activity (your-answers or an ack). */
export function answersKnown(state: ParticipantState): boolean {
  return !!state.session && state.recorded?.activityId === state.session.current.id;
}

/** A new answer clears the old rejection of that item. */
export function answered(state: ParticipantState, itemId: string): ParticipantState {
  if (!(itemId in state.rejected)) return state;
  const rejected = { ...state.rejected };
  delete rejected[itemId];
  return { ...state, rejected };
}

/**
 * This participant's answers to the current activity as the phone shows them: a pending one
 * (sending, or queued while offline) wins over the recorded one; "received" only from the hub.
 */
export function myAnswers(
  state: ParticipantState,
  pending: readonly PendingAnswer[],
  connection: ConnectionState,
): Record<string, MyAnswer<unknown>> {
  const activityId = state.session?.current.id;
  const out: Record<string, MyAnswer<unknown>> = {};
  if (!activityId) return out;
  if (state.recorded?.activityId === activityId) {
    for (const [itemId, r] of Object.entries(state.recorded.byItem)) {
      out[itemId] = { value: r.value, status: { state: 'received' } };
    }
  }
  for (const [itemId, reason] of Object.entries(state.rejected)) {
    const prior = out[itemId];
    out[itemId] = { value: prior?.value, status: { state: 'rejected', reason } };
  }
  for (const p of pending) {
    if (p.activityId !== activityId) continue;
    out[p.itemId] = { value: p.value, status: { state: connection === 'connected' ? 'sending' : 'queued' } };
  }
  return out;
}
