// A simulated phone for the hub benchmark: joins, answers, keeps what is not acknowledged and sends
// it again after a reconnect (as the real phone's answer queue does), counts what it receives.
import { WebSocket } from 'ws';
import { PROTOCOL_VERSION } from '../../../shared/protocol';
import type { Shared } from './workloads';

export interface RunStats {
  bytesToParticipants: number;
  largestFrameToParticipant: number;
  ackTimes: number[];
  ackLog: { sentAt: number; ackedAt: number }[];
  /** Items acknowledged as stored (recorded, replaced, or duplicate of a stored one), each counted once. */
  acked: number;
  rejected: number;
  rejections: Map<string, number>;
  shared: Shared;
}

export const newRunStats = (): RunStats => ({
  bytesToParticipants: 0,
  largestFrameToParticipant: 0,
  ackTimes: [],
  ackLog: [],
  acked: 0,
  rejected: 0,
  rejections: new Map(),
  shared: { statements: [] },
});

interface Unacked {
  frame: string;
  itemId: string;
  sentAt: number;
  statementId?: string;
}

/** Frames past this size are tallies or pages: counted, never parsed (the bench must not be the bottleneck). */
const PARSE_BELOW = 4096;

export class BenchPhone {
  private ws: WebSocket | null = null;
  private welcomed = false;
  private participantId: string | undefined;
  private secret: string | undefined;
  private readonly unacked = new Map<string, Unacked>();
  private nextAnswer = 0;
  private readonly ackedItems = new Set<string>();

  constructor(
    readonly index: number,
    private readonly stats: RunStats,
  ) {}

  get pending(): number {
    return this.unacked.size;
  }

  get connected(): boolean {
    return this.welcomed;
  }

  /** Connects and says hello (resuming its identity if it has one); resolves once welcomed. */
  connect(url: string, origin: string, code: string | null): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { origin, perMessageDeflate: false });
      this.ws = ws;
      this.welcomed = false;
      ws.on('message', (data: Buffer) => {
        this.stats.bytesToParticipants += data.length;
        if (data.length > this.stats.largestFrameToParticipant)
          this.stats.largestFrameToParticipant = data.length;
        if (data.length >= PARSE_BELOW) return;
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        if (message.type === 'welcome') {
          const you = message.you as { participantId?: string; secret?: string } | undefined;
          this.participantId = you?.participantId ?? this.participantId;
          this.secret = you?.secret ?? this.secret;
          this.welcomed = true;
          resolve();
          for (const [, u] of this.unacked) ws.send(u.frame);
        } else this.received(message);
      });
      ws.once('open', () =>
        ws.send(
          JSON.stringify({
            type: 'hello',
            protocol: PROTOCOL_VERSION,
            role: 'participant',
            ...(code ? { code } : {}),
            ...(this.participantId ? { participantId: this.participantId, secret: this.secret } : {}),
          }),
        ),
      );
      ws.on('error', reject);
      ws.once('close', () => {
        if (this.ws === ws) this.welcomed = false;
        reject(new Error('closed before welcome'));
      });
    });
  }

  answer(activityId: string, itemId: string, value: unknown, statementId?: string): void {
    const clientAnswerId = `b${this.index}-${this.nextAnswer++}`;
    const frame = JSON.stringify({ type: 'answer', activityId, itemId, clientAnswerId, value });
    this.unacked.set(clientAnswerId, { frame, itemId, sentAt: performance.now(), statementId });
    if (this.welcomed) this.ws!.send(frame);
  }

  private received(message: Record<string, unknown>): void {
    if (message.type === 'error' && message.code === 'rate-limited') {
      const id = message.clientAnswerId as string | undefined;
      const wait = Number(message.retryAfterMs ?? 100);
      if (id)
        setTimeout(() => {
          const u = this.unacked.get(id);
          if (u && this.welcomed) this.ws!.send(u.frame);
        }, wait);
      return;
    }
    if (message.type !== 'ack') return;
    const id = message.clientAnswerId as string;
    const u = this.unacked.get(id);
    if (!u) return;
    this.unacked.delete(id);
    if (message.status === 'rejected') {
      this.stats.rejected += 1;
      const reason = String(message.reason);
      this.stats.rejections.set(reason, (this.stats.rejections.get(reason) ?? 0) + 1);
      return;
    }
    // A second answer to the same item replaces the first: the hub stores one.
    if (!this.ackedItems.has(u.itemId)) this.stats.acked += 1;
    this.ackedItems.add(u.itemId);
    const now = performance.now();
    this.stats.ackTimes.push(now - u.sentAt);
    this.stats.ackLog.push({ sentAt: u.sentAt, ackedAt: now });
    if (u.statementId) this.stats.shared.statements.push({ id: u.statementId, phone: this.index });
  }

  close(): void {
    this.ws?.terminate();
  }
}

/** A facilitator or screen connection that hands every parsed message to `onMessage`. */
/** What the console and the projector received (bytes, largest frame). */
export interface ScreenStats {
  bytes: number;
  largestFrame: number;
}

/**
 * A console or projector connection. Large frames (tallies) are not parsed whole, so the bench does
 * not spend its CPU decoding them: only their type and `answered` are read.
 */
export function watcher(
  url: string,
  origin: string,
  hello: Record<string, unknown>,
  onMessage: (m: Record<string, unknown>) => void,
  screenStats?: ScreenStats,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin, perMessageDeflate: false });
    ws.on('message', (data: Buffer) => {
      if (screenStats) {
        screenStats.bytes += data.length;
        screenStats.largestFrame = Math.max(screenStats.largestFrame, data.length);
      }
      const text = String(data);
      if (text.length < PARSE_BELOW) return onMessage(JSON.parse(text) as Record<string, unknown>);
      const type = /"type":"([a-z-]+)"/.exec(text.slice(0, 200))?.[1];
      const at = text.lastIndexOf('"answered":');
      const answered = at < 0 ? undefined : parseInt(text.slice(at + 11, at + 30), 10);
      onMessage({ type, answered });
    });
    ws.once('open', () => {
      ws.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, ...hello }));
      resolve(ws);
    });
    ws.on('error', reject);
  });
}
