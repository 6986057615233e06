import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_CHANNELS, IPC_CHANNELS, type IpcReply } from '../../shared/ipc';
import {
  createIpcHandlers,
  registerIpcHandlers,
  type IpcInvokeEventLike,
  type IpcMainLike,
  type ShellServices,
} from './ipc';
import { pageUrl, type PageLocations } from './navigation';

const locations: PageLocations = { rendererDir: resolve('/app/out/renderer') };
const consolePage = `${pageUrl('console', locations)}#/w/42/live`;
const projectorPage = pageUrl('projector', locations);

/** Services that record what the handlers asked for. */
function recordingServices() {
  const calls: [string, ...unknown[]][] = [];
  const services: ShellServices = {
    hubInfo: async () => (
      calls.push(['hubInfo']),
      { url: 'http://127.0.0.1:4870', facilitatorToken: 't0k3n' }
    ),
    saveFile: async (request) => (calls.push(['saveFile', request]), { saved: true, path: '/tmp/x' }),
    openFile: async (request) => (calls.push(['openFile', request]), null),
    openProjector: async () => void calls.push(['openProjector']),
    setConsoleLanguage: async (language) => void calls.push(['setConsoleLanguage', language]),
  };
  return { services, calls, called: (name: string) => calls.filter(([n]) => n === name) };
}

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Behaves like ipcMain.handle: one handler per channel, a second registration throws. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
    removeHandler(channel) {
      listeners.delete(channel);
    },
  };
  const invoke = async (channel: string, from: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: from === null ? null : { url: from, parent: null } };
    return (await listener(event, ...args)) as IpcReply<unknown>;
  };
  return { ipcMain, listeners, invoke };
}

function setUp() {
  const recorded = recordingServices();
  const main = fakeIpcMain();
  const unregister = registerIpcHandlers(main.ipcMain, createIpcHandlers(recorded.services), () => locations);
  return { ...recorded, ...main, unregister };
}

