import { afterEach, describe, expect, it } from 'vitest';
import { answer, openFirst, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

describe('answers from phones offline at the close', () => {
  it('count when they arrive within the grace period, and the console gets the result again', async () => {
    hub = await testHub();
    const { facilitator, code } = await openFirst(hub);
    const online = await hub.participant(code);
    const away = await hub.participant(code);
    online.client.send(answer('o1', 5));
    await online.client.next('ack');
    away.client.close();
    await away.client.waitClosed();
    await facilitator.next('state', (s) => s.session?.participants.connected === 1);

    facilitator.send({ type: 'control', control: { action: 'close' } });
    const closed = await facilitator.next('closed-results');
    expect(closed.result.answered).toBe(1);

    // The phone comes back with the answer it queued while offline.
    const back = await hub.participant(code, { participantId: away.participantId, secret: away.secret });
    back.client.send(answer('a1', 2));
    expect((await back.client.next('ack')).status).toBe('recorded');
    const again = await facilitator.next('closed-results', (m) => m.result.answered === 2);
    expect(again.result.activityId).toBe('check:q');

    // A phone that was online at the close is not let in late.
    online.client.send(answer('o2', 1));
    expect(await online.client.next('ack')).toMatchObject({
      status: 'rejected',
      reason: 'Arrived after answers closed, not counted.',
    });
  });

  it('arriving together reach the console in one result, not one each', async () => {
    // A slow tick, so the late answers all land between two of them.
    hub = await testHub({ tickMs: 400 });
    const { facilitator, code } = await openFirst(hub);
    const LATE = 5;
    const away = [];
    for (let i = 0; i < LATE; i++) away.push(await hub.participant(code));
    for (const phone of away) {
      phone.client.close();
      await phone.client.waitClosed();
    }
    await facilitator.next('state', (s) => s.session?.participants.connected === 0);
    facilitator.send({ type: 'control', control: { action: 'close' } });
    expect((await facilitator.next('closed-results')).result.answered).toBe(0);

    const back = [];
    for (const { participantId, secret } of away)
      back.push(await hub.participant(code, { participantId, secret }));
    // The tick that tells the console they are back has just run: the answers all fall before the next.
    await facilitator.next('state', (s) => s.session?.participants.connected === LATE);
    back.forEach((phone, i) => phone.client.send(answer(`late${i}`, 1 + (i % 5))));
    for (const phone of back) expect((await phone.client.next('ack')).status).toBe('recorded');

    const again = await facilitator.next('closed-results');
    expect(again.result.answered).toBe(LATE);
    expect(again.result.answers?.length).toBe(LATE);
    await new Promise((r) => setTimeout(r, 900));
    expect(facilitator.received.filter((m) => m.type === 'closed-results')).toHaveLength(2);
  });

  it('do not count when the facilitator turned late answers off', async () => {
    hub = await testHub();
    const { facilitator, code } = await openFirst(hub);
    facilitator.send({ type: 'control', control: { action: 'late-answers', accept: false } });
    await facilitator.next('state', (s) => s.session?.acceptLate === false);
    const away = await hub.participant(code);
    away.client.close();
    await away.client.waitClosed();
    await facilitator.next('state', (s) => s.session?.participants.connected === 0);
    facilitator.send({ type: 'control', control: { action: 'close' } });
    await facilitator.next('closed-results');
    const back = await hub.participant(code, { participantId: away.participantId, secret: away.secret });
    back.client.send(answer('a1', 2));
    expect((await back.client.next('ack')).status).toBe('rejected');
  });
});
