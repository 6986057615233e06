import { newId } from '../../../shared/ids';
import {
  PHONE_PACE,
  PROTOCOL_VERSION,
  parseHubMessage,
  type ClientMessage,
  type ErrorMessage,
  type Hello,
  type HubMessage,
} from '../../../shared/protocol';
import type { AnswerQueue, PendingAnswer } from './answerQueue';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { Pacer } from './pacer';
import { checkSeq } from './seq';

export type ConnectionState = 'connected' | 'reconnecting' | 'offline';

/** The browser bits the client listens to; injectable so the client runs under vitest. */
export interface ClientEnvironment {
  isOnline(): boolean;
  /** Subscribes to online, offline, visibilitychange and pageshow; returns the unsubscribe. */
  listen(onChange: (event: 'online' | 'offline' | 'visible') => void): () => void;
  createSocket(url: string): WebSocket;
  now(): number;
}

export interface HubClientOptions {
  /** ws(s)://host:port/ws */
  url: string;
  /** Who we are, asked at every (re)connect so a stored identity is picked up. */
  hello: () => Omit<Hello, 'type' | 'protocol'>;
  /**
   * Every valid message, in order, after `seq` checks (old duplicates are dropped).
   * For an `ack`, `settled` is the queued answer it settles (with its value).
   */
  onMessage: (message: HubMessage, settled?: PendingAnswer) => void;
  onConnection?: (state: ConnectionState) => void;
  /** A fatal error (wrong token, unknown code…): the client stops reconnecting. */
  onFatal?: (error: ErrorMessage) => void;
  /** Participants: answers not yet acked, persisted across reloads. */
  queue?: AnswerQueue;
  /** Called when the pending answers change (added, acked, rejected). */
  onQueueChange?: () => void;
  env?: ClientEnvironment;
  backoff?: BackoffOptions;
  /** No message for this long on an open socket: it is dead (Wi-Fi gone without a close). */
  silenceMs?: number;
  /** How fast queued answers go out (below the hub's limit). */
  pace?: { perSecond: number; burst: number };
}

/** Fatal errors: reconnecting would get the same answer. */
const FATAL = new Set([
  'unauthorized',
  'unknown-code',
  'session-ended',
  'protocol-version',
  'device-limit',
  'removed',
]);

/** Fatal and still worth a word: the hub made a device that guessed codes wait (trying again adds to it). */
const isFatal = (m: ErrorMessage) =>
  FATAL.has(m.code) || (m.fatal === true && m.code === 'rate-limited' && m.retryAfterMs !== undefined);

const PING_EVERY_MS = 10_000;
const PROBE_MS = 4_000;
const CONNECT_TIMEOUT_MS = 8_000;

/**
 * One WebSocket connection to the hub that keeps itself alive: sends hello, validates every
 * inbound message with the protocol schemas, resyncs on a seq gap, reconnects with backoff on
 * close and at once when the page comes back online or into view, and resends unacked answers.
 */
export class HubClient {
  private socket: WebSocket | null = null;
  private welcomed = false;
  private lastSeq: number | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private stopListening: (() => void) | null = null;
  private stopped = true;
  private fatal: ErrorMessage | null = null;
  private connection: ConnectionState;
  private readonly env: ClientEnvironment;
  private readonly silenceMs: number;
  private readonly pacer: Pacer;

  constructor(private readonly options: HubClientOptions) {
    this.env = options.env ?? browserEnvironment();
    this.silenceMs = options.silenceMs ?? 25_000;
    this.pacer = new Pacer(
      options.pace ?? PHONE_PACE,
      () => this.env.now(),
      (id) => this.sendQueued(id),
    );
    this.connection = this.env.isOnline() ? 'reconnecting' : 'offline';
  }

  get state(): ConnectionState {
    return this.connection;
  }

  /** The error that stopped the client, if any. */
  get fatalError(): ErrorMessage | null {
    return this.fatal;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.stopListening = this.env.listen((event) => this.onEnvironment(event));
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.stopListening?.();
    this.stopListening = null;
    this.clearTimers();
    this.dropSocket();
  }

