import type { ClientEnvironment } from '../client';

/** A message as the page sent it. */
export type Sent = { type: string; [key: string]: unknown };

/** A stand-in WebSocket the test drives by hand: nothing leaves the test. */
export class FakeSocket {
  readyState = 0;
  sent: Sent[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  /** A hub the test scripts: answers each message the page sends. */
  reply: ((message: Sent) => void) | null = null;
  /** The last seq this fake hub stamped. */
  seq = 0;
  constructor(readonly url = '') {}
  send(data: string) {
    const message = JSON.parse(data) as Sent;
    this.sent.push(message);
    this.reply?.(message);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  /** A hub message arrives; numbered in order unless it brings its own seq. */
  receive(message: object) {
    const numbered = 'seq' in message ? message : { ...message, seq: ++this.seq };
    this.onmessage?.({ data: JSON.stringify(numbered) });
  }
  serverClose() {
    this.readyState = 3;
    this.onclose?.();
  }
}

/**
 * A WebSocket class for a page under test (stub the global with it): every socket the page
 * opens is kept in `all` and opens by itself; `reply` scripts the hub's side.
 */
export function fakeWebSockets(reply?: (socket: FakeSocket, message: Sent) => void) {
  const all: FakeSocket[] = [];
  class PageSocket extends FakeSocket {
    constructor(url: string) {
      super(url);
      all.push(this);
      if (reply) this.reply = (message) => reply(this, message);
      queueMicrotask(() => this.open());
    }
  }
  return { all, WebSocket: PageSocket };
}

/** A hub client's surroundings for tests: fake sockets, and a network the test switches. */
export function fakeEnvironment(now: number) {
  const sockets: FakeSocket[] = [];
  let online = true;
  let emit: (e: 'online' | 'offline' | 'visible') => void = () => undefined;
  const env: ClientEnvironment = {
    isOnline: () => online,
    listen: (fn) => {
      emit = fn;
      return () => undefined;
    },
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    now: () => now,
  };
  return {
    env,
    sockets,
    latest: () => sockets[sockets.length - 1]!,
    /** The device's network as `navigator.onLine` would say, without an event. */
    setOnline: (value: boolean) => (online = value),
    goOffline: () => {
      online = false;
      emit('offline');
    },
    goOnline: () => {
      online = true;
      emit('online');
    },
  };
}
