import { createServer as createNetServer } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { roomMove, type MovingClient } from './move';
import { TestClient } from './testing/client';
import { scalePollSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

describe('roomMove', () => {
  const session = { id: 's1', code: 'ABCDE', ended: false };
  const phoneOnOld: MovingClient = { role: 'participant', listener: 1, sessionId: 's1' };
  const clients: MovingClient[] = [
    phoneOnOld,
    { role: 'participant', listener: 0, sessionId: 's1' }, // on the laptop (loopback)
    { role: 'participant', listener: 2, sessionId: 's1' }, // already on the new address
    { role: 'participant', listener: 1, sessionId: 'older' }, // a session that is over
    { role: 'screen', listener: 1, sessionId: 's1' },
    { role: 'facilitator', listener: 0, sessionId: 's1' },
    { role: null, listener: 1, sessionId: null }, // has not said hello yet
  ];

  it('tells only the live session’s participants on the closing address, with the new join URL', () => {
    expect(roomMove(clients, 1, session, 'http://10.0.0.7:4873')).toEqual({
      joinUrl: 'http://10.0.0.7:4873/j/ABCDE',
      told: [phoneOnOld],
    });
  });

  it('tells nobody when phones cannot follow: loopback only, no session, or the session ended', () => {
    expect(roomMove(clients, 1, session, null)).toBeNull();
    expect(roomMove(clients, 1, null, 'http://10.0.0.7:4873')).toBeNull();
    expect(roomMove(clients, 1, { ...session, ended: true }, 'http://10.0.0.7:4873')).toBeNull();
  });
});

// Documentation addresses (TEST-NET-1) stand for the laptop's two networks. Nothing is ever sent to
// them: the "LAN" listeners bind 127.0.0.1 on ports of their own, and phones name the address only
// in their Host and Origin headers, as a phone on that network would.
const OLD = '192.0.2.10';
const NEW = '192.0.2.20';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A hub whose phones' listener "binds" OLD or NEW: really 127.0.0.1 on a port per address. */
async function roomWithTwoNetworks(moveGraceMs: number) {
  const realPort = new Map<string, number>();
  hub = await testHub({
    moveGraceMs,
    lan: {
      addresses: () => [OLD, NEW],
      listen: async (server: Server, _port: number, address: string) => {
        const port = await freePort();
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', () => resolve());
        });
        realPort.set(address, port);
      },
    },
  });
  const running = hub.running;
  const { facilitator, code } = await hub.start([scalePollSpec()]);
  facilitator.send({ type: 'control', control: { action: 'open' } });
  await facilitator.next('state', (m) => m.session?.phase === 'open');
  await running.setLanHost(OLD);

  /** A phone on `address`'s network, connecting as a browser there would. */
  const phoneOn = (address: string) => {
    const host = `${address}:${running.port}`;
    return TestClient.connect(`ws://127.0.0.1:${realPort.get(address)!}/ws`, `http://${host}`, { host });
  };
  return { hub, facilitator, code, phoneOn, realPort };
}

const answerQ1 = (clientAnswerId: string, value: number) => ({
  type: 'answer' as const,
  activityId: 'check:q',
  itemId: 'q1',
  clientAnswerId,
  value,
});

describe('switching the phones’ network mid-session', () => {
  it('sends phones on the old address to the new one, where they resume without being counted twice', async () => {
    const { hub, facilitator, code, phoneOn } = await roomWithTwoNetworks(10_000);
    const phone = await phoneOn(OLD);
    phone.hello({ role: 'participant', code });
    const { participantId, secret } = (await phone.next('welcome')).you;
    phone.send(answerQ1('a1', 4));
    expect((await phone.next('ack')).status).toBe('recorded');
    // On the laptop itself: a participant and the projector stay where they are.
    const local = await hub.participant(code);
    const screen = await hub.screen();
    await facilitator.next('tally', (t) => t.joined === 2 && t.answered === 1);

    const started = Date.now();
    const switched = hub.running.setLanHost(NEW);
    const moved = await phone.next('moved');
    expect(moved.joinUrl).toBe(`http://${NEW}:${hub.running.port}/j/${code}`);

    // The phone follows: leaves the old address and resumes on the new one.
    phone.close();
    const followed = await phoneOn(NEW);
    followed.hello({ role: 'participant', code, participantId, secret });
    const welcome = await followed.next('welcome');
    expect(welcome.you).toMatchObject({ participantId, resumed: true });
    const mine = await followed.next('your-answers');
    expect(mine.answers).toEqual([{ itemId: 'q1', value: 4, clientAnswerId: 'a1' }]);
    // Its queued copy of that answer, sent again from the new page, changes nothing.
    followed.send(answerQ1('a1', 4));
    expect((await followed.next('ack')).status).toBe('duplicate');

    // The switch finished as soon as its phone had left, not after the grace period.
    expect(await switched).toEqual({ joinBase: `http://${NEW}:${hub.running.port}` });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(hub.running.joinUrl()).toBe(`http://${NEW}:${hub.running.port}/j/${code}`);
    const state = await facilitator.next('state', (s) => s.session?.participants.connected === 2);
    expect(state.session?.participants.joined).toBe(2);
    expect(hub.running.hub.stats().answers).toBe(1);

    // Loopback clients were not told anything and are still connected.
    for (const c of [local.client, screen, facilitator]) {
      expect(c.all('moved')).toEqual([]);
      c.send({ type: 'ping' });
      await c.next('pong');
    }
    expect(hub.log.lines).toContain(`info: Sent 1 phone on to http://${NEW}:${hub.running.port}.`);
  });

  it('closes the old address after the grace period, cutting a phone that did not follow', async () => {
    const { hub, code, phoneOn, realPort } = await roomWithTwoNetworks(300);
    const stayer = await phoneOn(OLD);
    stayer.hello({ role: 'participant', code });
    await stayer.next('welcome');
    await hub.running.setLanHost(NEW);
    expect(stayer.all('moved')).toHaveLength(1);
    await stayer.waitClosed();
    // Nobody is listening on the old address any more.
    await expect(TestClient.connect(`ws://127.0.0.1:${realPort.get(OLD)!}/ws`)).rejects.toThrow();
  });

  it('tells phones nothing when they can no longer join from another device', async () => {
    const { hub, code, phoneOn } = await roomWithTwoNetworks(10_000);
    const phone = await phoneOn(OLD);
    phone.hello({ role: 'participant', code });
    await phone.next('welcome');
    await hub.running.setLanHost(null);
    await phone.waitClosed();
    expect(phone.all('moved')).toEqual([]);
  });
});
