import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivitySpecMessage } from '../../../shared/protocol';
import type { HubLog } from '../hub';
import { startHub, type HubInternals, type RunningHub } from '../index';
import { JOURNAL_VERSION } from '../journal';
import { SessionModel } from '../session';
import { TestClient } from './client';

export const TOKEN = 'facilitator-token-for-tests';

export const scalePollSpec = (id = 'check:q', items = ['q1']): ActivitySpecMessage => ({
  id,
  exerciseId: 'check',
  kind: 'scale-poll',
  title: 'How customer-centric are we?',
  prompt: 'Rate each statement',
  config: { items: items.map((item) => ({ id: item, label: `Statement ${item}` })), min: 1, max: 5 },
});

export const dotVotingSpec = (id = 'plan:dots'): ActivitySpecMessage => ({
  id,
  exerciseId: 'plan',
  kind: 'dot-voting',
  title: 'Which initiatives first?',
  prompt: 'Spend your dots',
  config: {
    options: [
      { id: 'a', label: 'Call ten customers a month' },
      { id: 'b', label: 'Measure time to resolve' },
    ],
    dots: 3,
  },
});

export const openTextSpec = (id = 'def:means'): ActivitySpecMessage => ({
  id,
  exerciseId: 'def',
  kind: 'open-text',
  title: 'Customer-centric means…',
  prompt: 'Write and upvote',
  config: { lists: [{ id: 'means', label: 'It means' }], maxLength: 200, maxPerParticipant: 3 },
});

/** A push/pull card sort over these card ids (each card titled after its id). */
export const cardSortSpec = (id = 'pp:sort', cards = ['c1', 'c2']): ActivitySpecMessage => ({
  id,
  exerciseId: id.split(':')[0]!,
  kind: 'card-classification',
  title: 'Product push or customer pull?',
  prompt: 'Sort each card',
  config: cardSortConfig(cards),
});

export const cardSortConfig = (cards: string[]) => ({
  cards: cards.map((card) => ({ id: card, title: `Card ${card}` })),
  categories: [
    { id: 'push', label: 'Pushed by us' },
    { id: 'pull', label: 'Pulled by customers' },
    { id: 'unsure', label: 'Unsure' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
});

/** Collects the hub's log lines instead of printing them. */
export function memoryLog(): HubLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    warn: (m) => void lines.push(`warn: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
  };
}

export async function tempDir(prefix = 'outside-in-hub-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export interface TestHub {
  running: RunningHub;
  wsUrl: string;
  log: ReturnType<typeof memoryLog>;
  dataDir: string;
  facilitator(): Promise<TestClient>;
  participant(
    code: string,
    resume?: { participantId: string; secret: string; page?: { activityId: string; page: number } },
  ): Promise<{ client: TestClient; participantId: string; secret: string }>;
  screen(code?: string): Promise<TestClient>;
  start(activities: ActivitySpecMessage[]): Promise<{ facilitator: TestClient; code: string }>;
}

const started = new Set<RunningHub>();

/** Closes every hub the test started, however it ended: hub test files run it after each test. */
export async function closeTestHubs(): Promise<void> {
  const hubs = [...started];
  started.clear();
  await Promise.all(hubs.map((running) => running.close()));
}

export async function testHub(internals: HubInternals = {}, dataDir?: string): Promise<TestHub> {
  const dir = dataDir ?? (await tempDir());
  const log = memoryLog();
  const running = await startHub(
    {
      port: 0,
      dataDir: dir,
      rendererDir: join(dir, 'no-renderer'),
      serveConsole: false,
      facilitatorToken: TOKEN,
    },
    { log, heartbeatMs: 60_000, ...internals },
  );
  started.add(running);
  const wsUrl = `ws://127.0.0.1:${running.port}/ws`;
  const hub: TestHub = {
    running,
    wsUrl,
    log,
    dataDir: dir,
    async facilitator() {
      const client = await TestClient.connect(wsUrl);
      client.hello({ role: 'facilitator', token: TOKEN });
      await client.next('welcome');
      return client;
    },
    async participant(code, resume) {
      const client = await TestClient.connect(wsUrl);
      client.hello({ role: 'participant', code, ...resume });
      const welcome = await client.next('welcome');
      return { client, participantId: welcome.you.participantId!, secret: welcome.you.secret! };
    },
    async screen(code) {
      const client = await TestClient.connect(wsUrl);
      client.hello({ role: 'screen', ...(code ? { code } : {}) });
      await client.next('welcome');
      return client;
    },
    async start(activities) {
      const facilitator = await hub.facilitator();
      facilitator.send({
        type: 'control',
        control: { action: 'start-session', workshopId: 'w1', workshopName: 'Kick-off', activities },
      });
      const state = await facilitator.next('state', (m) => m.session !== null);
      return { facilitator, code: state.session!.code };
    },
  };
  return hub;
}

/** Starts a session on `hub` and opens its first activity. */
export async function openFirst(hub: TestHub, activities = [scalePollSpec()]) {
  const { facilitator, code } = await hub.start(activities);
  facilitator.send({ type: 'control', control: { action: 'open' } });
  await facilitator.next('state', (m) => m.session?.phase === 'open');
  return { facilitator, code };
}

/** A participant's answer (to the scale poll's first statement unless told). */
export const answer = (clientAnswerId: string, value: unknown, itemId = 'q1', activityId = 'check:q') => ({
  type: 'answer' as const,
  activityId,
  itemId,
  clientAnswerId,
  value,
});

/** A session model over these activities, as a start record makes it (no hub, no sockets). */
export function sessionOf(activities: ActivitySpecMessage[]): SessionModel {
  const created = SessionModel.create({
    t: 'start',
    v: JOURNAL_VERSION,
    at: 0,
    sessionId: 's1',
    code: 'ABCDE',
    workshopId: 'w1',
    workshopName: 'Kick-off',
    activities,
  });
  if (!created.ok) throw new Error(created.reason);
  return created.session;
}
