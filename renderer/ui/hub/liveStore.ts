import type { ClientMessage, ClosedResults, ErrorMessage, Hello } from '../../../shared/protocol';
import { HubClient, type ConnectionState } from './client';
import { initialLiveState, liveReducer, type LiveState } from './liveState';

export interface LiveView {
  state: LiveState;
  connection: ConnectionState;
  fatal: ErrorMessage | null;
  /** A welcome arrived at least once: `state` reflects the hub, not just the initial blank. */
  synced: boolean;
}

/** A hub connection for the projector or the console, as an external store for useSyncExternalStore. */
export class LiveStore {
  private view: LiveView;
  private readonly listeners = new Set<() => void>();
  private readonly client: HubClient;
  private closedResultHandler: ((message: ClosedResults, state: LiveState) => void) | null = null;

  constructor(options: { url: string; hello: Omit<Hello, 'type' | 'protocol'> }) {
    this.client = new HubClient({
      url: options.url,
      hello: () => options.hello,
      onMessage: (message) => {
        if (message.type === 'closed-results') this.closedResultHandler?.(message, this.view.state);
        this.set({
          state: liveReducer(this.view.state, message, Date.now()),
          synced: this.view.synced || message.type === 'welcome',
        });
      },
      onConnection: (connection) => this.set({ connection }),
      onFatal: (fatal) => this.set({ fatal }),
    });
    this.view = { state: initialLiveState, connection: this.client.state, fatal: null, synced: false };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LiveView => this.view;

  /**
   * Facilitator: called when an activity closed (and, after a reconnect, for every closed one),
   * so its result is stored in the workshop. `state` says which session it belongs to.
   */
  onClosedResult(handler: (message: ClosedResults, state: LiveState) => void): () => void {
    this.closedResultHandler = handler;
    return () => {
      if (this.closedResultHandler === handler) this.closedResultHandler = null;
    };
  }

  start(): void {
    this.client.start();
  }

  stop(): void {
    this.client.stop();
  }

  /** False when not connected: the caller tells the facilitator. */
  send(message: ClientMessage): boolean {
    return this.client.send(message);
  }

  clearError(): void {
    this.set({ state: { ...this.view.state, error: null } });
  }

  private set(patch: Partial<LiveView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