  /** Sends now if connected; false if not (the caller decides whether that matters). */
  send(message: ClientMessage): boolean {
    if (!this.welcomed || !this.socket || this.socket.readyState !== 1) return false;
    try {
      this.socket.send(JSON.stringify(message));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Records an answer in the queue (kept until its ack) and sends it if connected.
   * Offline, it waits in the queue and goes out on reconnect with the same clientAnswerId.
   */
  answer(activityId: string, itemId: string, value: unknown): PendingAnswer {
    const pending: PendingAnswer = {
      clientAnswerId: newId(),
      activityId,
      itemId,
      value,
      madeAt: this.env.now(),
    };
    this.options.queue?.add(pending);
    this.options.onQueueChange?.();
    this.sendAnswer(pending);
    return pending;
  }

  /** Try now rather than waiting out the backoff (a "Retry" button). */
  reconnectNow(): void {
    if (this.stopped || this.fatal) return;
    this.attempt = 0;
    if (this.socket && this.socket.readyState <= 1) return;
    this.connect();
  }

  private sendAnswer(pending: PendingAnswer): void {
    if (this.options.queue) this.pacer.push(pending.clientAnswerId);
    else this.send(answerMessage(pending));
  }

  private sendQueued(clientAnswerId: string): 'sent' | 'skip' | 'offline' {
    const pending = this.options.queue?.list().find((a) => a.clientAnswerId === clientAnswerId);
    if (!pending) return 'skip';
    return this.send(answerMessage(pending)) ? 'sent' : 'offline';
  }

  private connect(): void {
    if (this.stopped || this.fatal) return;
    this.clearRetry();
    this.dropSocket();
    this.setConnection(this.env.isOnline() ? 'reconnecting' : 'offline');
    let socket: WebSocket;
    try {
      socket = this.env.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    this.welcomed = false;
    this.lastSeq = null;
    // A connect to an address that went away can hang for minutes: give up sooner.
    this.armDeadline(CONNECT_TIMEOUT_MS);
    socket.onopen = () => {
      if (socket !== this.socket) return;
      socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, ...this.options.hello() }));
      this.armDeadline(this.silenceMs);
    };
    socket.onmessage = (event: MessageEvent) => {
      if (socket !== this.socket || typeof event.data !== 'string') return;
      this.onFrame(event.data);
    };
    socket.onclose = () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.welcomed = false;
      this.pacer.clear();
      this.scheduleReconnect();
    };
    socket.onerror = () => {
      // A close event follows; reconnecting happens there.
    };
  }

  private onFrame(raw: string): void {
    const parsed = parseHubMessage(raw);
    // A frame that does not fit the protocol is dropped; the hub never sends one on purpose.
    if (!parsed.ok) return;
    const message = parsed.message;
    this.armDeadline(this.silenceMs);

    if (message.type === 'welcome') {
      this.lastSeq = message.seq;
      this.welcomed = true;
      this.attempt = 0;
      this.setConnection('connected');
      this.startPings();
      this.options.onMessage(message);
      this.flushQueue();
      return;
    }
    const verdict = checkSeq(this.lastSeq, message.seq);
    if (verdict === 'old') return;
    this.lastSeq = message.seq;
    if (verdict === 'gap' && this.welcomed) this.send({ type: 'resync' });

    if (message.type === 'error' && isFatal(message)) {
      this.fatal = message;
      this.options.onFatal?.(message);
      this.stop();
      return;
    }
    if (message.type === 'error' && message.code === 'rate-limited' && message.retryAfterMs !== undefined) {
      // Too fast for this hub: slow down for good, wait as asked, and send the dropped answer again.
      this.pacer.slowDown(message.retryAfterMs);
      if (message.clientAnswerId) this.pacer.push(message.clientAnswerId);
    }
    if (message.type === 'ack') {
      const settled = this.options.queue?.settle(message.clientAnswerId);
      this.options.onMessage(message, settled);
      if (settled) this.options.onQueueChange?.();
      return;
    }
    this.options.onMessage(message);
  }

  private flushQueue(): void {
    for (const pending of this.options.queue?.list() ?? []) this.sendAnswer(pending);
  }

  private onEnvironment(event: 'online' | 'offline' | 'visible'): void {
    if (this.stopped || this.fatal) return;
    if (event === 'offline') {
      // The socket cannot be trusted now; answers go to the queue until we are back.
      this.dropSocket();
      this.setConnection('offline');
      this.scheduleReconnect();
      return;
    }
    this.attempt = 0;
    if (this.socket && this.socket.readyState === 1) {
      // Looks open, but after a sleep or a Wi-Fi change it may be dead: probe it.
      this.send({ type: 'ping' });
      this.armDeadline(PROBE_MS);
      return;
    }
    this.connect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.fatal) return;
    this.stopPings();
    this.setConnection(this.env.isOnline() ? 'reconnecting' : 'offline');
    this.clearRetry();
    // Offline, the 'online' event brings us back; still try now and then in case it never fires.
    const delay = this.env.isOnline()
      ? backoffDelay(this.attempt, this.options.backoff ?? DEFAULT_BACKOFF)
      : 10_000;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private armDeadline(ms: number): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = setTimeout(() => {
      this.deadline = null;
      if (this.stopped) return;
      this.dropSocket();
      this.scheduleReconnect();
    }, ms);
  }

  private startPings(): void {
    this.stopPings();
    this.pingTimer = setInterval(() => this.send({ type: 'ping' }), PING_EVERY_MS);
  }

  private stopPings(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearTimers(): void {
    this.clearRetry();
    this.stopPings();
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }

  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.welcomed = false;
    this.pacer.clear();
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close();
    } catch {
      // Already closed.
    }
  }

  private setConnection(state: ConnectionState): void {
    if (state === this.connection) return;
    this.connection = state;
    this.options.onConnection?.(state);
  }
}

export function browserEnvironment(): ClientEnvironment {
  return {
    isOnline: () => navigator.onLine !== false,
    listen(onChange) {
      const online = () => onChange('online');
      const offline = () => onChange('offline');
      const visible = () => {
        if (document.visibilityState === 'visible') onChange('visible');
      };
      const pageshow = () => onChange('visible');
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      document.addEventListener('visibilitychange', visible);
      window.addEventListener('pageshow', pageshow);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
        document.removeEventListener('visibilitychange', visible);
        window.removeEventListener('pageshow', pageshow);
      };
    },
    createSocket: (url) => new WebSocket(url),
    now: () => Date.now(),
  };
}

/** ws://host/ws for a page served by the hub itself (phone, projector). */
export function sameOriginHubUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/** ws://host/ws from the hub's http(s) base URL (console). */
export function hubSocketUrl(httpBase: string): string {
  const url = new URL(httpBase);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/ws';
  url.search = '';
  url.hash = '';
  return url.toString();
}

function answerMessage(pending: PendingAnswer): ClientMessage {
  return {
    type: 'answer',
    activityId: pending.activityId,
    itemId: pending.itemId,
    clientAnswerId: pending.clientAnswerId,
    value: pending.value,
  };
}
