import { WebSocket } from 'ws';
import {
  PROTOCOL_VERSION,
  parseHubMessage,
  type ClientMessage,
  type HubMessage,
} from '../../../shared/protocol';

type Of<T extends HubMessage['type']> = Extract<HubMessage, { type: T }>;

/** A protocol client for tests and the benchmark: sends messages, waits for the hub's replies. */
export class TestClient {
  readonly received: HubMessage[] = [];
  private cursor = 0;
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;
  /** Called with every message as it arrives (benchmarks time things here). */
  onMessage: ((message: HubMessage) => void) | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const parsed = parseHubMessage(String(data));
      if (!parsed.ok)
        throw new Error(
          `The hub sent a message outside the protocol: ${parsed.error.message}\n${String(data)}`,
        );
      this.received.push(parsed.message);
      this.onMessage?.(parsed.message);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake();
    });
    ws.on('error', () => undefined);
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** `headers`: e.g. the Host a phone on another address would send (the socket still goes to `url`). */
  static connect(
    url: string,
    origin: string | null = new URL(url).origin.replace(/^ws/, 'http'),
    headers?: Record<string, string>,
  ): Promise<TestClient> {
    const ws = new WebSocket(url, {
      ...(origin ? { origin } : {}),
      ...(headers ? { headers } : {}),
      perMessageDeflate: false,
    });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new TestClient(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(message: ClientMessage | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  hello(fields: Omit<Extract<ClientMessage, { type: 'hello' }>, 'type' | 'protocol'>): void {
    this.send({ type: 'hello', protocol: PROTOCOL_VERSION, ...fields });
  }

  /** The next message (after those already taken) matching `type` and `where`; earlier others are skipped. */
  async next<T extends HubMessage['type']>(
    type: T,
    where: (m: Of<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.cursor < this.received.length) {
        const message = this.received[this.cursor++]!;
        if (message.type === type && where(message as Of<T>)) return message as Of<T>;
      }
      if (this.closed)
        throw new Error(
          `Connection closed (${this.closed.code} ${this.closed.reason}) while waiting for ${type}`,
        );
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `No ${type} within ${timeoutMs} ms; got ${this.received.map((m) => m.type).join(', ')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    return new Promise((resolve, reject) => {
      if (this.closed) return resolve(this.closed);
      const timer = setTimeout(() => reject(new Error('The connection did not close')), timeoutMs);
      this.ws.once('close', (code, reason) => {
        clearTimeout(timer);
        resolve({ code, reason: String(reason) });
      });
    });
  }

  all<T extends HubMessage['type']>(type: T): Of<T>[] {
    return this.received.filter((m): m is Of<T> => m.type === type);
  }

  close(): void {
    this.ws.close();
  }
}
