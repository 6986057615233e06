import { describe, expect, it } from 'vitest';
import type { HubMessage, LiveSession } from '../../shared/protocol';
import { loadLanguage } from '../i18n';
import type { PendingAnswer } from '../ui/hub/answerQueue';
import {
  answersKnown,
  initialParticipantState,
  myAnswers,
  participantReducer,
  type ParticipantState,
} from './participantState';

function session(currentId: string, phase: LiveSession['phase'] = 'open'): LiveSession {
  return {
    id: 's1',
    status: 'live',
    code: 'ABCDE',
    joinUrl: 'http://127.0.0.1:4870/j/ABCDE',
    workshopId: 'w1',
    workshopName: 'Workshop',
    activities: [{ id: currentId, kind: 'scale-poll', title: 'Check', phase }],
    index: 0,
    current: { id: currentId, exerciseId: 'e1', kind: 'scale-poll', title: 'Check', prompt: '', config: {} },
    phase,
    revealed: false,
    timer: null,
    participants: { joined: 1, connected: 1 },
  };
}

const pending = (
  clientAnswerId: string,
  itemId: string,
  value: unknown,
  activityId = 'a1',
): PendingAnswer => ({
  clientAnswerId,
  activityId,
  itemId,
  value,
  madeAt: 0,
});

function run(
  messages: Array<[HubMessage, PendingAnswer?]>,
  from: ParticipantState = initialParticipantState,
) {
  return messages.reduce((s, [m, settled]) => participantReducer(s, m, settled, 1000), from);
}

const welcome = (s: LiveSession): HubMessage => ({
  type: 'welcome',
  seq: 1,
  protocol: 1,
  you: { role: 'participant', participantId: 'p', secret: 'x' },
  snapshot: { session: s, now: 6000 },
});

