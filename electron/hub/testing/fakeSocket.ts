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
  closedWith: number | null = null;
  send(data: string) {
    const parsed = parseHubMessage(data);
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
