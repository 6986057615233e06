// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingAnswer } from '../ui/hub/answerQueue';
import { fakeEnvironment } from '../ui/hub/testing/fakeSocket';
import { readCarried } from './followRoom';
import { LOST_ROOM_MS, ParticipantSession } from './participantSession';

const me = { participantId: 'k3v9q0w2m5x8a1b4', secret: 'Zx_9-aQ3rT8uV1wY2bC4dE5f' };
const unsent: PendingAnswer = {
  clientAnswerId: 'a1',
  activityId: 'check:q',
  itemId: 'q1',
  value: 4,
  madeAt: 1,
};
const welcome = (seq = 1, you = me) => ({
  type: 'welcome',
  seq,
  protocol: 1,
  you: { role: 'participant', ...you },
  snapshot: { session: null, now: 1 },
});

function phone(url = '/j/ABCDE') {
  window.history.replaceState(null, '', url);
  const net = fakeEnvironment(1);
  const navigate = vi.fn<(url: string) => void>();
  const session = new ParticipantSession('ABCDE', { env: net.env, navigate });
  return {
    session,
    navigate,
    latest: net.latest,
    setOnline: net.setOnline,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('arriving from the room’s old address', () => {
  it('resumes as the carried participant, keeps it for this address and resends the unsent answers', () => {
    const answers = encodeURIComponent(JSON.stringify([unsent]));
    const t = phone(`/j/ABCDE#resume=${me.participantId}.${me.secret}&answers=${answers}`);
    // Gone from the address bar before anything else happens.
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/j/ABCDE');
    expect(JSON.parse(localStorage.getItem('outside-in:participant:ABCDE')!)).toEqual(me);
    expect(t.session.getSnapshot().pending).toEqual([unsent]);

    t.session.start();
    t.latest().open();
    expect(t.latest().sent[0]).toMatchObject({ type: 'hello', role: 'participant', code: 'ABCDE', ...me });
    t.latest().receive(welcome(1));
    expect(t.latest().sent[1]).toMatchObject({ type: 'answer', clientAnswerId: 'a1', value: 4 });
    t.session.stop();
  });

  it('replaces an older identity this address had for the session', () => {
    localStorage.setItem(
      'outside-in:participant:ABCDE',
      JSON.stringify({ participantId: 'older', secret: 'olderSecret' }),
    );
    const t = phone(`/j/ABCDE#resume=${me.participantId}.${me.secret}`);
    t.session.start();
    t.latest().open();
    expect(t.latest().sent[0]).toMatchObject({ participantId: me.participantId, secret: me.secret });
    t.session.stop();
  });

  it('joins fresh, without a crash, when the fragment is malformed', () => {
    const t = phone(`/j/ABCDE#resume=${me.participantId}.bad secret&answers=[`);
    expect(window.location.hash).toBe('');
    t.session.start();
    t.latest().open();
    const hello = t.latest().sent[0]!;
    expect(hello).toMatchObject({ type: 'hello', role: 'participant', code: 'ABCDE' });
    expect(hello).not.toHaveProperty('participantId');
    expect(localStorage.getItem('outside-in:participant:ABCDE')).toBeNull();
    t.session.stop();
  });
});

describe('when the room moves', () => {
  it('goes to the new join URL as the same participant, with its unsent answers', () => {
    localStorage.setItem('outside-in:queue:ABCDE', JSON.stringify([unsent]));
    const t = phone();
    t.session.start();
    const old = t.latest();
    old.open();
    old.receive(welcome(1));
    old.receive({ type: 'moved', seq: 2, joinUrl: 'http://10.0.0.7:4873/j/ABCDE' });

    expect(t.navigate).toHaveBeenCalledTimes(1);
    const url = new URL(t.navigate.mock.calls[0]![0]);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe('http://10.0.0.7:4873/j/ABCDE');
    expect(readCarried(url.hash)).toEqual({ identity: me, answers: [unsent] });
    // It leaves: no reconnecting to the old address meanwhile.
    expect(old.readyState).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(t.latest()).toBe(old);
  });

  it('stays put when told to go somewhere that is not this session’s join page', () => {
    const t = phone();
    t.session.start();
    t.latest().open();
    t.latest().receive(welcome(1));
    t.latest().receive({ type: 'moved', seq: 2, joinUrl: 'http://10.0.0.7:4873/j/OTHER' });
    t.latest().receive({ type: 'moved', seq: 3, joinUrl: 'javascript:alert(1)' });
    expect(t.navigate).not.toHaveBeenCalled();
    expect(t.session.getSnapshot().connection).toBe('connected');
    t.session.stop();
  });
});

describe('lost room', () => {
  it(`says so after ${LOST_ROOM_MS / 1000} s of reconnecting, and not once back`, () => {
    const t = phone();
    t.session.start();
    t.latest().open();
    t.latest().receive(welcome(1));
    t.latest().serverClose();
    vi.advanceTimersByTime(LOST_ROOM_MS - 1000);
    expect(t.session.getSnapshot().lostRoom).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(t.session.getSnapshot().lostRoom).toBe(true);

    // Whichever socket is the current attempt: the hub answers again.
    t.latest().open();
    t.latest().receive(welcome(1));
    expect(t.session.getSnapshot().connection).toBe('connected');
    expect(t.session.getSnapshot().lostRoom).toBe(false);
    t.session.stop();
  });

  it('leaves it to the offline badge when the phone itself has no network', () => {
    const t = phone();
    t.session.start();
    t.latest().open();
    t.latest().receive(welcome(1));
    t.setOnline(false);
    t.latest().serverClose();
    expect(t.session.getSnapshot().connection).toBe('offline');
    vi.advanceTimersByTime(LOST_ROOM_MS * 2);
    expect(t.session.getSnapshot().lostRoom).toBe(false);
    t.session.stop();
  });

  it('counts from the start when the page never reached the hub', () => {
    const t = phone();
    t.session.start();
    vi.advanceTimersByTime(LOST_ROOM_MS);
    expect(t.session.getSnapshot().lostRoom).toBe(true);
    t.session.stop();
  });
});

describe('coming back', () => {
  const live = {
    id: 's1',
    status: 'live',
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: 'w1',
    workshopName: 'Workshop',
    activities: [{ id: 'def:means', kind: 'open-text', title: 'Means', phase: 'open' }],
    index: 0,
    current: {
      id: 'def:means',
      exerciseId: 'def',
      kind: 'open-text',
      title: 'Means',
      prompt: '',
      config: {},
    },
    phase: 'open',
    revealed: false,
    timer: null,
    participants: { joined: 1, connected: 1 },
  };
  const page = (seq: number, n: number) => ({
    type: 'page',
    seq,
    activityId: 'def:means',
    page: n,
    pages: 3,
    total: 65,
    statements: [],
  });

  it('names the page of statements it showed, so the hub sends that one and not the first', () => {
    const t = phone();
    t.session.start();
    t.latest().open();
    expect(t.latest().sent[0]).not.toHaveProperty('page');
    t.latest().receive({ ...welcome(1), snapshot: { session: live, now: 1 } });
    t.latest().receive(page(2, 0));
    t.session.page(2);
    t.latest().receive(page(3, 2));
    expect(t.session.getSnapshot().state.sharedPage?.page).toBe(2);

    t.latest().serverClose();
    vi.advanceTimersByTime(10_000);
    t.latest().open();
    expect(t.latest().sent[0]).toMatchObject({
      type: 'hello',
      ...me,
      page: { activityId: 'def:means', page: 2 },
    });
    t.session.stop();
  });
});
