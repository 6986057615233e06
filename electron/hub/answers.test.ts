import { afterEach, describe, expect, it } from 'vitest';
import type { ScalePollResult } from '../../shared/activities/scalePoll';
import { CLOSE } from './hub';
import type { JournalFile } from './journal';
import {
  answer,
  dotVotingSpec,
  openFirst,
  openTextSpec,
  scalePollSpec,
  testHub,
  type TestHub,
  closeTestHubs,
} from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

async function openedPoll(activities = [scalePollSpec()]) {
  hub = await testHub();
  return { hub, ...(await openFirst(hub, activities)) };
}

describe('answers', () => {
  it('records, replaces, and treats a resend as a duplicate; the tally counts each participant once', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    client.send(answer('c1', 2));
    expect((await client.next('ack')).status).toBe('recorded');
    client.send(answer('c1', 2));
    expect((await client.next('ack')).status).toBe('duplicate');
    client.send(answer('c2', 5));
    expect((await client.next('ack')).status).toBe('replaced');
    // An old resend arriving late must not bring the old value back.
    client.send(answer('c1', 2));
    expect((await client.next('ack')).status).toBe('duplicate');
    const tally = await facilitator.next(
      'tally',
      (t) => (t.result as ScalePollResult).items[0]!.distribution[4] === 1,
    );
    const item = (tally.result as ScalePollResult).items[0]!;
    expect(item.count).toBe(1);
    expect(item.distribution).toEqual([0, 0, 0, 0, 1]);
    expect(tally.answered).toBe(1);
  });

  it('rejects values the kind does not accept, with its reason', async () => {
    const { hub, code } = await openedPoll();
    const { client } = await hub.participant(code);
    client.send(answer('c1', 9));
    const ack = await client.next('ack');
    expect(ack.status).toBe('rejected');
    expect(ack.reason).toBe('Pick a number from 1 to 5.');
    expect(ack.rejection).toBe('invalid');
    client.send(answer('c2', 3, 'not-a-question'));
    expect(await client.next('ack')).toMatchObject({ status: 'rejected', rejection: 'unknown-item' });
  });

  it('takes answers only while the activity is open', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    const { client } = await hub.participant(code);
    client.send(answer('c1', 3));
    expect(await client.next('ack')).toMatchObject({
      status: 'rejected',
      reason: 'This activity has not opened yet.',
      rejection: 'not-open',
    });
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await client.next('state', (s) => s.session?.phase === 'open');
    client.send(answer('c2', 3));
    expect((await client.next('ack')).status).toBe('recorded');
    facilitator.send({ type: 'control', control: { action: 'close' } });
    const closed = await facilitator.next('closed-results');
    expect(closed.result).toMatchObject({
      activityId: 'check:q',
      kind: 'scale-poll',
      answered: 1,
      participants: 1,
    });
    expect((closed.result.tally as ScalePollResult).items[0]!.distribution).toEqual([0, 0, 1, 0, 0]);
    client.send(answer('c3', 4));
    expect(await client.next('ack')).toMatchObject({
      status: 'rejected',
      reason: 'Arrived after answers closed, not counted.',
      rejection: 'closed',
    });
  });

  it('checks dot limits on the hub, across the participant’s answers', async () => {
    const { hub, code } = await openedPoll([dotVotingSpec()]);
    const { client } = await hub.participant(code);
    client.send(answer('d1', 2, 'a', 'plan:dots'));
    expect((await client.next('ack')).status).toBe('recorded');
    client.send(answer('d2', 2, 'b', 'plan:dots'));
    const over = await client.next('ack');
    expect(over.status).toBe('rejected');
    expect(over.reason).toMatch(/You have 3 dots; this would use 4/);
    // The phone words it by code and number in the room's language.
    expect(over).toMatchObject({ rejection: 'dot-budget', limit: 3 });
    client.send(answer('d3', 1, 'b', 'plan:dots'));
    expect((await client.next('ack')).status).toBe('recorded');
    // Sent back to back, before either is on disk: the second still sees the first.
    client.send(answer('d4', 3, 'a', 'plan:dots'));
    client.send(answer('d5', 0, 'b', 'plan:dots'));
    expect((await client.next('ack')).status).toBe('rejected');
    expect((await client.next('ack')).status).toBe('replaced');
  });

  it('never shows a participant other people’s poll answers, but shows the projector once revealed', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const screen = await hub.screen();
    const a = await hub.participant(code);
    const b = await hub.participant(code);
    a.client.send(answer('a1', 4));
    b.client.send(answer('b1', 5));
    await a.client.next('ack');
    await b.client.next('ack');
    await facilitator.next('tally', (t) => t.answered === 2);
    // Before the reveal the projector sees how many answered, never what.
    const counted = await screen.next('tally', (t) => t.answered === 2);
    expect(counted.result).toBeNull();
    expect(screen.all('tally').every((t) => t.result === null)).toBe(true);
    facilitator.send({ type: 'control', control: { action: 'reveal' } });
    const shown = await screen.next('tally', (t) => t.answered === 2);
    expect((shown.result as ScalePollResult).items[0]!.distribution).toEqual([0, 0, 0, 1, 1]);
    facilitator.send({ type: 'control', control: { action: 'timer', seconds: 30 } });
    await a.client.next('state', (s) => s.session?.timer?.seconds === 30);
    expect(a.client.all('tally')).toEqual([]);
    expect(b.client.all('tally')).toEqual([]);
  });

  it('shares open-text statements with participants, without who wrote them', async () => {
    const { hub, code } = await openedPoll([openTextSpec()]);
    const writer = await hub.participant(code);
    const reader = await hub.participant(code);
    writer.client.send(
      answer('w1', { list: 'means', text: 'We call customers every week' }, 's:st1', 'def:means'),
    );
    expect((await writer.client.next('ack')).status).toBe('recorded');
    const page = await reader.client.next('page', (p) => p.total === 1);
    expect(page.statements).toEqual([
      { id: 'st1', list: 'means', text: 'We call customers every week', upvotes: 0 },
    ]);
    expect(JSON.stringify(page)).not.toContain(writer.participantId);
  });
});

