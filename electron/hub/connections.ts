import type { WebSocket } from 'ws';
import type { ErrorCode, ErrorMessage, HubMessageBody, Role } from '../../shared/protocol';
import type { HubLog } from './log';
import type { OriginKind } from './origin';

/** WebSocket close codes the hub uses (4000–4999 are ours to define). */
export const CLOSE = {
  protocolVersion: 4000,
  unauthorized: 4001,
  noSession: 4003,
  helloTimeout: 4004,
  sessionReplaced: 4005,
  tooSlow: 4006,
  removed: 4007,
  deviceLimit: 4008,
  codeGuessing: 4009,
  rateLimited: 1008,
  tooBig: 1009,
  serverError: 1011,
  goingAway: 1001,
} as const;

/**
 * A shared frame below this size is copied behind the connection's seq and sent in one write: with
 * thousands of phones each getting a page, a second write (a system call each) costs more than the copy.
 */
export const SPLICE_BELOW_BYTES = 16 * 1024;

/** Slow phones hold a buffer; past this they are dropped and catch up with a fresh snapshot on reconnect. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** One open WebSocket and what the hub knows of who is on the other end. */
export interface Client {
  id: number;
  ws: WebSocket;
  loopback: boolean;
  origin: OriginKind;
  /** The remote address ('' when unknown). */
  address: string;
  /** The per-device rules apply (phones; this computer only when a test asks). */
  limited: boolean;
  /** A resync is already scheduled: more requests before it goes out add nothing. */
  resyncDue: boolean;
  lastResyncAt: number;
  /** The listener it came in through (0: loopback), so a closing address can send its phones on. */
  listener: number;
  role: Role | null;
  /** A hello is being handled (a join waits for the journal). */
  greeting: boolean;
  participantId: string | null;
  sessionId: string | null;
  seq: number;
  alive: boolean;
  helloTimer: NodeJS.Timeout | null;
}

export interface ConnectInfo {
  loopback: boolean;
  origin: OriginKind;
  address?: string;
  /** Apply the per-device rules (default: not on loopback). */
  limited?: boolean;
  listener?: number;
}

/**
 * A message for many connections, encoded once: its JSON after the opening brace, as bytes every
 * connection sends after its own seq (a large one as they are, without a copy per connection).
 */
export class SharedFrame {
  readonly rest: Buffer;
  constructor(body: HubMessageBody) {
    this.rest = Buffer.from(JSON.stringify(body).slice(1));
  }
}

/** What an error adds to its code and words: numbers, or a refusal for the console to word. */
export type ErrorNumbers = Pick<ErrorMessage, 'retryAfterMs' | 'clientAnswerId' | 'limit' | 'refusal'>;

/** A close frame's reason is at most 123 bytes of UTF-8; the full message went in the error before it. */
export function closeReason(message: string): string {
  let reason = message;
  while (Buffer.byteLength(reason) > 123) reason = reason.slice(0, -1);
  return reason;
}

interface ConnectionEvents {
  log: HubLog;
  helloTimeoutMs: number;
  message(client: Client, data: unknown, isBinary: boolean): void;
  /** A connection closed (the connected participants are already counted without it). */
  gone(client: Client): void;
}

/**
 * Every open connection: sending with per-connection sequence numbers, the hello deadline,
 * the heartbeat, and which participants are connected right now.
 */
export class Connections {
  readonly clients = new Set<Client>();
  /** participantId → open connections. */
  readonly connected = new Map<string, number>();
  private nextId = 1;

  constructor(private readonly events: ConnectionEvents) {}

