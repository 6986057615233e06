import type { ErrorMessage } from '../../shared/protocol';
import { AnswerQueue, type PendingAnswer, type QueueStorage } from '../ui/hub/answerQueue';
import { HubClient, sameOriginHubUrl, type ClientEnvironment, type ConnectionState } from '../ui/hub/client';
import { followUrl, takeCarried, type Identity } from './followRoom';
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
  /** Reconnecting for LOST_ROOM_MS with the phone's own network up: the laptop's address may have changed. */
  lostRoom: boolean;
}

/** How long without the hub before the phone says the room's computer is lost. */
export const LOST_ROOM_MS = 20_000;

export interface ParticipantSessionOptions {
  /** Tests: fake sockets and browser events. */
  env?: ClientEnvironment;
  /** Leaves this page for the room's new address (tests watch instead). */
  navigate?: (url: string) => void;
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
  /** Also kept here: without storage (private mode) a carried identity still resumes. */
  private identity: Identity | null = null;
  private lostTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly navigate: (url: string) => void;

  constructor(
    private readonly code: string,
    options: ParticipantSessionOptions = {},
  ) {
    this.identityKey = `outside-in:participant:${code}`;
    this.navigate = options.navigate ?? ((url) => window.location.replace(url));
    // Arrived from the room's old address: this is the same participant, with its unsent answers.
    const carried = takeCarried(window.location, window.history);
    if (carried) this.saveIdentity(carried.identity);
    this.queue = new AnswerQueue(this.store, `outside-in:queue:${code}`);
    for (const answer of carried?.answers ?? []) this.queue.add(answer);
    this.client = new HubClient({
      url: sameOriginHubUrl(window.location),
      hello: () => {
        const identity = readIdentity(this.store, this.identityKey) ?? this.identity;
        // Coming back to the page of statements it showed, not the first.
        const shown = this.view?.state.sharedPage;
        const page = shown?.page ? { page: { activityId: shown.activityId, page: shown.page } } : {};
        return { role: 'participant', code, ...(identity ?? {}), ...page };
      },
      queue: this.queue,
      onMessage: (message, settled) => {
        if (message.type === 'moved') {
          this.follow(message.joinUrl);
          return;
        }
        if (message.type === 'welcome' && message.you.participantId && message.you.secret) {
          this.saveIdentity({ participantId: message.you.participantId, secret: message.you.secret });
        }
        this.set({ state: participantReducer(this.view.state, message, settled, Date.now()) });
      },
      onConnection: (connection) => {
        this.watchConnection(connection);
        this.set({ connection });
      },
      onQueueChange: () => this.set({ pending: [...this.queue.list()] }),
      onFatal: (fatal) => this.set({ fatal }),
      ...(options.env ? { env: options.env } : {}),
    });
    this.view = {
      state: initialParticipantState,
      connection: this.client.state,
      pending: [...this.queue.list()],
      fatal: null,
      lostRoom: false,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ParticipantView => this.view;

  start(): void {
    this.client.start();
    this.watchConnection(this.client.state);
  }

  stop(): void {
    this.client.stop();
    this.clearLostTimer();
  }

  answer(itemId: string, value: unknown): void {
    const activityId = this.view.state.session?.current.id;
    if (!activityId) return;
    this.set({ state: answered(this.view.state, itemId) });
    this.client.answer(activityId, itemId, value);
  }

  /** Shows another page of the others' statements (the hub keeps it up to date from then on). */
  page(page: number): void {
    const activityId = this.view.state.session?.current.id;
    if (activityId) this.client.send({ type: 'page', activityId, page });
  }

  dismissNotice(): void {
    this.set({ state: { ...this.view.state, notice: null } });
  }

  reconnectNow(): void {
    this.client.reconnectNow();
  }

  /** The room moved to another address: go there as the same participant, unsent answers and all. */
  private follow(joinUrl: string): void {
    const identity = readIdentity(this.store, this.identityKey) ?? this.identity;
    const url = followUrl(joinUrl, this.code, window.location.origin, identity, this.queue.list());
    if (!url) return;
    this.stop();
    this.navigate(url);
  }

  /** Counts time spent reconnecting with the phone's own network up (offline is the phone's problem). */
  private watchConnection(connection: ConnectionState): void {
    if (connection !== 'reconnecting') {
      this.clearLostTimer();
      if (this.view.lostRoom) this.set({ lostRoom: false });
      return;
    }
    if (this.lostTimer || this.view.lostRoom) return;
    this.lostTimer = setTimeout(() => {
      this.lostTimer = null;
      this.set({ lostRoom: true });
    }, LOST_ROOM_MS);
  }

  private clearLostTimer(): void {
    if (this.lostTimer) clearTimeout(this.lostTimer);
    this.lostTimer = null;
  }

  private saveIdentity(identity: Identity): void {
    this.identity = identity;
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
