import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { CLOSE } from './hub';
import { DESKTOP_PAGE_ORIGIN } from './origin';
import { TestClient } from './testing/client';
import { FakeSocket } from './testing/fakeSocket';
import { TOKEN, scalePollSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

async function practiceParticipant(h: TestHub, code: string, origin?: string) {
  const client = await TestClient.connect(h.wsUrl, origin);
  client.hello({ role: 'participant', code, practice: true, token: TOKEN });
  const welcome = await client.next('welcome');
  return { client, participantId: welcome.you.participantId! };
}

const answer = (clientAnswerId: string, value: number) => ({
  type: 'answer' as const,
  activityId: 'check:q',
  itemId: 'q1',
  clientAnswerId,
  value,
});

async function settled(predicate: () => boolean) {
  for (let i = 0; i < 100 && !predicate(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('practice participants', () => {
  it('answer like phones, and the console sees how many of the room and of the answers are practice', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    const phone = await hub.participant(code);
    const practice = [await practiceParticipant(hub, code), await practiceParticipant(hub, code)];

    const state = await facilitator.next('state', (s) => s.session?.participants.connected === 3);
    expect(state.session?.participants).toEqual({ joined: 3, connected: 3, practice: 2 });

    phone.client.send(answer('a1', 4));
    expect((await phone.client.next('ack')).status).toBe('recorded');
    practice[0]!.client.send(answer('b1', 2));
    expect((await practice[0]!.client.next('ack')).status).toBe('recorded');
    practice[0]!.client.send(answer('b2', 3));
    expect((await practice[0]!.client.next('ack')).status).toBe('replaced');

    const tally = await facilitator.next('tally', (t) => t.answered === 2);
    expect(tally.practice).toBe(1);
    facilitator.send({ type: 'control', control: { action: 'close' } });
    const closed = await facilitator.next('closed-results');
    expect(closed.result).toMatchObject({ answered: 2, practice: 1, participants: 3 });

    practice.forEach((p) => p.client.ws.close());
    const after = await facilitator.next('state', (s) => s.session?.participants.connected === 1);
    expect(after.session?.participants).toEqual({ joined: 3, connected: 1 });
  });

  it('leave results without a practice mark when only phones answered', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await practiceParticipant(hub, code);
    const phone = await hub.participant(code);
    phone.client.send(answer('a1', 5));
    await phone.client.next('ack');
    expect((await facilitator.next('tally', (t) => t.answered === 1)).practice).toBeUndefined();
    facilitator.send({ type: 'control', control: { action: 'close' } });
    expect((await facilitator.next('closed-results')).result.practice).toBeUndefined();
  });

  it('need the facilitator key, even from a page the hub served', async () => {
    hub = await testHub();
    const { code } = await hub.start([scalePollSpec()]);
    for (const hello of [
      { role: 'participant' as const, code, practice: true },
      { role: 'participant' as const, code, practice: true, token: 'guessed' },
      { role: 'screen' as const, code, practice: true, token: TOKEN },
    ]) {
      const client = await TestClient.connect(hub.wsUrl);
      client.hello(hello);
      const error = await client.next('error');
      expect(error.code).toBe('unauthorized');
      expect(error.message).toMatch(/Practice participants join only from the facilitator’s console/);
      expect((await client.waitClosed()).code).toBe(CLOSE.unauthorized);
    }
    expect(hub.running.hub.stats().joined).toBe(0);
    // The desktop app's console, with the key, may run the practice room.
    const fromDesktop = await practiceParticipant(hub, code, DESKTOP_PAGE_ORIGIN);
    expect(fromDesktop.participantId).toBeTruthy();
  });

  it('are refused from another machine, key or not, while its phones join', async () => {
    hub = await testHub();
    const { code } = await hub.start([scalePollSpec()]);
    const lan = (hello: Record<string, unknown>) => {
      const socket = new FakeSocket();
      hub!.running.hub.connect(socket.ws, { loopback: false, origin: 'own' });
      socket.say({ type: 'hello', protocol: PROTOCOL_VERSION, ...hello });
      return socket;
    };
    const practice = lan({ role: 'participant', code, practice: true, token: TOKEN });
    const phone = lan({ role: 'participant', code });
    await settled(() => phone.sent.some((m) => m.type === 'welcome'));
    expect(practice.closedWith).toBe(CLOSE.unauthorized);
    expect(practice.sent.find((m) => m.type === 'error')).toMatchObject({ code: 'unauthorized' });
    expect(phone.sent.find((m) => m.type === 'welcome')).toMatchObject({ you: { role: 'participant' } });
    expect(hub.running.hub.stats().practice).toBe(0);
  });

  it('cannot be claimed with anything but true or false', async () => {
    hub = await testHub();
    const { code } = await hub.start([scalePollSpec()]);
    const client = await TestClient.connect(hub.wsUrl);
    client.send({ type: 'hello', protocol: PROTOCOL_VERSION, role: 'participant', code, practice: 'yes' });
    expect((await client.next('error')).code).toBe('invalid-message');
    expect(hub.running.hub.stats().joined).toBe(0);
  });

  it('are rate limited like any participant', async () => {
    hub = await testHub();
    const { code } = await hub.start([scalePollSpec()]);
    const flooder = await practiceParticipant(hub, code);
    for (let i = 0; i < 300; i++) flooder.client.send({ type: 'ping' });
    expect((await flooder.client.waitClosed()).code).toBe(CLOSE.rateLimited);
  });

  it('stay marked as practice after the hub restarts from its journal', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    const practice = await practiceParticipant(hub, code);
    practice.client.send(answer('b1', 1));
    await practice.client.next('ack');
    const dataDir = hub.dataDir;
    await hub.running.close();

    hub = await testHub({}, dataDir);
    const console2 = await hub.facilitator();
    expect((await console2.next('tally')).practice).toBe(1);
    console2.send({ type: 'control', control: { action: 'close' } });
    expect((await console2.next('closed-results')).result).toMatchObject({ answered: 1, practice: 1 });
  });
});
