import { describe, expect, it } from 'vitest';
import {
  HubSession,
  preferredPortFrom,
  PREFERRED_HUB_PORT,
  type HubSessionOptions,
  type HubStartOptions,
  type RunningHubLike,
} from './hubSession';

function fakeHub(port: number, log: string[]): RunningHubLike {
  return {
    port,
    localUrl: `http://127.0.0.1:${port}`,
    facilitatorToken: `token-${port}`,
    close: async () => void log.push(`close ${port}`),
  };
}

function session(
  start: (options: HubStartOptions) => Promise<RunningHubLike>,
  more: Partial<HubSessionOptions> = {},
) {
  return new HubSession({
    ...more,
    startHub: start,
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

  it.each([
    ['a system error', Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' })],
    [
      'the hub’s error for people, with the system’s code',
      Object.assign(new Error('Port 4870 is already in use on 127.0.0.1.'), { code: 'EADDRINUSE' }),
    ],
    [
      'an error caused by it',
      new Error('The hub did not start', {
        cause: Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }),
      }),
    ],
  ])('lets the system pick a port when the usual one is taken (%s)', async (_, taken) => {
    const tried: number[] = [];
    const hub = session(async ({ port }) => {
      tried.push(port);
      if (port === PREFERRED_HUB_PORT) throw taken;
      return fakeHub(51234, []);
    });
    expect((await hub.info()).url).toBe('http://127.0.0.1:51234');
    expect(tried).toEqual([PREFERRED_HUB_PORT, 0]);
    expect(hub.origins()).toEqual({ hubPort: 51234, lanAddress: null });
  });

  it('opens to phones on the default LAN address straight away', async () => {
    const starts: HubStartOptions[] = [];
    const hub = session(async (options) => (starts.push(options), fakeHub(options.port, [])), {
      defaultLanAddress: () => '192.168.1.20',
    });
    await hub.start();
    expect(starts.map((options) => options.host)).toEqual(['192.168.1.20']);
    expect(hub.origins()).toEqual({ hubPort: PREFERRED_HUB_PORT, lanAddress: '192.168.1.20' });
  });

  it('starts for this laptop alone when the LAN address cannot be used, and says why', async () => {
    const warnings: string[] = [];
    const hosts: (string | undefined)[] = [];
    const hub = session(
      async (options) => {
        hosts.push(options.host);
        if (options.host) throw new Error('192.168.1.20 is not an address of this computer (any more).');
        return fakeHub(options.port, []);
      },
      { defaultLanAddress: () => '192.168.1.20', warn: (message) => warnings.push(message) },
    );
    expect((await hub.info()).url).toBe(`http://127.0.0.1:${PREFERRED_HUB_PORT}`);
    expect(hosts).toEqual(['192.168.1.20', undefined]);
    expect(hub.origins().lanAddress).toBeNull();
    expect(warnings).toEqual([
      'Phones cannot join yet: the hub could not listen on 192.168.1.20 (192.168.1.20 is not an address of this computer (any more).).',
    ]);
  });

  it('takes the port from --port, then OUTSIDE_IN_PORT, else the usual one', () => {
    expect(preferredPortFrom(['.', '--port', '5000'], {})).toBe(5000);
    expect(preferredPortFrom(['--port=5001'], { OUTSIDE_IN_PORT: '6000' })).toBe(5001);
    expect(preferredPortFrom([], { OUTSIDE_IN_PORT: '6000' })).toBe(6000);
    expect(preferredPortFrom([], {})).toBe(PREFERRED_HUB_PORT);
    expect(preferredPortFrom(['--port', 'http'], {})).toBe(PREFERRED_HUB_PORT);
    expect(preferredPortFrom(['--port', '70000'], {})).toBe(PREFERRED_HUB_PORT);
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

  it('closes nothing when the hub never started', async () => {
    const hub = session(async () => {
      throw new Error('never');
    });
    await expect(hub.close()).resolves.toBeUndefined();
  });
});
