import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { parseHubMessage, type HubMessage } from '../../../shared/protocol';

/** A socket as `ws` hands the hub one, driven by the test: nothing goes over a network. */
export class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readonly CLOSED = 3;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: HubMessage[] = [];
  /** Every frame as handed to `send`, fragments apart. */
  readonly frames: (string | Buffer)[] = [];
  private partial = '';
  closedWith: number | null = null;
  send(data: string | Buffer, options?: { fin?: boolean }) {
    this.frames.push(data);
    this.partial += String(data);
    if (options?.fin === false) return;
    const parsed = parseHubMessage(this.partial);
    this.partial = '';
    if (parsed.ok) this.sent.push(parsed.message);
  }
  close(code: number) {
    this.closedWith = code;
    this.readyState = 3;
    this.emit('close');
  }
  terminate() {
    this.close(1006);
  }
  ping() {}
  /** What the hub's `connect` takes. */
  get ws(): WebSocket {
    return this as unknown as WebSocket;
  }
  /** The peer sends a text frame. */
  say(message: object) {
    this.emit('message', JSON.stringify(message), false);
  }
}
