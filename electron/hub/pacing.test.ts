import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import type { HubMessage } from '../../shared/protocol';
import { AnswerQueue } from '../../renderer/ui/hub/answerQueue';
import { HubClient, type ClientEnvironment } from '../../renderer/ui/hub/client';
import { cardSortSpec, openFirst, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
let phone: HubClient | null = null;
afterEach(async () => {
  phone?.stop();
  phone = null;
  await closeTestHubs();
});

const nodeEnvironment = (origin: string): ClientEnvironment => ({
  isOnline: () => true,
  listen: () => () => undefined,
  createSocket: (url) => new NodeWebSocket(url, { origin }) as unknown as WebSocket,
  now: Date.now,
});

/**
 * The phone's own client against the real hub, both ten times faster than in the room (hub 200/s,
 * phone 150/s) so the test takes seconds: 500 answers queued offline, then one connection.
 */
async function drain(pace: { perSecond: number; burst: number }) {
  hub = await testHub({ rateLimit: { perSecond: 200, burst: 40, strikes: 40, strikeWindowMs: 10_000 } });
  const cards = Array.from({ length: 500 }, (_, i) => `c${i}`);
  const { code } = await openFirst(hub, [cardSortSpec('pp:sort', cards)]);
  const queue = new AnswerQueue(null, 'q');
  for (const [i, card] of cards.entries())
    queue.add({ clientAnswerId: `a${i}`, activityId: 'pp:sort', itemId: card, value: 'push', madeAt: 0 });
  const seen: HubMessage[] = [];
  let closed = 0;
  const started = Date.now();
  const done = new Promise<void>((resolve) => {
    phone = new HubClient({
      url: hub!.wsUrl,
      hello: () => ({ role: 'participant', code }),
      onMessage: (m) => {
        seen.push(m);
        if (queue.list().length === 0) resolve();
      },
      onConnection: (state) => {
        if (state === 'reconnecting' && seen.length > 0) closed += 1;
      },
      queue,
      env: nodeEnvironment(hub!.wsUrl.replace(/^ws/, 'http').replace(/\/ws$/, '')),
      pace,
    });
    phone.start();
  });
  await Promise.race([done, new Promise((r) => setTimeout(r, 15_000))]);
  return {
    left: queue.list().length,
    closed,
    seconds: (Date.now() - started) / 1000,
    limited: seen.filter((m) => m.type === 'error' && m.code === 'rate-limited').length,
    answers: hub.running.hub.stats().answers,
  };
}

describe('a phone drains its queue on one connection', () => {
  it('sends 500 queued answers at its pace: all saved, never cut off', async () => {
    const result = await drain({ perSecond: 150, burst: 20 });
    expect(result).toMatchObject({ left: 0, closed: 0, answers: 500 });
  });

  it('when it sends too fast anyway, it waits as the hub says and still gets every answer in', async () => {
    // A pace over the hub's limit: the hub refuses some, says when to retry, and the phone obeys.
    const result = await drain({ perSecond: 400, burst: 60 });
    expect(result.limited).toBeGreaterThan(0);
    expect(result).toMatchObject({ left: 0, closed: 0, answers: 500 });
  });
});
