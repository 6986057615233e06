import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CLOSED_ANSWERS } from '../../shared/protocol';
import { closedAnswers } from './closedAnswers';
import { JOURNAL_VERSION } from './journal';
import { SessionModel } from './session';
import { TestClient } from './testing/client';
import {
  TOKEN,
  answer,
  dotVotingSpec,
  openFirst,
  scalePollSpec,
  sessionOf,
  testHub,
  type TestHub,
  closeTestHubs,
} from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

function sessionWith(items: string[]) {
  return sessionOf([scalePollSpec('check:q', items)]);
}

describe('closed answers', () => {
  it('numbers participants in join order, keeps only the latest answer and marks practice ones', () => {
    const session = sessionWith(['q1', 'q2']);
    session.apply({ t: 'join', at: 1, participantId: 'zz', secretHash: 'h' });
    session.apply({ t: 'join', at: 2, participantId: 'aa', secretHash: 'h', practice: true });
    const give = (participantId: string, itemId: string, value: number, at: number) =>
      session.apply({
        t: 'answer',
        at,
        participantId,
        activityId: 'check:q',
        itemId,
        clientAnswerId: `${participantId}${at}`,
        value,
      });
    give('aa', 'q1', 2, 10);
    give('zz', 'q1', 4, 11);
    give('zz', 'q1', 5, 12);
    give('zz', 'q2', 1, 13);
    expect(closedAnswers(session, session.current)).toEqual([
      { participant: 2, item: 'q1', value: 2, at: 10, practice: true },
      { participant: 1, item: 'q1', value: 5, at: 12 },
      { participant: 1, item: 'q2', value: 1, at: 13 },
    ]);
  });

  it('gives the same numbers after a restart replays the journal', () => {
    const start = {
      t: 'start' as const,
      v: JOURNAL_VERSION,
      at: 0,
      sessionId: 's1',
      code: 'ABCDE',
      workshopId: 'w1',
      workshopName: 'Kick-off',
      activities: [scalePollSpec('check:q', ['q1'])],
    };
    const records = [
      start,
      ...['m', 'b', 'x'].map((participantId, at) => ({
        t: 'join' as const,
        at,
        participantId,
        secretHash: 'h',
      })),
      ...['x', 'm', 'b'].map((participantId, at) => ({
        t: 'answer' as const,
        at: 10 + at,
        participantId,
        activityId: 'check:q',
        itemId: 'q1',
        clientAnswerId: participantId,
        value: at + 1,
      })),
    ];
    const replayed = SessionModel.replay(records);
    if (!replayed.ok) throw new Error(replayed.reason);
    expect(closedAnswers(replayed.session, replayed.session.current)).toEqual([
      { participant: 3, item: 'q1', value: 1, at: 10 },
      { participant: 1, item: 'q1', value: 2, at: 11 },
      { participant: 2, item: 'q1', value: 3, at: 12 },
    ]);
  });

  it('keeps none rather than a part when an activity has more than a file keeps', () => {
    const items = Array.from({ length: 50 }, (_, i) => `q${i}`);
    const session = sessionWith(items);
    const people = Math.ceil(MAX_CLOSED_ANSWERS / items.length) + 1;
    for (let p = 0; p < people; p++) {
      session.apply({ t: 'join', at: p, participantId: `p${p}`, secretHash: 'h' });
      for (const itemId of items) {
        session.apply({
          t: 'answer',
          at: p,
          participantId: `p${p}`,
          activityId: 'check:q',
          itemId,
          clientAnswerId: `${p}-${itemId}`,
          value: 3,
        });
      }
    }
    expect(session.answerCount()).toBeGreaterThan(MAX_CLOSED_ANSWERS);
    expect(closedAnswers(session, session.current)).toBeUndefined();
  });

  it('reach the console with the closed result, the same again after a reconnect', async () => {
    hub = await testHub();
    const { facilitator, code } = await openFirst(hub, [dotVotingSpec()]);
    const phone = await hub.participant(code);
    const practice = await TestClient.connect(hub.wsUrl);
    practice.hello({ role: 'participant', code, practice: true, token: TOKEN });
    await practice.next('welcome');
    phone.client.send(answer('a1', 2, 'a', 'plan:dots'));
    expect((await phone.client.next('ack')).status).toBe('recorded');
    practice.send(answer('b1', 1, 'b', 'plan:dots'));
    expect((await practice.next('ack')).status).toBe('recorded');
    facilitator.send({ type: 'control', control: { action: 'close' } });
    const closed = await facilitator.next('closed-results');
    expect(closed.result.answers).toEqual([
      { participant: 1, item: 'a', value: 2, at: expect.any(Number) },
      { participant: 2, item: 'b', value: 1, at: expect.any(Number), practice: true },
    ]);

    const console2 = await TestClient.connect(hub.wsUrl);
    console2.hello({ role: 'facilitator', token: TOKEN });
    expect((await console2.next('closed-results')).result.answers).toEqual(closed.result.answers);
  });
});
