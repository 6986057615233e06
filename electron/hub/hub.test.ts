import { afterEach, describe, expect, it } from 'vitest';
import type { ScalePollResult } from '../../shared/activities/scalePoll';
import type { CardClassificationResult } from '../../shared/activities/cardClassification';
import type { OpenTextResult } from '../../shared/activities/openText';
import { MAX_FRAME_BYTES, PROTOCOL_VERSION } from '../../shared/protocol';
import { CLOSE, closeReason } from './hub';
import { listInterfaces } from './interfaces';
import type { JournalFile } from './journal';
import { TestClient } from './testing/client';
import {
  TOKEN,
  cardSortConfig,
  cardSortSpec,
  dotVotingSpec,
  openTextSpec,
  scalePollSpec,
  testHub,
  type TestHub,
} from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(async () => {
  await hub?.running.close();
  hub = null;
});

async function openedPoll(activities = [scalePollSpec()]) {
  hub = await testHub();
  const { facilitator, code } = await hub.start(activities);
  facilitator.send({ type: 'control', control: { action: 'open' } });
  await facilitator.next('state', (m) => m.session?.phase === 'open');
  return { hub, facilitator, code };
}

const answer = (clientAnswerId: string, value: unknown, itemId = 'q1', activityId = 'check:q') => ({
  type: 'answer' as const,
  activityId,
  itemId,
  clientAnswerId,
  value,
});

describe('connecting', () => {
  it('welcomes the facilitator with the network and no session yet', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.hello({ role: 'facilitator', token: TOKEN });
    const welcome = await client.next('welcome');
    expect(welcome.seq).toBe(1);
    expect(welcome.you.role).toBe('facilitator');
    expect(welcome.snapshot.session).toBeNull();
    expect(welcome.snapshot.network?.joinBase).toBe(`http://127.0.0.1:${hub.running.port}`);
  });

  it('refuses a wrong facilitator token and closes that connection', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.hello({ role: 'facilitator', token: 'guessed' });
    const error = await client.next('error');
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/facilitator key/);
    expect((await client.waitClosed()).code).toBe(CLOSE.unauthorized);
  });

  it("refuses a WebSocket from another site's page at the upgrade", async () => {
    hub = await testHub();
    await expect(TestClient.connect(hub.wsUrl, 'http://evil.example')).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(hub.wsUrl, null)).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(hub.wsUrl, `http://127.0.0.1:${hub.running.port + 1}`)).rejects.toThrow(
      'HTTP 403',
    );
  });

  it('lets a page loaded from disk in only with the facilitator token', async () => {
    hub = await testHub();
    const screen = await TestClient.connect(hub.wsUrl, 'file://');
    screen.hello({ role: 'screen' });
    expect((await screen.next('error')).code).toBe('unauthorized');
    const console = await TestClient.connect(hub.wsUrl, 'file://');
    console.hello({ role: 'facilitator', token: TOKEN });
    expect((await console.next('welcome')).you.role).toBe('facilitator');
  });

  it('refuses a page from another protocol version with a reload hint', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.send({ type: 'hello', protocol: PROTOCOL_VERSION + 1, role: 'screen' });
    const error = await client.next('error');
    expect(error.code).toBe('protocol-version');
    expect(error.message).toMatch(/Reload/);
  });

  it('asks for hello before anything else, and keeps the connection', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.send(answer('c1', 3));
    expect((await client.next('error')).code).toBe('hello-first');
    client.hello({ role: 'screen' });
    expect((await client.next('welcome')).you.role).toBe('screen');
  });

  it('drops a connection that never says hello', async () => {
    hub = await testHub({ helloTimeoutMs: 100 });
    const client = await TestClient.connect(hub.wsUrl);
    expect((await client.waitClosed()).code).toBe(CLOSE.helloTimeout);
  });

  it('drops a silent peer at the heartbeat and counts it as gone', async () => {
    hub = await testHub({ heartbeatMs: 100 });
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    const { client } = await hub.participant(code);
    await facilitator.next('state', (s) => s.session?.participants.connected === 1);
    // Stop reading: the phone's Wi-Fi is gone, so no pong comes back.
    (client.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const gone = await facilitator.next('state', (s) => s.session?.participants.connected === 0, 3000);
    expect(gone.session?.participants.joined).toBe(1);
    facilitator.send({ type: 'ping' });
    await facilitator.next('pong');
  });

  it('tells a participant when the code matches no session', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.hello({ role: 'participant', code: 'ABCDE' });
    const error = await client.next('error');
    expect(error.code).toBe('unknown-code');
    expect(error.message).toContain('ABCDE');
    expect((await client.waitClosed()).code).toBe(CLOSE.noSession);
  });
});

