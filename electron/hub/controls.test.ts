import { afterEach, describe, expect, it } from 'vitest';
import type { CardClassificationResult } from '../../shared/activities/cardClassification';
import { TestClient } from './testing/client';
import {
  answer,
  cardSortConfig,
  cardSortSpec,
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

describe('roles', () => {
  it('lets only the facilitator change the session', async () => {
    const { hub, code } = await openedPoll();
    const { client } = await hub.participant(code);
    client.send({ type: 'control', control: { action: 'next' } });
    expect((await client.next('error')).code).toBe('not-allowed');
    const screen = await hub.screen();
    screen.send({ type: 'control', control: { action: 'end-session' } });
    expect((await screen.next('error')).code).toBe('not-allowed');
  });

  it('refuses a start with a kind or config the hub cannot run, naming the activity', async () => {
    hub = await testHub();
    const facilitator = await hub.facilitator();
    const broken = { ...scalePollSpec(), title: 'Tough questions', config: { items: [], min: 1, max: 5 } };
    facilitator.send({
      type: 'control',
      control: { action: 'start-session', workshopId: 'w', workshopName: 'W', activities: [broken] },
    });
    const error = await facilitator.next('error');
    expect(error.code).toBe('bad-control');
    expect(error.message).toContain('"Tough questions" cannot start');
    // The console words it from the code; the name comes along, the English detail only for logs.
    expect(error.refusal).toMatchObject({ code: 'activity-invalid', args: { name: 'Tough questions' } });
  });
});

describe('session flow', () => {
  it('closes the activity when the countdown ends', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    facilitator.send({ type: 'control', control: { action: 'timer', seconds: 1 } });
    const timed = await client.next('state', (s) => s.session?.timer !== null);
    // Sent once the timer is on disk: a slow disk eats into the second, never adds to it.
    expect(timed.session!.timer!.endsAt - timed.now).toBeGreaterThan(0);
    expect(timed.session!.timer!.endsAt - timed.now).toBeLessThanOrEqual(1000);
    const closed = await client.next('state', (s) => s.session?.phase === 'closed', 3000);
    expect(closed.session?.timer).toBeNull();
    await facilitator.next('closed-results');
  });

  it('moves through the agenda, closing what was open and sending each phone its answers', async () => {
    const { hub, facilitator, code } = await openedPoll([scalePollSpec('a:1'), scalePollSpec('a:2')]);
    const { client } = await hub.participant(code);
    client.send(answer('c1', 3, 'q1', 'a:1'));
    await client.next('ack');
    facilitator.send({ type: 'control', control: { action: 'next' } });
    const moved = await client.next('state', (s) => s.session?.index === 1);
    expect(moved.session?.activities.map((a) => a.phase)).toEqual(['closed', 'waiting']);
    expect(moved.session?.current.id).toBe('a:2');
    await facilitator.next('closed-results', (m) => m.result.activityId === 'a:1');
    expect(await client.next('your-answers', (m) => m.activityId === 'a:2')).toMatchObject({ answers: [] });
    facilitator.send({ type: 'control', control: { action: 'next' } });
    expect(await facilitator.next('error')).toMatchObject({
      code: 'bad-control',
      message: 'This is the last activity.',
      refusal: { code: 'last-activity' },
    });
    facilitator.send({ type: 'control', control: { action: 'previous' } });
    await client.next('state', (s) => s.session?.index === 0);
    expect(await client.next('your-answers', (m) => m.activityId === 'a:1')).toMatchObject({
      answers: [{ itemId: 'q1', value: 3 }],
    });
  });

  it('ends the session: phones see it end, the code stops working', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    facilitator.send({ type: 'control', control: { action: 'end-session' } });
    await client.next('state', (s) => s.session?.status === 'ended');
    await facilitator.next('closed-results');
    expect(hub.running.joinUrl()).toBeNull();
    const late = await TestClient.connect(hub.wsUrl);
    late.hello({ role: 'participant', code });
    expect((await late.next('error')).code).toBe('session-ended');
    facilitator.send({ type: 'control', control: { action: 'open' } });
    expect(await facilitator.next('error')).toMatchObject({
      code: 'no-session',
      refusal: { code: 'no-session' },
    });
  });

  it('refuses a second session while one is live', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    facilitator.send({
      type: 'control',
      control: {
        action: 'start-session',
        workshopId: 'w2',
        workshopName: 'Other',
        activities: [scalePollSpec()],
      },
    });
    const error = await facilitator.next('error');
    expect(error.code).toBe('session-live');
    expect(error.message).toContain(code);
    expect(error.refusal).toEqual({ code: 'session-running', args: { code } });
  });

  it('resends the state and tallies on resync', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    client.send(answer('c1', 1));
    await client.next('ack');
    // The live broadcast first, so what follows can only be the resync's.
    await facilitator.next('tally', (t) => t.answered === 1);
    await new Promise((r) => setTimeout(r, 100));
    client.send({ type: 'resync' });
    const state = await client.next('state');
    expect(state.session?.code).toBe(code);
    expect((await client.next('your-answers')).answers).toHaveLength(1);
    const before = facilitator.received.length;
    facilitator.send({ type: 'resync' });
    await facilitator.next('state', (s) => s.network !== undefined);
    expect(facilitator.received.slice(before).filter((m) => m.type === 'state')).toHaveLength(1);
    expect((await facilitator.next('tally')).answered).toBe(1);
  });
});

