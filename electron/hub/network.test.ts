import { afterEach, describe, expect, it } from 'vitest';
import { ListenError, startHub } from './index';
import { listInterfaces } from './interfaces';
import { openFirst, scalePollSpec, tempDir, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

async function openedPoll(activities = [scalePollSpec()]) {
  hub = await testHub();
  return { hub, ...(await openFirst(hub, activities)) };
}

describe('network', () => {
  it('says a taken port by its code, not only in words', async () => {
    hub = await testHub();
    const taken: unknown = await startHub({
      port: hub.running.port,
      dataDir: await tempDir(),
      rendererDir: '/nowhere',
      serveConsole: false,
    }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ListenError);
    expect((taken as ListenError).code).toBe('EADDRINUSE');
    expect((taken as ListenError).message).toMatch(/already in use/);
    expect((taken as ListenError).refusal).toEqual({
      code: 'port-in-use',
      args: { address: '127.0.0.1', port: String(hub.running.port) },
    });
  });

  it('refuses an address that is not this computer’s, and keeps everyone connected', async () => {
    const { hub, facilitator, code } = await openedPoll();
    const { client } = await hub.participant(code);
    await expect(hub.running.setLanHost('203.0.113.7')).rejects.toThrow(
      '203.0.113.7 is not a network address',
    );
    facilitator.send({ type: 'control', control: { action: 'set-host', address: '203.0.113.7' } });
    const refused = await facilitator.next('error');
    expect(refused.message).toMatch(/not a network address/);
    expect(refused.refusal).toEqual({ code: 'not-an-address', args: { address: '203.0.113.7' } });
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