describe('participants', () => {
  it('resumes with id and secret, and gets their recorded answers back', async () => {
    const { hub, facilitator, code } = await openedPoll([scalePollSpec('check:q', ['q1', 'q2'])]);
    const first = await hub.participant(code);
    first.client.send(answer('c1', 4, 'q1'));
    await first.client.next('ack');
    first.client.close();
    await first.client.waitClosed();

    const again = await hub.participant(code, { participantId: first.participantId, secret: first.secret });
    expect(again.participantId).toBe(first.participantId);
    expect(again.client.received[0]).toMatchObject({ type: 'welcome', you: { resumed: true } });
    const mine = await again.client.next('your-answers');
    expect(mine).toMatchObject({
      activityId: 'check:q',
      answers: [{ itemId: 'q1', value: 4, clientAnswerId: 'c1' }],
    });
    // Still one participant, not two.
    const state = await facilitator.next('state', (s) => s.session?.participants.connected === 1);
    expect(state.session?.participants.joined).toBe(1);

    const impostor = await hub.participant(code, {
      participantId: first.participantId,
      secret: 'not-the-secret',
    });
    expect(impostor.participantId).not.toBe(first.participantId);
  });

  it('cuts off a flooding participant while others are served', async () => {
    const { hub, code } = await openedPoll();
    const flooder = await hub.participant(code);
    const calm = await hub.participant(code);
    for (let i = 0; i < 300; i++) flooder.client.send({ type: 'ping' });
    const closed = await flooder.client.waitClosed();
    expect(closed.code).toBe(CLOSE.rateLimited);
    expect(flooder.client.all('error').some((e) => e.code === 'rate-limited')).toBe(true);
    expect(flooder.client.all('pong').length).toBeLessThanOrEqual(45);
    calm.client.send(answer('c1', 3));
    expect((await calm.client.next('ack')).status).toBe('recorded');
  });
});

describe('disk failures', () => {
  it('rejects answers it could not save, with a reason, and takes them again once the disk works', async () => {
    let failing = false;
    const openFile = async (): Promise<JournalFile> => ({
      write: async () => {
        if (failing) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      datasync: async () => undefined,
      close: async () => undefined,
    });
    hub = await testHub({ openFile });
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    const { client } = await hub.participant(code);
    failing = true;
    client.send(answer('c1', 4));
    const ack = await client.next('ack');
    expect(ack.status).toBe('rejected');
    expect(ack.reason).toMatch(/could not save your answer/);
    const unsaved = await facilitator.next('error', (e) => e.code === 'server-error');
    expect(unsaved.message).toMatch(/ENOSPC/);
    // The console says it is the disk (not "something went wrong"), with the system's words.
    expect(unsaved.refusal).toMatchObject({
      code: 'answers-unsaved',
      args: { detail: expect.stringMatching(/ENOSPC/) },
    });
    expect(hub.running.hub.stats().answers).toBe(0);
    failing = false;
    client.send(answer('c1', 4));
    expect((await client.next('ack')).status).toBe('recorded');
    await facilitator.next('tally', (t) => t.answered === 1);
  });
});

describe('group commit', () => {
  it('acks many answers with far fewer disk flushes', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const phones = await Promise.all(Array.from({ length: 40 }, () => hub.participant(code)));
    const before = hub.running.hub.stats().journalBatches;
    phones.forEach((p, i) => p.client.send(answer(`c${i}`, (i % 5) + 1)));
    const acks = await Promise.all(phones.map((p) => p.client.next('ack')));
    expect(acks.every((a) => a.status === 'recorded')).toBe(true);
    const after = hub.running.hub.stats().journalBatches;
    expect(after - before).toBeLessThan(40);
    const tally = await facilitator.next('tally', (t) => t.answered === 40);
    expect((tally.result as ScalePollResult).items[0]!.distribution).toEqual([8, 8, 8, 8, 8]);
  });
});