describe('bad frames', () => {
  it('answers bad JSON and schema-invalid messages with an error, and the connection stays', async () => {
    hub = await testHub();
    const client = await hub.facilitator();
    client.sendRaw('{"type":');
    expect(await client.next('error')).toMatchObject({
      code: 'bad-json',
      message: 'That message was not valid JSON.',
    });
    client.send({ type: 'control', control: { action: 'goto', index: -1 } });
    const invalid = await client.next('error');
    expect(invalid.code).toBe('invalid-message');
    expect(invalid.message).toContain('index');
    client.send({ type: 'ping' });
    expect((await client.next('pong')).now).toBeGreaterThan(0);
    expect(client.closed).toBeNull();
  });

  it('closes only the socket that sent an oversized frame', async () => {
    hub = await testHub();
    const big = await hub.facilitator();
    const other = await hub.screen();
    big.sendRaw(JSON.stringify({ type: 'ping', padding: 'x'.repeat(MAX_FRAME_BYTES) }));
    expect((await big.waitClosed()).code).toBe(1009);
    other.send({ type: 'ping' });
    expect((await other.next('pong')).type).toBe('pong');
    // The hub still takes new connections.
    const later = await hub.facilitator();
    later.send({ type: 'ping' });
    await later.next('pong');
  });

  it('numbers every message of a connection 1, 2, 3…', async () => {
    hub = await testHub();
    const client = await hub.facilitator();
    for (let i = 0; i < 3; i++) client.send({ type: 'ping' });
    await client.next('pong');
    await client.next('pong');
    await client.next('pong');
    expect(client.received.map((m) => m.seq)).toEqual(client.received.map((_m, i) => i + 1));
  });
});

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
  });
});

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
    client.send(answer('c2', 3, 'not-a-question'));
    expect((await client.next('ack')).status).toBe('rejected');
  });

  it('takes answers only while the activity is open', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    const { client } = await hub.participant(code);
    client.send(answer('c1', 3));
    expect(await client.next('ack')).toMatchObject({
      status: 'rejected',
      reason: 'This activity has not opened yet.',
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
      reason: 'Answers for this activity are closed.',
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
    const tally = await reader.client.next('tally', (t) => (t.result as OpenTextResult).statements === 1);
    expect((tally.result as OpenTextResult).lists[0]!.statements[0]).toEqual({
      id: 'st1',
      text: 'We call customers every week',
      upvotes: 0,
    });
    expect(JSON.stringify(tally)).not.toContain(writer.participantId);
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

describe('session flow', () => {
  it('closes the activity when the countdown ends', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    facilitator.send({ type: 'control', control: { action: 'timer', seconds: 1 } });
    const timed = await client.next('state', (s) => s.session?.timer !== null);
    expect(timed.session!.timer!.endsAt - timed.now).toBeGreaterThan(900);
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
    expect((await facilitator.next('error')).message).toBe('This is the last activity.');
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
    expect((await facilitator.next('error')).code).toBe('no-session');
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
  });

  it('resends the state and tallies on resync', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    client.send(answer('c1', 1));
    await client.next('ack');
    client.send({ type: 'resync' });
    const state = await client.next('state');
    expect(state.session?.code).toBe(code);
    expect((await client.next('your-answers')).answers).toHaveLength(1);
    facilitator.send({ type: 'resync' });
    await facilitator.next('state', (s) => s.network !== undefined);
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
    facilitator.send(update(['c1', 'c1']));
    expect((await facilitator.next('error')).message).toContain('Card ids must be unique');
    facilitator.send(update(['c1'], 'pp:nothing'));
    expect((await facilitator.next('error')).message).toBe('This session has no activity "pp:nothing".');

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
    });
    expect(refused.fatal).toBeUndefined();
    // A countdown is refused too: it would close the empty sort when it ends.
    facilitator.send({ type: 'control', control: { action: 'timer', seconds: 60 } });
    expect((await facilitator.next('error')).message).toMatch(/^There are no cards to sort yet\./);
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

describe('network', () => {
  it('refuses an address that is not this computer’s, and keeps everyone connected', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    await expect(hub.running.setLanHost('203.0.113.7')).rejects.toThrow(
      '203.0.113.7 is not a network address',
    );
    facilitator.send({ type: 'control', control: { action: 'set-host', address: '203.0.113.7' } });
    expect((await facilitator.next('error')).message).toMatch(/not a network address/);
    expect(client.closed).toBeNull();
    client.send({ type: 'ping' });
    await client.next('pong');
  });

  // Binds a listener on the machine's LAN address (no traffic is sent to it); skipped without a network.
  const lan = listInterfaces()[0]?.address;
  it.skipIf(!lan)('re-binds the phones’ address mid-session without dropping loopback clients', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const screen = await hub.screen();
    const { client } = await hub.participant(code);
    const port = hub.running.port;
    expect(await hub.running.setLanHost(lan!)).toEqual({ joinBase: `http://${lan}:${port}` });
    expect(
      (await screen.next('state', (s) => s.session?.joinUrl?.includes(lan!) ?? false)).session?.joinUrl,
    ).toBe(`http://${lan}:${port}/j/${code}`);
    expect((await facilitator.next('state', (s) => s.network?.host === lan)).network?.joinBase).toBe(
      `http://${lan}:${port}`,
    );
    await hub.running.setLanHost(null);
    await screen.next('state', (s) => s.session?.joinUrl === `http://127.0.0.1:${port}/j/${code}`);
    expect(hub.running.joinUrl()).toBe(`http://127.0.0.1:${port}/j/${code}`);
    for (const c of [facilitator, screen, client]) {
      c.send({ type: 'ping' });
      await c.next('pong');
    }
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
    expect((await facilitator.next('error', (e) => e.code === 'server-error')).message).toMatch(/ENOSPC/);
    expect(hub.running.hub.session?.answerCount()).toBe(0);
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
    const before = (hub.running.hub as unknown as { journal: { batches: number } }).journal.batches;
    phones.forEach((p, i) => p.client.send(answer(`c${i}`, (i % 5) + 1)));
    const acks = await Promise.all(phones.map((p) => p.client.next('ack')));
    expect(acks.every((a) => a.status === 'recorded')).toBe(true);
    const after = (hub.running.hub as unknown as { journal: { batches: number } }).journal.batches;
    expect(after - before).toBeLessThan(40);
    const tally = await facilitator.next('tally', (t) => t.answered === 40);
    expect((tally.result as ScalePollResult).items[0]!.distribution).toEqual([8, 8, 8, 8, 8]);
  });
});

describe('closeReason', () => {
  it('fits a long message with non-ASCII letters into a close frame', () => {
    const reason = closeReason('That’s it: '.repeat(30));
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason.startsWith('That’s it:')).toBe(true);
  });
});
