import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestAnswers } from '../../../../shared/activities/answers';
import {
  parseOpenTextItem,
  tallyOpenText,
  type OpenTextConfig,
} from '../../../../shared/activities/openText';
import type { ActivitySpecMessage, LiveSession, Phase } from '../../../../shared/protocol';
import type { ClientEnvironment } from '../../../ui/hub/client';
import { FakeSocket, type Sent } from '../../../ui/hub/testing/fakeSocket';
import { MAX_PRACTICE_PARTICIPANTS, PracticeRoom } from './practiceRoom';

const poll: ActivitySpecMessage = {
  id: 'check:questions',
  exerciseId: 'check',
  kind: 'scale-poll',
  title: 'Centricity check',
  prompt: 'How true is each statement?',
  config: { items: ['a', 'b', 'c'].map((id) => ({ id, label: `Question ${id}` })), min: 1, max: 5 },
};

const definition: ActivitySpecMessage = {
  id: 'def:statements',
  exerciseId: 'def',
  kind: 'open-text',
  title: 'Definition',
  prompt: 'Finish the sentences',
  config: {
    lists: [
      { id: 'means', label: 'Customer-centric means…' },
      { id: 'not-means', label: '…and does not mean' },
    ],
    maxLength: 140,
    maxPerParticipant: 6,
  },
};

let current = poll;

function session(phase: Phase, status: LiveSession['status'] = 'live'): LiveSession {
  const poll = current;
  return {
    id: 's1',
    status,
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: 'w1',
    workshopName: 'Practice',
    activities: [{ id: poll.id, kind: poll.kind, title: poll.title, phase }],
    index: 0,
    current: poll,
    phase,
    revealed: false,
    timer: null,
    participants: { joined: 0, connected: 0 },
  };
}

/** What a phone answered, as the miniature hub keeps it. */
type StoredAnswer = { at: number; itemId: string; value: unknown; activityId: string };

/** A hub in miniature: welcomes, tells each phone its answers, acks every answer. */
class FakeHub {
  sockets: FakeSocket[] = [];
  private readonly given = new Map<FakeSocket, StoredAnswer[]>();
  session = session('waiting');
  refuse: string | null = null;
  readonly env: ClientEnvironment = {
    isOnline: () => true,
    listen: () => () => undefined,
    createSocket: () => {
      const socket = new FakeSocket();
      socket.reply = (message) => this.reply(socket, message);
      this.sockets.push(socket);
      this.given.set(socket, []);
      return socket as unknown as WebSocket;
    },
    now: () => Date.now(),
  };
  /** What the phone on this socket answered. */
  answersOf(socket: FakeSocket): StoredAnswer[] {
    return this.given.get(socket) ?? [];
  }
  private reply(socket: FakeSocket, message: Sent) {
    if (message.type === 'hello') {
      if (this.refuse) {
        socket.receive({ type: 'error', code: 'unauthorized', message: this.refuse, fatal: true });
        return;
      }
      socket.receive({
        type: 'welcome',
        protocol: 1,
        you: { role: 'participant', participantId: `p${this.sockets.indexOf(socket)}`, secret: 'x' },
        snapshot: { session: this.session, now: Date.now() },
      });
      socket.receive({ type: 'your-answers', activityId: current.id, answers: [] });
    } else if (message.type === 'ping') {
      socket.receive({ type: 'pong', now: Date.now() });
    } else if (message.type === 'answer') {
      this.given.get(socket)!.push({
        at: Date.now(),
        itemId: message.itemId as string,
        value: message.value,
        activityId: message.activityId as string,
      });
      const open = this.session.phase === 'open';
      socket.receive({
        type: 'ack',
        clientAnswerId: message.clientAnswerId,
        activityId: message.activityId,
        itemId: message.itemId,
        status: open ? 'recorded' : 'rejected',
        ...(open ? {} : { reason: 'Answers for this activity are closed.' }),
      });
    }
  }
  openAll() {
    for (const s of this.sockets) if (s.readyState === 0) s.open();
  }
  set(phase: Phase, status: LiveSession['status'] = 'live') {
    this.session = session(phase, status);
    for (const s of this.sockets)
      if (!s.closed) s.receive({ type: 'state', session: this.session, now: Date.now() });
  }
  get answers() {
    return this.sockets.flatMap((s) => this.answersOf(s));
  }
  /** Open text: phones see everyone's statements (the hub sends its tally about once a second). */
  /** Every phone sees the first page of statements (here, all of them: a small room). */
  sharePage() {
    const stored = this.sockets.flatMap((s, i) =>
      this.answersOf(s).map((a) => ({ participantId: `p${i}`, itemId: a.itemId, value: a.value, at: a.at })),
    );
    const result = tallyOpenText(current.config as OpenTextConfig, latestAnswers(stored) as never);
    const statements = result.lists.flatMap((l) => l.statements.map((st) => ({ ...st, list: l.id })));
    for (const s of this.sockets)
      s.receive({
        type: 'page',
        activityId: current.id,
        page: 0,
        pages: 1,
        total: statements.length,
        statements,
      });
  }
}

let hub: FakeHub;
let room: PracticeRoom;
beforeEach(() => {
  vi.useFakeTimers();
  current = poll;
  hub = new FakeHub();
  room = new PracticeRoom({
    url: 'ws://127.0.0.1:1/ws',
    code: 'ABCDE',
    token: 'key',
    seed: 42,
    env: hub.env,
  });
});
afterEach(() => {
  room.removeAll();
  vi.useRealTimers();
});

