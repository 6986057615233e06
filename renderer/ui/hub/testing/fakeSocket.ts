import type { ClientEnvironment } from '../client';

/** A stand-in WebSocket the test drives by hand: nothing leaves the test. */
export class FakeSocket {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  serverClose() {
    this.readyState = 3;
    this.onclose?.();
  }
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
