import { afterEach, describe, expect, it } from 'vitest';
import type { HubMessage } from '../../shared/protocol';
import { LARGE_TALLY_BYTES, tallySpacingMs } from './broadcast';
import { answer, openFirst, openTextSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';
import type { TestClient } from './testing/client';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

const ACTIVITY = 'def:means';
const spec = {
  ...openTextSpec(ACTIVITY),
  config: { lists: [{ id: 'means', label: 'It means' }], maxLength: 200, maxPerParticipant: 5 },
};
const LONG = 'We listen to customers before we decide what to build, and we tell them what we did. '.repeat(
  2,
);
const statement = (n: number) =>
  answer(`w-${n}`, { list: 'means', text: `${n} ${LONG}`.slice(0, 190) }, `s:s${n}`, ACTIVITY);
const upvote = (n: number) => answer(`u-${n}`, true, `u:s${n}`, ACTIVITY);

type Tally = Extract<HubMessage, { type: 'tally' }>;
const tallies = (client: TestClient) =>
  client.received.filter((m): m is Tally => m.type === 'tally' && m.activityId === ACTIVITY);
const upvotesIn = (tally: Tally) =>
  (tally.result as { lists: { statements: { upvotes: number }[] }[] }).lists[0]!.statements.reduce(
    (sum, s) => sum + s.upvotes,
    0,
  );

describe('tallies to the console and projector', () => {
  it('a large open-text tally goes out spaced while answers stream in, and the last one counts them all', async () => {
    // One voter sends faster than a phone may: the point here is the console, not the pace.
    hub = await testHub({
      tickMs: 20,
      rateLimit: { perSecond: 1000, burst: 1000, strikes: 40, strikeWindowMs: 10_000 },
    });
    const { facilitator, code } = await openFirst(hub, [spec]);
    facilitator.send({ type: 'control', control: { action: 'reveal' } });
    const projector = await hub.screen(code);

    // 250 statements of 190 characters: a tally of about 60 KB.
    const WRITERS = 50;
    for (let w = 0; w < WRITERS; w++) {
      const { client } = await hub.participant(code);
      for (let n = w * 5; n < w * 5 + 5; n++) client.send(statement(n));
      for (let n = 0; n < 5; n++) expect((await client.next('ack')).status).toBe('recorded');
    }
    const full = await facilitator.next('tally', (t) => t.activityId === ACTIVITY && t.answered === WRITERS);
    expect(JSON.stringify(full).length).toBeGreaterThan(LARGE_TALLY_BYTES);
    await projector.next('tally', (t) => t.answered === WRITERS);

    // A voter upvotes for a second, one upvote every ~10 ms: about 100 changes, 50 ticks of 20 ms.
    const before = { console: tallies(facilitator).length, projector: tallies(projector).length };
    const { client: voter } = await hub.participant(code);
    const started = Date.now();
    let sent = 0;
    while (Date.now() - started < 1000) {
      voter.send(upvote(sent++));
      await new Promise((r) => setTimeout(r, 10));
    }
    for (let i = 0; i < sent; i++) expect((await voter.next('ack')).status).toBe('recorded');
    const elapsed = Date.now() - started;

    // Nothing is lost: a tally with every upvote arrives after the last one.
    await facilitator.next('tally', (t) => t.activityId === ACTIVITY && upvotesIn(t) === sent);
    await projector.next('tally', (t) => upvotesIn(t) === sent);
    const spacing = tallySpacingMs(JSON.stringify(full).length);
    expect(spacing).toBeGreaterThanOrEqual(250);
    // At most one a spacing (and the trailing one), where every tick would have sent about 50.
    const most = Math.ceil(elapsed / spacing) + 2;
    for (const [who, client] of [
      ['console', facilitator],
      ['projector', projector],
    ] as const) {
      const during = tallies(client).length - before[who];
      expect(during, who).toBeGreaterThanOrEqual(2);
      expect(during, who).toBeLessThanOrEqual(most);
    }
  });

  it('a control sends a large tally at once, without waiting for its spacing', async () => {
    hub = await testHub({ tickMs: 20 });
    const { facilitator, code } = await openFirst(hub, [spec]);
    const projector = await hub.screen(code);
    for (let w = 0; w < 50; w++) {
      const { client } = await hub.participant(code);
      for (let n = w * 5; n < w * 5 + 5; n++) client.send(statement(n));
      for (let n = 0; n < 5; n++) await client.next('ack');
    }
    const { client: voter } = await hub.participant(code);
    await facilitator.next('tally', (t) => t.answered === 50);
    await new Promise((r) => setTimeout(r, 300));
    voter.send(upvote(1));
    await voter.next('ack');
    // The console just got a large tally: the next would wait 250 ms or more ...
    const large = await facilitator.next('tally', (t) => upvotesIn(t) === 1);
    const sentAt = Date.now();
    expect(tallySpacingMs(JSON.stringify(large).length)).toBeGreaterThanOrEqual(250);
    // ... but the facilitator reveals: the projector shows the result now.
    facilitator.send({ type: 'control', control: { action: 'reveal' } });
    const shown = await projector.next('tally', (t) => t.result !== null);
    expect(Date.now() - sentAt).toBeLessThan(200);
    expect(upvotesIn(shown)).toBe(1);
  });

  it('a small tally still goes out on the next tick', async () => {
    hub = await testHub({ tickMs: 20 });
    const { facilitator, code } = await openFirst(hub, [spec]);
    const { client } = await hub.participant(code);
    client.send(statement(1));
    await client.next('ack');
    const first = await facilitator.next('tally', (t) => t.answered === 1);
    client.send(statement(2));
    const sentAt = Date.now();
    await client.next('ack');
    const second = await facilitator.next(
      'tally',
      (t) => (t.result as { statements: number }).statements === 2,
    );
    expect(JSON.stringify(first).length).toBeLessThan(LARGE_TALLY_BYTES);
    expect(Date.now() - sentAt).toBeLessThan(200);
    expect(second.activityId).toBe(ACTIVITY);
  });
});