describe('IPC handler map', () => {
  it('has exactly one handler for every channel of the contract', () => {
    const handlers = createIpcHandlers(recordingServices().services);
    expect(Object.keys(handlers).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(new Set(IPC_CHANNELS).size).toBe(IPC_CHANNELS.length);
    expect(new Set(Object.values(API_CHANNELS)).size).toBe(Object.keys(API_CHANNELS).length);
  });

  it('registers every channel once, and can unregister them all', () => {
    const { listeners, ipcMain, services, unregister } = { ...setUp() };
    expect([...listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    // Registering again would be a second handler per channel: Electron refuses that.
    expect(() => registerIpcHandlers(ipcMain, createIpcHandlers(services), () => locations)).toThrow(
      /second/,
    );
    unregister();
    expect(listeners.size).toBe(0);
  });

  it('answers our console with the hub address and token', async () => {
    const { invoke } = setUp();
    expect(await invoke('hub:info', consolePage)).toEqual({
      ok: true,
      value: { url: 'http://127.0.0.1:4870', facilitatorToken: 't0k3n' },
    });
  });
});

describe('sender check', () => {
  const foreign = [
    'https://example.com/console/index.html',
    'http://127.0.0.1:4870/console/index.html',
    'file:///tmp/console/index.html',
    // The built console from disk: the desktop app serves it on the app scheme only.
    pathToFileURL(resolve(locations.rendererDir, 'console/index.html')).href,
    'app://evil/console/index.html',
    pageUrl('console', locations).replace('/console/', '/phone/'),
    'data:text/html,hi',
    'about:blank',
  ];

  it.each(IPC_CHANNELS)(
    'refuses "%s" from pages that are not ours, without calling anything',
    async (channel) => {
      const { invoke, calls } = setUp();
      for (const url of [...foreign, null]) {
        const reply = await invoke(channel, url);
        expect(reply.ok, String(url)).toBe(false);
        if (!reply.ok) expect(reply.message).toContain(`"${channel}" is not available`);
      }
      expect(calls).toEqual([]);
    },
  );

  it('refuses an embedded frame even when it shows one of our pages', async () => {
    const { listeners, calls } = setUp();
    const listener = listeners.get('hub:info')!;
    const reply = (await listener({ senderFrame: { url: consolePage, parent: {} } })) as IpcReply<unknown>;
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('lets the projector read the hub address but not save or open files', async () => {
    const { invoke, called } = setUp();
    expect((await invoke('hub:info', projectorPage)).ok).toBe(true);
    const save = await invoke('file:save', projectorPage, { defaultName: 'a.csv', data: 'x', kind: 'csv' });
    expect(save).toEqual({ ok: false, message: '"file:save" is not available to the projector.' });
    expect((await invoke('file:open', projectorPage, { kind: 'csv' })).ok).toBe(false);
    expect(called('saveFile')).toEqual([]);
    expect(called('openFile')).toEqual([]);
  });
});

describe('argument check', () => {
  it('refuses malformed arguments with a message naming the channel and the problem', async () => {
    const { invoke, calls } = setUp();
    const noKind = await invoke('file:open', consolePage, {});
    expect(noKind.ok).toBe(false);
    if (!noKind.ok) {
      expect(noKind.message).toMatch(/refused a malformed "file:open" request/);
      expect(noKind.message).toMatch(/argument 1 › kind/);
    }
    const badKind = await invoke('file:save', consolePage, { defaultName: 'x', data: 'x', kind: 'exe' });
    expect(badKind.ok).toBe(false);
    if (!badKind.ok) expect(badKind.message).toMatch(/argument 1 › kind: Invalid option/);

    for (const [channel, args] of [
      ['file:save', [{ defaultName: 'x', data: 42, kind: 'csv' }]],
      ['file:save', [{ defaultName: 'x', data: 'x', kind: 'csv', path: '/etc/passwd' }]],
      ['file:open', [{ kind: 'pdf' }]],
      ['file:open', []],
      ['projector:open', ['extra']],
      ['hub:info', [1]],
      ['console:language', []],
      ['console:language', ['ar']],
      ['console:language', ['de', 'fr']],
      ['console:language', ['de\u202E']],
      ['console:language', [{ toString: () => 'de' }]],
    ] as const) {
      const reply = await invoke(channel, consolePage, ...args);
      expect(reply.ok, `${channel} ${JSON.stringify(args)}`).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('accepts bytes as well as text to save, under a safe file name', async () => {
    const { invoke, called } = setUp();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(
      await invoke('file:save', consolePage, {
        defaultName: '../../etc/Plan: Q3?',
        data: bytes,
        kind: 'pdf',
      }),
    ).toEqual({ ok: true, value: { saved: true, path: '/tmp/x' } });
    expect(called('saveFile')).toEqual([
      ['saveFile', { defaultName: 'Plan Q3.pdf', data: bytes, kind: 'pdf' }],
    ]);
  });
});

describe('handlers', () => {
  it('turns a failure inside a handler into its message instead of a crash', async () => {
    const recorded = recordingServices();
    recorded.services.saveFile = async () => {
      throw new Error('The disk is full, so “plan.pdf” was not saved.');
    };
    const main = fakeIpcMain();
    registerIpcHandlers(main.ipcMain, createIpcHandlers(recorded.services), () => locations);
    expect(
      await main.invoke('file:save', consolePage, { defaultName: 'plan', data: 'x', kind: 'pdf' }),
    ).toEqual({
      ok: false,
      message: 'The disk is full, so “plan.pdf” was not saved.',
    });
  });

  it('opens the projector and files only for the console', async () => {
    const { invoke, called } = setUp();
    expect(await invoke('projector:open', consolePage)).toEqual({ ok: true, value: undefined });
    expect(await invoke('file:open', consolePage, { kind: 'workshop' })).toEqual({ ok: true, value: null });
    expect((await invoke('projector:open', projectorPage)).ok).toBe(false);
    expect(called('openProjector')).toHaveLength(1);
    expect(called('openFile')).toEqual([['openFile', { kind: 'workshop' }]]);
  });
});

describe('the console’s language, for the menu', () => {
  it('takes a language the console speaks, from the console only', async () => {
    const { invoke, called } = setUp();
    for (const language of ['de', 'fr', 'es', 'nl', 'pt-BR', 'en'])
      expect(await invoke('console:language', consolePage, language)).toEqual({ ok: true, value: undefined });
    expect((await invoke('console:language', projectorPage, 'de')).ok).toBe(false);
    expect(called('setConsoleLanguage').map(([, language]) => language)).toEqual([
      'de',
      'fr',
      'es',
      'nl',
      'pt-BR',
      'en',
    ]);
  });

  it('refuses anything else: Arabic (phones and projector only), the pseudo-locale, other tags', async () => {
    const { invoke, called } = setUp();
    for (const value of ['ar', 'en-XA', 'DE', 'de-DE', '', 'x'.repeat(5000), null, 7]) {
      const reply = await invoke('console:language', consolePage, value);
      expect(reply.ok, String(value).slice(0, 20)).toBe(false);
    }
    expect(called('setConsoleLanguage')).toEqual([]);
  });
});