describe('participant state', () => {
  it('shows an answer as received only after the hub acks it', () => {
    const joined = run([[welcome(session('a1'))]]);
    const sent = pending('c1', 'q1', 4);
    expect(myAnswers(joined, [sent], 'connected')).toEqual({
      q1: { value: 4, status: { state: 'sending' } },
    });

    const acked = run(
      [
        [
          { type: 'ack', seq: 2, clientAnswerId: 'c1', activityId: 'a1', itemId: 'q1', status: 'recorded' },
          sent,
        ],
      ],
      joined,
    );
    expect(myAnswers(acked, [], 'connected')).toEqual({ q1: { value: 4, status: { state: 'received' } } });
  });

  it('shows an answer given offline as queued', () => {
    const joined = run([[welcome(session('a1'))]]);
    expect(myAnswers(joined, [pending('c1', 'q1', 2)], 'offline').q1?.status).toEqual({ state: 'queued' });
  });

  it('keeps the recorded answer and shows the reason when a new one is rejected', () => {
    const state = run([
      [welcome(session('a1'))],
      [
        {
          type: 'your-answers',
          seq: 2,
          activityId: 'a1',
          answers: [{ itemId: 'q1', value: 3, clientAnswerId: 'old' }],
        },
      ],
      [
        {
          type: 'ack',
          seq: 3,
          clientAnswerId: 'c2',
          activityId: 'a1',
          itemId: 'q1',
          status: 'rejected',
          reason: 'Answers are closed.',
        },
        pending('c2', 'q1', 5),
      ],
    ]);
    expect(myAnswers(state, [], 'connected').q1).toEqual({
      value: 3,
      status: { state: 'rejected', reason: 'Answers are closed.' },
    });
  });

  it('says refusals and a kind’s limits in the room’s language, an older hub’s reason as it gave it', async () => {
    await loadLanguage('de');
    try {
      const ack = (itemId: string, extra: Partial<Extract<HubMessage, { type: 'ack' }>>): HubMessage => ({
        type: 'ack',
        seq: 3,
        clientAnswerId: `c-${itemId}`,
        activityId: 'a1',
        itemId,
        status: 'rejected',
        ...extra,
      });
      const state = run([
        [welcome(session('a1'))],
        [
          ack('q1', { reason: 'Arrived after answers closed, not counted.', rejection: 'closed' }),
          pending('c-q1', 'q1', 5),
        ],
        [ack('q2', { reason: 'You have no dots left.' }), pending('c-q2', 'q2', 1)],
        [
          ack('q3', { reason: 'You have 3 dots; this would use 4.', rejection: 'dot-budget', limit: 3 }),
          pending('c-q3', 'q3', 2),
        ],
        [
          ack('q4', { reason: 'You already have 1 statement.', rejection: 'statement-limit', limit: 1 }),
          pending('c-q4', 'q4', 1),
        ],
      ]);
      const mine = myAnswers(state, [], 'connected');
      expect(mine.q1!.status).toEqual({
        state: 'rejected',
        reason: 'Nach Antwortschluss eingegangen, nicht gezählt.',
      });
      expect(mine.q2!.status).toEqual({ state: 'rejected', reason: 'You have no dots left.' });
      // A kind's own limits, with their number, in the room's language.
      expect(mine.q3!.status).toEqual({
        state: 'rejected',
        reason: 'Sie haben insgesamt 3 Punkte. Nehmen Sie zuerst Punkte von einer anderen Option.',
      });
      expect(mine.q4!.status).toMatchObject({
        reason: expect.stringMatching(/^Sie haben 1 Beitrag geschrieben/),
      });
    } finally {
      await loadLanguage('en');
    }
  });

  it('says the hub’s refusals in the room’s language, with their numbers', async () => {
    await loadLanguage('de');
    try {
      const error = (extra: Omit<Extract<HubMessage, { type: 'error' }>, 'type' | 'seq'>): HubMessage => ({
        type: 'error',
        seq: 2,
        ...extra,
      });
      const noticeAfter = (message: HubMessage) => run([[message]]).notice;
      expect(
        noticeAfter(
          error({
            code: 'session-full',
            message: 'This session is full (5000 participants).',
            fatal: true,
            limit: 5000,
          }),
        ),
      ).toBe('Diese Sitzung ist voll: Es können höchstens 5.000 Personen teilnehmen.');
      expect(
        noticeAfter(
          error({
            code: 'device-limit',
            message: 'This device has joined this session as 3 people already.',
            fatal: true,
            limit: 3,
          }),
        ),
      ).toMatch(/^Von diesem Gerät sind bereits 3 Personen dieser Sitzung beigetreten\./);
      expect(
        noticeAfter(
          error({
            code: 'rate-limited',
            message: 'Too many messages at once; that one was ignored. Slow down.',
            retryAfterMs: 400,
            clientAnswerId: 'c1',
          }),
        ),
      ).toBe('Zu viele Nachrichten auf einmal: Diese Seite sendet jetzt etwas langsamer.');
      expect(
        noticeAfter(
          error({
            code: 'rate-limited',
            message:
              'Too many wrong codes from this device. Wait 2 seconds, then check the code on the projector.',
            fatal: true,
            retryAfterMs: 1200,
          }),
        ),
      ).toBe(
        'Zu viele falsche Codes von diesem Gerät. Warten Sie 2 Sekunden und prüfen Sie dann den Code auf der Leinwand.',
      );
      // A hub from before the number went along: its English words rather than a sentence without the number.
      expect(
        noticeAfter(error({ code: 'session-full', message: 'This session is full (5000 participants).' })),
      ).toBe('This session is full (5000 participants).');
    } finally {
      await loadLanguage('en');
    }
  });

  it('restores earlier answers after a reconnect, and forgets them when the activity changes', () => {
    const resumed = run([
      [welcome(session('a1'))],
      [
        {
          type: 'your-answers',
          seq: 2,
          activityId: 'a1',
          answers: [{ itemId: 'q1', value: 5, clientAnswerId: 'c' }],
        },
      ],
    ]);
    expect(myAnswers(resumed, [], 'connected').q1?.value).toBe(5);
    const moved = run([[{ type: 'state', seq: 3, session: session('a2'), now: 0 }]], resumed);
    expect(myAnswers(moved, [], 'connected')).toEqual({});
  });

  it('knows which answers the hub holds only once it said so, for the current activity', () => {
    const welcomed = run([[welcome(session('a1'))]]);
    expect(answersKnown(welcomed)).toBe(false);
    const told = run([[{ type: 'your-answers', seq: 2, activityId: 'a1', answers: [] }]], welcomed);
    expect(answersKnown(told)).toBe(true);
    const moved = run([[{ type: 'state', seq: 3, session: session('a2'), now: 0 }]], told);
    expect(answersKnown(moved)).toBe(false);
  });

  it('tells the participant when an answer queued for an earlier activity was refused', () => {
    const state = run([
      [welcome(session('a2'))],
      [
        {
          type: 'ack',
          seq: 2,
          clientAnswerId: 'c1',
          activityId: 'a1',
          itemId: 'q1',
          status: 'rejected',
          reason: 'Answers to this activity are closed.',
        },
        pending('c1', 'q1', 1),
      ],
    ]);
    expect(state.notice).toMatch(/not accepted: Answers to this activity are closed/);
  });

  it('keeps the page of others’ statements for the current activity only, and drops it when the activity changes', () => {
    const statements = [{ id: 's1', list: 'means', text: 'We listen', upvotes: 3 }];
    const page = (activityId: string, seq: number): HubMessage => ({
      type: 'page',
      seq,
      activityId,
      page: 1,
      pages: 2,
      total: 31,
      statements,
    });
    const joined = run([[welcome(session('a1'))], [page('a1', 2)], [page('old', 3)]]);
    expect(joined.sharedPage).toEqual({ activityId: 'a1', page: 1, pages: 2, total: 31, statements });
    const moved = run([[{ type: 'state', seq: 4, session: session('a2'), now: 6000 }]], joined);
    expect(moved.sharedPage).toBeNull();
  });

  it('keeps the hub clock offset for the countdown', () => {
    expect(run([[welcome(session('a1'))]]).clockOffset).toBe(5000);
  });
});
