import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../shared/protocol';
import { Connections, SharedFrame, SPLICE_BELOW_BYTES } from './connections';
import { FakeSocket } from './testing/fakeSocket';
import {
  answer,
  memoryLog,
  openFirst,
  openTextSpec,
  testHub,
  type TestHub,
  closeTestHubs,
} from './testing/fixtures';
import type { TestClient } from './testing/client';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

const ACTIVITY = 'def:means';
const spec = {
  ...openTextSpec(ACTIVITY),
  config: { lists: [{ id: 'means', label: 'It means' }], maxLength: 200, maxPerParticipant: 5 },
};
const statement = (id: string, n: number) =>
  answer(`w-${id}`, { list: 'means', text: `Statement ${n}` }, `s:${id}`, ACTIVITY);
const upvote = (id: string) => answer(`u-${id}`, true, `u:${id}`, ACTIVITY);

/** `count` statements s0, s1… from writers of five each, acknowledged in that order. */
async function written(h: TestHub, code: string, count: number) {
  for (let w = 0; w * 5 < count; w++) {
    const { client } = await h.participant(code);
    for (let n = w * 5; n < Math.min(count, w * 5 + 5); n++) {
      client.send(statement(`s${n}`, n));
      expect((await client.next('ack')).status).toBe('recorded');
    }
  }
}

const quiet = (client: TestClient, ms: number) =>
  new Promise((r) => setTimeout(r, ms)).then(() => client.received.length);

describe('pages of statements for phones', () => {
  it('a phone gets one page of the statements, never the whole tally, and can ask for another', async () => {
    hub = await testHub({ participantTickMs: 20 });
    const { code } = await openFirst(hub, [spec]);
    const reader = await hub.participant(code);
    await written(hub, code, PAGE_SIZE + 10);

    // Page 0 is sent again when a second page begins, so the phone knows there is more.
    const first = await reader.client.next('page', (p) => p.pages === 2);
    expect(first).toMatchObject({ activityId: ACTIVITY, page: 0 });
    expect(first.statements.map((s) => s.id)).toEqual(Array.from({ length: PAGE_SIZE }, (_, n) => `s${n}`));

    reader.client.send({ type: 'page', activityId: ACTIVITY, page: 1 });
    const second = await reader.client.next('page', (p) => p.page === 1);
    expect(second.total).toBe(PAGE_SIZE + 10);
    expect(second.statements.map((s) => s.id)).toEqual(
      Array.from({ length: 10 }, (_, n) => `s${PAGE_SIZE + n}`),
    );
    // Past the last page: the last one.
    reader.client.send({ type: 'page', activityId: ACTIVITY, page: 99 });
    expect((await reader.client.next('page')).page).toBe(1);

    expect(reader.client.received.some((m) => m.type === 'tally')).toBe(false);
    const largest = Math.max(...reader.client.received.map((m) => JSON.stringify(m).length));
    expect(largest).toBeLessThan(PAGE_SIZE * 200);
  });

  it('a phone hears of changes to its own page only, coalesced', async () => {
    hub = await testHub({ participantTickMs: 20 });
    const { code } = await openFirst(hub, [spec]);
    await written(hub, code, PAGE_SIZE + 5);
    const onFirst = await hub.participant(code);
    const onSecond = await hub.participant(code);
    await onFirst.client.next('page', (p) => p.page === 0);
    onSecond.client.send({ type: 'page', activityId: ACTIVITY, page: 1 });
    await onSecond.client.next('page', (p) => p.page === 1);
    // Let the writers' last tick go out first; only what comes after the vote counts.
    await quiet(onFirst.client, 100);
    const beforeVote = onSecond.client.received.at(-1)!.seq;

    const voter = await hub.participant(code);
    voter.client.send(upvote(`s${PAGE_SIZE + 2}`));
    await voter.client.next('ack');
    const changed = await onSecond.client.next('page', (p) => p.page === 1 && p.seq > beforeVote);
    expect(changed.statements.find((s) => s.id === `s${PAGE_SIZE + 2}`)?.upvotes).toBe(1);
    const before = onFirst.client.received.length;
    expect(await quiet(onFirst.client, 150)).toBe(before);

    // Three upvotes on page 0 in a burst: one update (or two) with all three, not one per upvote.
    for (const id of ['s1', 's2', 's3']) voter.client.send(upvote(id));
    for (let i = 0; i < 3; i++) await voter.client.next('ack');
    const update = await onFirst.client.next(
      'page',
      (p) => p.statements.filter((s) => s.upvotes === 1).length === 3,
    );
    expect(update.page).toBe(0);
    const pagesSent = onFirst.client.received.filter((m) => m.type === 'page').length;
    expect(pagesSent).toBeLessThanOrEqual(3);
  });

  it('a phone that comes back keeps its page: it names it in its hello', async () => {
    hub = await testHub({ participantTickMs: 20 });
    const { code } = await openFirst(hub, [spec]);
    await written(hub, code, 2 * PAGE_SIZE + 5);
    const reader = await hub.participant(code);
    reader.client.send({ type: 'page', activityId: ACTIVITY, page: 1 });
    await reader.client.next('page', (p) => p.page === 1);
    reader.client.close();
    await reader.client.waitClosed();

    const { participantId, secret } = reader;
    const back = await hub.participant(code, {
      participantId,
      secret,
      page: { activityId: ACTIVITY, page: 1 },
    });
    const first = await back.client.next('page');
    expect(first.page).toBe(1);
    expect(back.client.received.filter((m) => m.type === 'page')).toHaveLength(1);
    // And it hears of changes to that page from then on.
    const voter = await hub.participant(code);
    voter.client.send(upvote(`s${PAGE_SIZE + 3}`));
    await voter.client.next('ack');
    const changed = await back.client.next(
      'page',
      (p) => p.statements.find((s) => s.id === `s${PAGE_SIZE + 3}`)?.upvotes === 1,
    );
    expect(changed.page).toBe(1);

    // A page of another activity, or past the last one, is not kept as such.
    const other = await hub.participant(code, {
      participantId,
      secret,
      page: { activityId: 'def:other', page: 1 },
    });
    expect((await other.client.next('page')).page).toBe(0);
    const past = await hub.participant(code, {
      participantId,
      secret,
      page: { activityId: ACTIVITY, page: 9 },
    });
    expect((await past.client.next('page')).page).toBe(2);
  });

  it('only participants of the session ask for pages', async () => {
    hub = await testHub({ participantTickMs: 20 });
    const { facilitator } = await openFirst(hub, [spec]);
    facilitator.send({ type: 'page', activityId: ACTIVITY, page: 0 });
    expect((await facilitator.next('error')).code).toBe('not-allowed');
  });
});