  add(ws: WebSocket, info: ConnectInfo): Client {
    const client: Client = {
      id: this.nextId++,
      ws,
      loopback: info.loopback,
      origin: info.origin,
      address: info.address ?? '',
      limited: info.limited ?? !info.loopback,
      resyncDue: false,
      lastResyncAt: 0,
      listener: info.listener ?? 0,
      role: null,
      greeting: false,
      participantId: null,
      sessionId: null,
      seq: 0,
      alive: true,
      helloTimer: null,
    };
    this.clients.add(client);
    client.helloTimer = setTimeout(() => {
      if (!client.role) this.fail(client, 'hello-first', 'No hello arrived in time.', CLOSE.helloTimeout);
    }, this.events.helloTimeoutMs);
    ws.on('pong', () => (client.alive = true));
    ws.on('message', (data, isBinary) => this.events.message(client, data, isBinary));
    ws.on('error', (error) => this.events.log.warn(`Connection ${client.id}: ${error.message}`));
    ws.on('close', () => this.remove(client));
    return client;
  }

  /** The hello was accepted: the connection now speaks for `role`. */
  admitted(client: Client, role: Role, sessionId: string | null, participantId?: string): void {
    if (client.helloTimer) clearTimeout(client.helloTimer);
    client.helloTimer = null;
    client.role = role;
    client.sessionId = sessionId;
    if (role === 'participant' && participantId) {
      client.participantId = participantId;
      this.connected.set(participantId, (this.connected.get(participantId) ?? 0) + 1);
    }
  }

  private remove(client: Client): void {
    if (!this.clients.delete(client)) return;
    if (client.helloTimer) clearTimeout(client.helloTimer);
    const pid = client.participantId;
    if (pid && client.role === 'participant') {
      const left = (this.connected.get(pid) ?? 1) - 1;
      if (left > 0) this.connected.set(pid, left);
      else this.connected.delete(pid);
    }
    this.events.gone(client);
  }

  /** Drops whoever did not answer the previous ping, pings the rest. */
  beat(): void {
    for (const client of this.clients) {
      if (!client.alive) {
        client.ws.terminate();
        continue;
      }
      client.alive = false;
      try {
        client.ws.ping();
      } catch {
        client.ws.terminate();
      }
    }
  }

  send(client: Client, body: HubMessageBody | string | SharedFrame): void {
    const ws = client.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      return;
    }
    client.seq += 1;
    if (body instanceof SharedFrame) {
      const seq = Buffer.from(`{"seq":${client.seq},`);
      if (body.rest.length < SPLICE_BELOW_BYTES) {
        ws.send(Buffer.concat([seq, body.rest]), { binary: false });
        return;
      }
      // One message in two frames: this connection's seq, then the bytes every connection shares.
      ws.send(seq, { binary: false, fin: false });
      ws.send(body.rest, { binary: false, fin: true });
      return;
    }
    const json = typeof body === 'string' ? body : JSON.stringify(body);
    ws.send(`{"seq":${client.seq},${json.slice(1)}`);
  }

  error(client: Client, code: ErrorCode, message: string, fatal = false, numbers?: ErrorNumbers): void {
    this.send(client, { type: 'error', code, message, ...(fatal ? { fatal } : {}), ...numbers });
  }

  fail(
    client: Client,
    code: ErrorCode,
    message: string,
    closeCode: number,
    numbers?: Omit<ErrorNumbers, 'clientAnswerId'>,
  ): void {
    this.error(client, code, message, true, numbers);
    client.ws.close(closeCode, closeReason(message));
  }

  /** Every connection that said hello as `role`. */
  *withRole(role: Role): Iterable<Client> {
    for (const c of this.clients) if (c.role === role) yield c;
  }

  /** A new session started: people from the previous one must join it with its code. */
  newSession(sessionId: string): void {
    for (const c of this.clients) {
      if (c.role === 'participant' || (c.role === 'screen' && !c.loopback)) {
        this.fail(
          c,
          'session-ended',
          'That session has ended; a new one started. Join it with the new code.',
          CLOSE.sessionReplaced,
        );
      } else if (c.role) {
        c.sessionId = sessionId;
      }
    }
  }

  closeAll(code: number, reason: string): void {
    for (const c of this.clients) c.ws.close(code, reason);
  }
}