function join(count: number) {
  room.add(count);
  hub.openAll();
}

describe('the practice room', () => {
  it('joins each simulated participant like a phone, marked as practice and with the facilitator key', () => {
    join(4);
    expect(hub.sockets).toHaveLength(4);
    for (const s of hub.sockets)
      expect(s.sent.find((m) => m.type === 'hello')).toMatchObject({
        role: 'participant',
        code: 'ABCDE',
        practice: true,
        token: 'key',
      });
    expect(room.getSnapshot()).toMatchObject({ participants: 4, connected: 4 });
  });

  it('answers nothing while the activity waits, then every item, spread over a few seconds', () => {
    join(6);
    vi.advanceTimersByTime(20_000);
    expect(hub.answers).toHaveLength(0);

    const openedAt = Date.now();
    hub.set('open');
    vi.advanceTimersByTime(500);
    expect(hub.answers).toHaveLength(0);
    vi.advanceTimersByTime(9_500);
    for (const s of hub.sockets) {
      const items = new Set(hub.answersOf(s).map((a) => a.itemId));
      expect(items).toEqual(new Set(['a', 'b', 'c']));
      expect(hub.answersOf(s).every((a) => Number.isInteger(a.value) && (a.value as number) >= 1)).toBe(true);
    }
    const firsts = hub.sockets.map((s) => hub.answersOf(s)[0]!.at - openedAt);
    // Not all at once: people start at different moments within the first few seconds.
    expect(new Set(firsts).size).toBeGreaterThan(3);
    expect(Math.max(...firsts)).toBeLessThanOrEqual(5000);
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeGreaterThan(1000);
    expect(room.getSnapshot().acked).toBe(hub.answers.length);
  });

  it('never answers once answers are closed, and carries on when they reopen', () => {
    join(8);
    hub.set('open');
    vi.advanceTimersByTime(1_200);
    const before = hub.answers.length;
    expect(before).toBeLessThan(8 * 3);
    hub.set('closed');
    vi.advanceTimersByTime(30_000);
    expect(hub.answers).toHaveLength(before);
    expect(room.getSnapshot().rejected).toBe(0);

    hub.set('open');
    vi.advanceTimersByTime(15_000);
    expect(hub.sockets).toHaveLength(8);
    for (const s of hub.sockets) expect(new Set(hub.answersOf(s).map((a) => a.itemId)).size).toBe(3);
  });

  it('write statements from the practice lines and upvote others’ once they see them, never their own', () => {
    current = definition;
    hub.set('waiting');
    join(10);
    hub.set('open');
    for (let second = 0; second < 20; second++) {
      vi.advanceTimersByTime(1000);
      hub.sharePage();
    }
    const statements = hub.answers.filter((a) => parseOpenTextItem(a.itemId)?.type === 'statement');
    expect(statements.length).toBeGreaterThan(3);
    const texts = statements.map((a) => (a.value as { text: string }).text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain('Everyone learns from customers first hand, not through reports');
    let upvotes = 0;
    for (const s of hub.sockets) {
      const own = new Set(
        hub
          .answersOf(s)
          .map((a) => parseOpenTextItem(a.itemId))
          .filter((i) => i?.type === 'statement')
          .map((i) => i!.statementId),
      );
      for (const a of hub.answersOf(s)) {
        const item = parseOpenTextItem(a.itemId);
        if (item?.type !== 'upvote') continue;
        upvotes++;
        expect(own.has(item.statementId)).toBe(false);
      }
    }
    expect(upvotes).toBeGreaterThan(5);
  });

  it('write in the room’s language, as the phones around them would', () => {
    current = definition;
    hub.session = { ...session('waiting'), language: 'de' };
    join(10);
    hub.session = { ...session('open'), language: 'de' };
    for (const s of hub.sockets) s.receive({ type: 'state', session: hub.session, now: Date.now() });
    vi.advanceTimersByTime(20_000);
    const texts = hub.answers
      .filter((a) => parseOpenTextItem(a.itemId)?.type === 'statement')
      .map((a) => (a.value as { text: string }).text);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts).toContain('Alle lernen direkt von Kundinnen und Kunden, nicht aus Berichten');
    expect(texts).not.toContain('Everyone learns from customers first hand, not through reports');
  });

  it('leaves when removed: sockets close and nothing more is sent', () => {
    join(5);
    hub.set('open');
    vi.advanceTimersByTime(700);
    room.removeAll();
    const sent = hub.answers.length;
    expect(hub.sockets.every((s) => s.closed)).toBe(true);
    expect(room.getSnapshot()).toMatchObject({ participants: 0, connected: 0 });
    vi.advanceTimersByTime(30_000);
    expect(hub.answers).toHaveLength(sent);
    expect(hub.sockets).toHaveLength(5);
  });

  it('leaves when the session ends', () => {
    join(3);
    hub.set('open');
    hub.set('closed', 'ended');
    expect(hub.sockets.every((s) => s.closed)).toBe(true);
    expect(room.getSnapshot().participants).toBe(0);
  });

  it('never runs more than the maximum', () => {
    join(25);
    join(25);
    expect(room.getSnapshot().participants).toBe(MAX_PRACTICE_PARTICIPANTS);
    expect(hub.sockets).toHaveLength(MAX_PRACTICE_PARTICIPANTS);
  });

  it('says why when the hub turns them away', () => {
    hub.refuse = 'Practice participants join only from the facilitator’s console.';
    join(2);
    expect(room.getSnapshot()).toMatchObject({ participants: 0, problem: hub.refuse });
  });
});
