import { afterEach, describe, expect, it } from 'vitest';
import type { HubMessage } from '../../shared/protocol';
import { openJournalFile, type JournalFile } from './journal';
import { TestClient } from './testing/client';
import { TOKEN, scalePollSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(async () => {
  gate.open();
  await closeTestHubs();
});

/** A real journal file whose fsync waits while the gate is shut, as a slow disk would. */
const gate = {
  shut: false,
  waiting: [] as (() => void)[],
  close() {
    this.shut = true;
  },
  open() {
    this.shut = false;
    for (const go of this.waiting.splice(0)) go();
  },
};
const gatedFile = async (path: string): Promise<JournalFile> => {
  const file = await openJournalFile(path);
  return {
    write: (data) => file.write(data),
    datasync: async () => {
      if (gate.shut) await new Promise<void>((go) => gate.waiting.push(go));
      await file.datasync();
    },
    close: () => file.close(),
  };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type State = Extract<HubMessage, { type: 'state' }>;
const statesAfter = (client: TestClient, from: number) =>
  client.received.slice(from).filter((m): m is State => m.type === 'state');

type Case = {
  name: string;
  control: Record<string, unknown>;
  shown: (s: State) => boolean;
};

const cases: Case[] = [
  { name: 'close', control: { action: 'close' }, shown: (s) => s.session?.phase === 'closed' },
  { name: 'reveal', control: { action: 'reveal' }, shown: (s) => s.session?.revealed === true },
  { name: 'next', control: { action: 'next' }, shown: (s) => s.session?.index === 1 },
  { name: 'timer', control: { action: 'timer', seconds: 60 }, shown: (s) => s.session?.timer != null },
  { name: 'end-session', control: { action: 'end-session' }, shown: (s) => s.session?.status === 'ended' },
];

describe('every control is on disk before anyone sees it done', () => {
  for (const c of cases) {
    it(`holds back "${c.name}" until its journal record is saved`, async () => {
      hub = await testHub({ openFile: gatedFile });
      const { facilitator, code } = await hub.start([scalePollSpec('a:1'), scalePollSpec('a:2')]);
      facilitator.send({ type: 'control', control: { action: 'open' } });
      await facilitator.next('state', (s) => s.session?.phase === 'open');
      const { client: phone } = await hub.participant(code);
      const screen = await hub.screen(code);
      const from = {
        facilitator: facilitator.received.length,
        phone: phone.received.length,
        screen: screen.received.length,
      };

      gate.close();
      facilitator.send({ type: 'control', control: c.control });
      await sleep(300);
      expect(statesAfter(facilitator, from.facilitator).some(c.shown)).toBe(false);
      expect(statesAfter(phone, from.phone).some(c.shown)).toBe(false);
      expect(statesAfter(screen, from.screen).some(c.shown)).toBe(false);

      gate.open();
      await facilitator.next('state', c.shown);
      await screen.next('state', c.shown);
    });
  }

  it('a saved close is still closed after the hub restarts', async () => {
    hub = await testHub({ openFile: gatedFile });
    const { facilitator } = await hub.start([scalePollSpec('a:1')]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await facilitator.next('state', (s) => s.session?.phase === 'open');
    facilitator.send({ type: 'control', control: { action: 'close' } });
    await facilitator.next('state', (s) => s.session?.phase === 'closed');
    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = await testHub({}, dataDir);
    const again = await TestClient.connect(hub.wsUrl);
    again.hello({ role: 'facilitator', token: TOKEN });
    const welcome = await again.next('welcome');
    expect(welcome.snapshot.session?.phase).toBe('closed');
  });
});
