import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HubMessage } from '../../../shared/protocol';
import { AnswerQueue } from './answerQueue';
import { HubClient, hubSocketUrl, sameOriginHubUrl, type ConnectionState } from './client';
import { fakeEnvironment } from './testing/fakeSocket';

function setup(options: { queue?: AnswerQueue } = {}) {
  const net = fakeEnvironment(1000);
  const received: HubMessage[] = [];
  const states: ConnectionState[] = [];
  const client = new HubClient({
    url: 'ws://hub/ws',
    hello: () => ({ role: 'participant', code: 'ABCDE' }),
    onMessage: (m) => received.push(m),
    onConnection: (s) => states.push(s),
    queue: options.queue,
    env: net.env,
    backoff: { baseMs: 100, maxMs: 1000, jitter: 0 },
  });
  return {
    client,
    sockets: net.sockets,
    received,
    states,
    latest: net.latest,
    goOffline: net.goOffline,
    goOnline: net.goOnline,
  };
}

const welcome = (seq = 1) => ({
  type: 'welcome',
  seq,
  protocol: 1,
  you: { role: 'participant', participantId: 'p1', secret: 's1' },
  snapshot: { session: null, now: 1 },
});
const pong = (seq: number) => ({ type: 'pong', seq, now: 1 });
const ack = (seq: number, clientAnswerId: string) => ({
  type: 'ack',
  seq,
  clientAnswerId,
  activityId: 'a1',
  itemId: 'q1',
  status: 'recorded',
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HubClient', () => {
  it('says hello on open and is connected only after the welcome', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    expect(t.latest().sent[0]).toMatchObject({
      type: 'hello',
      protocol: 1,
      role: 'participant',
      code: 'ABCDE',
    });
    expect(t.client.state).toBe('reconnecting');
    t.latest().receive(welcome());
    expect(t.client.state).toBe('connected');
  });

  it('asks for a resync when a sequence number is skipped, and drops repeats', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome(1));
    t.latest().receive(pong(2));
    t.latest().receive(pong(2));
    expect(t.received.map((m) => m.seq)).toEqual([1, 2]);
    expect(t.latest().sent.some((m) => m.type === 'resync')).toBe(false);
    t.latest().receive(pong(5));
    expect(t.latest().sent.filter((m) => m.type === 'resync')).toHaveLength(1);
  });

  it('drops frames that do not fit the protocol', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome(1));
    t.latest().onmessage?.({ data: '{"type":"state","seq":2}' });
    t.latest().onmessage?.({ data: 'not json' });
    expect(t.received).toHaveLength(1);
  });

  it('drops a message type it does not know (from a newer hub) and carries on', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome(1));
    t.latest().receive({ type: 'from-the-future', seq: 2, anything: true });
    expect(t.received.map((m) => m.type)).toEqual(['welcome']);
    expect(t.client.state).toBe('connected');
    // Its seq went unseen: the next message shows a gap, and the client asks for a fresh snapshot.
    t.latest().receive(pong(3));
    expect(t.received.map((m) => m.type)).toEqual(['welcome', 'pong']);
    expect(t.latest().sent.filter((m) => m.type === 'resync')).toHaveLength(1);
  });

  it('reconnects with backoff after the socket closes', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome());
    t.latest().serverClose();
    expect(t.client.state).toBe('reconnecting');
    expect(t.sockets).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(t.sockets).toHaveLength(2);
    t.latest().serverClose();
    vi.advanceTimersByTime(150);
    expect(t.sockets).toHaveLength(2);
    vi.advanceTimersByTime(100);
    expect(t.sockets).toHaveLength(3);
  });

  it('queues answers while offline and resends them with the same id once welcomed again', () => {
    const queue = new AnswerQueue(null, 'q');
    const t = setup({ queue });
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome());

    t.goOffline();
    expect(t.client.state).toBe('offline');
    expect(t.sockets[0]!.closed).toBe(true);
    const pending = t.client.answer('a1', 'q1', 4);
    expect(queue.list()).toHaveLength(1);

    t.goOnline();
    const next = t.latest();
    expect(next).not.toBe(t.sockets[0]);
    next.open();
    next.receive(welcome());
    const answers = next.sent.filter((m) => m.type === 'answer');
    expect(answers).toEqual([
      { type: 'answer', activityId: 'a1', itemId: 'q1', clientAnswerId: pending.clientAnswerId, value: 4 },
    ]);
    next.receive(ack(2, pending.clientAnswerId));
    expect(queue.list()).toEqual([]);
  });

  it('resends an answer that was sent but never acked before the drop', () => {
    const queue = new AnswerQueue(null, 'q');
    const t = setup({ queue });
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome());
    const pending = t.client.answer('a1', 'q1', 2);
    expect(t.latest().sent.filter((m) => m.type === 'answer')).toHaveLength(1);
    t.latest().serverClose();
    vi.advanceTimersByTime(100);
    t.latest().open();
    t.latest().receive(welcome());
    expect(t.latest().sent.filter((m) => m.clientAnswerId === pending.clientAnswerId)).toHaveLength(1);
  });

  it('treats a silent socket as dead and reconnects', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    t.latest().receive(welcome());
    vi.advanceTimersByTime(26_000);
    expect(t.sockets[0]!.closed).toBe(true);
    expect(t.client.state).toBe('reconnecting');
  });

  it('stops for good on a fatal error such as an unknown join code', () => {
    const t = setup();
    t.client.start();
    t.latest().open();
    t.latest().receive({
      type: 'error',
      seq: 1,
      code: 'unknown-code',
      message: 'No session with that code.',
    });
    expect(t.client.fatalError?.code).toBe('unknown-code');
    vi.advanceTimersByTime(60_000);
    expect(t.sockets).toHaveLength(1);
  });
});

describe('hub URLs', () => {
  it('derives the WebSocket URL from the page or the hub base', () => {
    expect(sameOriginHubUrl({ protocol: 'http:', host: '192.168.1.5:4873' })).toBe(
      'ws://192.168.1.5:4873/ws',
    );
    expect(hubSocketUrl('http://127.0.0.1:4873/#token=x')).toBe('ws://127.0.0.1:4873/ws');
  });
});