describe('updating an activity before it opens', () => {
  const update = (cards: string[], activityId = 'pp:sort') => ({
    type: 'control' as const,
    control: { action: 'update-activity' as const, activityId, config: cardSortConfig(cards) },
  });
  const cardIds = (config: unknown) => (config as { cards: { id: string }[] }).cards.map((c) => c.id);

  it('gives a sort that has not opened the new cards: phones see them, answer them, the tally counts them', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([
      openTextSpec('pp:propose'),
      cardSortSpec('pp:sort', ['c1']),
    ]);
    const phone = await hub.participant(code);
    facilitator.send(update(['c1', 'p1', 'p2']));
    const tally = await facilitator.next('tally', (t) => t.activityId === 'pp:sort');
    expect((tally.result as CardClassificationResult).cards.map((c) => c.id)).toEqual(['c1', 'p1', 'p2']);

    facilitator.send({ type: 'control', control: { action: 'next' } });
    const moved = await phone.client.next('state', (s) => s.session?.current.id === 'pp:sort');
    expect(cardIds(moved.session!.current.config)).toEqual(['c1', 'p1', 'p2']);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await phone.client.next('state', (s) => s.session?.phase === 'open');
    phone.client.send({
      type: 'answer',
      activityId: 'pp:sort',
      itemId: 'p2',
      clientAnswerId: 'a1',
      value: 'pull',
    });
    expect((await phone.client.next('ack')).status).toBe('recorded');
    const counted = await facilitator.next('tally', (t) => t.activityId === 'pp:sort' && t.answered === 1);
    const p2 = (counted.result as CardClassificationResult).cards.find((c) => c.id === 'p2');
    expect(p2).toMatchObject({ total: 1, leading: 'pull' });
  });

  it('sends the current activity’s new cards to phones and the projector while it waits', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([cardSortSpec('pp:sort', ['c1'])]);
    const phone = await hub.participant(code);
    const screen = await hub.screen();
    facilitator.send(update(['c1', 'p1']));
    for (const client of [phone.client, screen, facilitator]) {
      const state = await client.next('state', (s) => cardIds(s.session?.current.config).length === 2);
      expect(state.session).toMatchObject({ phase: 'waiting', current: { id: 'pp:sort' } });
    }
  });

  it('refuses once the activity has been opened, and keeps the cards its answers are about', async () => {
    hub = await testHub();
    const { facilitator } = await hub.start([cardSortSpec('pp:sort', ['c1'])]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    facilitator.send({ type: 'control', control: { action: 'close' } });
    await facilitator.next('state', (s) => s.session?.phase === 'closed');
    facilitator.send(update(['c1', 'p1']));
    const error = await facilitator.next('error');
    expect(error.code).toBe('bad-control');
    expect(error.message).toBe(
      '“Product push or customer pull?” has been opened already: its content can no longer change in this session.',
    );
    expect(error.refusal).toEqual({
      code: 'already-opened',
      args: { name: 'Product push or customer pull?' },
    });
    facilitator.send({ type: 'resync' });
    const state = await facilitator.next('state');
    expect(cardIds(state.session!.current.config)).toEqual(['c1']);
  });

  it('refuses a config its kind does not accept, an unknown activity, and anyone but the facilitator', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([cardSortSpec('pp:sort', ['c1'])]);
    facilitator.send({
      type: 'control',
      control: {
        action: 'update-activity',
        activityId: 'pp:sort',
        config: { ...cardSortConfig([]), cards: 'c1' },
      },
    });
    const broken = await facilitator.next('error');
    expect(broken.code).toBe('bad-control');
    expect(broken.message).toMatch(
      /^“Product push or customer pull\?” cannot take that change: .*\(cards\)\.$/,
    );
    expect(broken.refusal).toMatchObject({
      code: 'change-invalid',
      args: { name: 'Product push or customer pull?' },
    });
    facilitator.send(update(['c1', 'c1']));
    expect((await facilitator.next('error')).message).toContain('Card ids must be unique');
    facilitator.send(update(['c1'], 'pp:nothing'));
    expect(await facilitator.next('error')).toMatchObject({
      message: 'This session has no activity "pp:nothing".',
      refusal: { code: 'unknown-activity', args: { id: 'pp:nothing' } },
    });

    const phone = await hub.participant(code);
    phone.client.send(update(['c1', 'sneaky']));
    expect((await phone.client.next('error')).code).toBe('not-allowed');
    const screen = await hub.screen();
    screen.send(update(['c1', 'sneaky']));
    expect((await screen.next('error')).code).toBe('not-allowed');
    facilitator.send({ type: 'resync' });
    expect(cardIds((await facilitator.next('state')).session!.current.config)).toEqual(['c1']);
  });
});