describe('a message for many connections', () => {
  it('is encoded once: every connection sends the same bytes after its own seq (a large one without a copy)', () => {
    const connections = new Connections({
      log: memoryLog(),
      helloTimeoutMs: 60_000,
      message: () => undefined,
      gone: () => undefined,
    });
    const sockets = [new FakeSocket(), new FakeSocket()];
    const clients = sockets.map((s) => connections.add(s.ws, { loopback: true, origin: 'own' }));
    connections.send(clients[0]!, { type: 'pong', now: 1 });
    // A small frame: one write each, the shared bytes behind the seq.
    const small = new SharedFrame({ type: 'pong', now: 2 });
    for (const c of clients) connections.send(c, small);
    expect(sockets[0]!.sent.at(-1)).toEqual({ type: 'pong', seq: 2, now: 2 });
    expect(sockets[1]!.sent.at(-1)).toEqual({ type: 'pong', seq: 1, now: 2 });
    expect(String(sockets[1]!.frames.at(-1))).toBe(`{"seq":1,${String(small.rest)}`);

    // A large one: the very same bytes go to every socket, after a fragment with its seq.
    const message = 'x'.repeat(SPLICE_BELOW_BYTES);
    const large = new SharedFrame({ type: 'error', code: 'server-error', message });
    for (const c of clients) connections.send(c, large);
    expect(sockets[0]!.frames.at(-1)).toBe(large.rest);
    expect(sockets[1]!.frames.at(-1)).toBe(large.rest);
    expect(sockets[0]!.sent.at(-1)).toEqual({ type: 'error', seq: 3, code: 'server-error', message });
    expect(sockets[1]!.sent.at(-1)).toEqual({ type: 'error', seq: 2, code: 'server-error', message });
    for (const c of clients) if (c.helloTimer) clearTimeout(c.helloTimer);
  });
});
