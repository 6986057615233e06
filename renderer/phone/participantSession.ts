import type { ErrorMessage } from '../../shared/protocol';
import { AnswerQueue, type PendingAnswer, type QueueStorage } from '../ui/hub/answerQueue';
import { HubClient, sameOriginHubUrl, type ConnectionState } from '../ui/hub/client';
import {
  answered,
  initialParticipantState,
  participantReducer,
  type ParticipantState,
} from './participantState';

export interface ParticipantView {
  state: ParticipantState;
  connection: ConnectionState;
  pending: readonly PendingAnswer[];
  fatal: ErrorMessage | null;
}

interface Identity {
  participantId: string;
  secret: string;
}

function storage(): QueueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readIdentity(store: QueueStorage | null, key: string): Identity | null {
  try {
    const parsed = JSON.parse(store?.getItem(key) ?? 'null') as Partial<Identity> | null;
    return parsed && typeof parsed.participantId === 'string' && typeof parsed.secret === 'string'
      ? { participantId: parsed.participantId, secret: parsed.secret }
      : null;
  } catch {
    return null;
  }
}

/**
 * One phone's part in a live session: its hub connection, its identity (kept in localStorage so
 * a reload or a Wi-Fi drop resumes the same participant) and its queue of unacked answers.
 * A tiny external store for useSyncExternalStore.
 */
export class ParticipantSession {
  private view: ParticipantView;
  private readonly listeners = new Set<() => void>();
  private readonly client: HubClient;
  private readonly queue: AnswerQueue;
  private readonly store = storage();
  private readonly identityKey: string;

  constructor(code: string) {
    this.identityKey = `outside-in:participant:${code}`;
    this.queue = new AnswerQueue(this.store, `outside-in:queue:${code}`);
    this.client = new HubClient({
      url: sameOriginHubUrl(window.location),
      hello: () => {
        const identity = readIdentity(this.store, this.identityKey);
        return { role: 'participant', code, ...(identity ?? {}) };
      },
      queue: this.queue,
      onMessage: (message, settled) => {
        if (message.type === 'welcome' && message.you.participantId && message.you.secret) {
          this.saveIdentity({ participantId: message.you.participantId, secret: message.you.secret });
        }
        this.set({ state: participantReducer(this.view.state, message, settled, Date.now()) });
      },
      onConnection: (connection) => this.set({ connection }),
      onQueueChange: () => this.set({ pending: [...this.queue.list()] }),
      onFatal: (fatal) => this.set({ fatal }),
    });
    this.view = {
      state: initialParticipantState,
      connection: this.client.state,
      pending: [...this.queue.list()],
      fatal: null,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ParticipantView => this.view;

  start(): void {
    this.client.start();
  }

  stop(): void {
    this.client.stop();
  }

  answer(itemId: string, value: unknown): void {
    const activityId = this.view.state.session?.current.id;
    if (!activityId) return;
    this.set({ state: answered(this.view.state, itemId) });
    this.client.answer(activityId, itemId, value);
  }

  dismissNotice(): void {
    this.set({ state: { ...this.view.state, notice: null } });
  }

  reconnectNow(): void {
    this.client.reconnectNow();
  }

  private saveIdentity(identity: Identity): void {
    try {
      this.store?.setItem(this.identityKey, JSON.stringify(identity));
    } catch {
      // Without storage the phone still works; a reload just joins as a new participant.
    }
  }

  private set(patch: Partial<ParticipantView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