describe('a sort the room fills with proposed cards', () => {
  const update = (cards: string[]) => ({
    type: 'control' as const,
    control: { action: 'update-activity' as const, activityId: 'pp:sort', config: cardSortConfig(cards) },
  });
  const open = { type: 'control' as const, control: { action: 'open' as const } };

  it('starts without cards, refuses to open until cards arrive, then phones sort them', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([openTextSpec('pp:propose'), cardSortSpec('pp:sort', [])]);
    const phone = await hub.participant(code);
    facilitator.send({ type: 'control', control: { action: 'next' } });
    await phone.client.next('state', (s) => s.session?.current.id === 'pp:sort');

    facilitator.send(open);
    const refused = await facilitator.next('error');
    expect(refused).toMatchObject({
      code: 'bad-control',
      message:
        'There are no cards to sort yet. Add cards to the sort before opening it: approve proposals first.',
      refusal: { code: 'no-cards' },
    });
    expect(refused.fatal).toBeUndefined();
    // A countdown is refused too: it would close the empty sort when it ends.
    facilitator.send({ type: 'control', control: { action: 'timer', seconds: 60 } });
    expect(await facilitator.next('error')).toMatchObject({
      message: expect.stringMatching(/^There are no cards to sort yet\./),
      refusal: { code: 'no-cards' },
    });
    // Still waiting for everyone; a phone's answer is refused as it would be before any open.
    facilitator.send({ type: 'resync' });
    expect((await facilitator.next('state')).session).toMatchObject({ phase: 'waiting' });
    phone.client.send({
      type: 'answer',
      activityId: 'pp:sort',
      itemId: 'p1',
      clientAnswerId: 'a0',
      value: 'push',
    });
    expect((await phone.client.next('ack')).status).toBe('rejected');

    // The approved cards arrive; now it opens and the phone's vote counts.
    facilitator.send(update(['p1', 'p2']));
    facilitator.send(open);
    await phone.client.next('state', (s) => s.session?.phase === 'open');
    phone.client.send({
      type: 'answer',
      activityId: 'pp:sort',
      itemId: 'p1',
      clientAnswerId: 'a1',
      value: 'push',
    });
    expect((await phone.client.next('ack')).status).toBe('recorded');
    const tally = await facilitator.next('tally', (t) => t.activityId === 'pp:sort' && t.answered === 1);
    expect((tally.result as CardClassificationResult).cards.map((c) => [c.id, c.total])).toEqual([
      ['p1', 1],
      ['p2', 0],
    ]);
  });

  it('sends the console and the projector the empty sort’s tally, with no cards in it', async () => {
    hub = await testHub();
    const { facilitator } = await hub.start([cardSortSpec('pp:sort', ['c1'])]);
    facilitator.send(update([]));
    const tally = await facilitator.next(
      'tally',
      (t) => t.activityId === 'pp:sort' && (t.result as CardClassificationResult).cards.length === 0,
    );
    expect(tally).toMatchObject({ result: { cards: [] }, answered: 0 });
    facilitator.send(open);
    expect((await facilitator.next('error')).message).toMatch(/^There are no cards to sort yet\./);
  });
});
