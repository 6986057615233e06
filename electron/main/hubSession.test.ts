import { describe, expect, it } from 'vitest';
import { HubSession, PREFERRED_HUB_PORT, type HubStartOptions, type RunningHubLike } from './hubSession';

function fakeHub(port: number, log: string[]): RunningHubLike {
  return {
    port,
    localUrl: `http://127.0.0.1:${port}`,
    facilitatorToken: `token-${port}`,
    setLanHost: async (address) => {
      log.push(`lan ${address}`);
      return { joinBase: `http://${address}:${port}/j/` };
    },
    close: async () => void log.push(`close ${port}`),
  };
}

function session(start: (options: HubStartOptions) => Promise<RunningHubLike>) {
  return new HubSession({
    startHub: start,
    listInterfaces: () => [
      { name: 'docker0', address: '172.17.0.1', isPrivate: true, isVirtual: true, isDefault: false },
      { name: 'wlan0', address: '192.168.1.20', isPrivate: true, isVirtual: false, isDefault: true },
    ],
    dataDir: '/data/hub',
    rendererDir: '/app/out/renderer',
  });
}

describe('hub session', () => {
  it('starts one hub on the usual port, on loopback, serving phones only', async () => {
    const starts: HubStartOptions[] = [];
    const log: string[] = [];
    const hub = session(async (options) => (starts.push(options), fakeHub(options.port, log)));
    const [a, b] = await Promise.all([hub.info(), hub.info()]);
    expect(a).toEqual({
      url: `http://127.0.0.1:${PREFERRED_HUB_PORT}`,
      facilitatorToken: `token-${PREFERRED_HUB_PORT}`,
    });
    expect(b).toEqual(a);
    expect(starts).toEqual([
      {
        port: PREFERRED_HUB_PORT,
        dataDir: '/data/hub',
        rendererDir: '/app/out/renderer',
        serveConsole: false,
      },
    ]);
  });

  it('lets the system pick a port when the usual one is taken', async () => {
    const tried: number[] = [];
    const hub = session(async ({ port }) => {
      tried.push(port);
      if (port === PREFERRED_HUB_PORT)
        throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
      return fakeHub(51234, []);
    });
    expect((await hub.info()).url).toBe('http://127.0.0.1:51234');
    expect(tried).toEqual([PREFERRED_HUB_PORT, 0]);
    expect(hub.origins()).toEqual({ hubPort: 51234, lanAddress: null });
  });

  it('reports a failed start in words, and tries again on the next request', async () => {
    let attempts = 0;
    const hub = session(async ({ port }) => {
      attempts += 1;
      if (attempts === 1) throw new Error('EACCES: permission denied, mkdir /data/hub');
      return fakeHub(port, []);
    });
    await expect(hub.info()).rejects.toThrow(
      'The session hub did not start (EACCES: permission denied, mkdir /data/hub). Phones cannot join until it does.',
    );
    expect((await hub.info()).url).toBe(`http://127.0.0.1:${PREFERRED_HUB_PORT}`);
  });

  it('lists the LAN interfaces for the console, default marked', async () => {
    const hub = session(async ({ port }) => fakeHub(port, []));
    expect(await hub.interfaces()).toEqual([
      {
        name: 'docker0',
        address: '172.17.0.1',
        internal: false,
        isPrivate: true,
        isVirtual: true,
        isDefault: false,
      },
      {
        name: 'wlan0',
        address: '192.168.1.20',
        internal: false,
        isPrivate: true,
        isVirtual: false,
        isDefault: true,
      },
    ]);
  });

  it('moves to the chosen LAN address and remembers it for the page policy', async () => {
    const log: string[] = [];
    const hub = session(async ({ port }) => fakeHub(port, log));
    expect(await hub.setInterface('192.168.1.20')).toEqual({
      joinBase: `http://192.168.1.20:${PREFERRED_HUB_PORT}/j/`,
    });
    expect(hub.origins()).toEqual({ hubPort: PREFERRED_HUB_PORT, lanAddress: '192.168.1.20' });
    await hub.close();
    expect(log).toEqual(['lan 192.168.1.20', `close ${PREFERRED_HUB_PORT}`]);
  });

  it('closes nothing when the hub never started', async () => {
    const hub = session(async () => {
      throw new Error('never');
    });
    await expect(hub.close()).resolves.toBeUndefined();
  });
});
