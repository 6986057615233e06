import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES, type ActivitySpecMessage } from '../../shared/protocol';
import { cardSortConfig, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

const longest = (n: number) => `${n} `.padEnd(300, 'x');
const items = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, label: longest(i) }));

/** The design's largest workshop: 500 cards, 200 offerings, 300 initiatives, every label at its limit. */
function designScaleAgenda(): ActivitySpecMessage[] {
  const sort = cardSortConfig([]);
  return [
    {
      id: 'pp:sort',
      exerciseId: 'pp',
      kind: 'card-classification',
      title: 'Product push or customer pull?',
      prompt: 'Sort each card',
      config: {
        ...sort,
        cards: Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, title: longest(i) })),
      },
    },
    {
      id: 'simplify:rate',
      exerciseId: 'simplify',
      kind: 'two-axis-rating',
      title: 'Value and burden',
      prompt: 'Rate each offering',
      config: {
        items: items('o', 200),
        axes: { x: { label: 'Value', min: 0, max: 10 }, y: { label: 'Burden', min: 0, max: 10 } },
        basicsQuestion: true,
      },
    },
    {
      id: 'plan:place',
      exerciseId: 'plan',
      kind: 'continuum-placement',
      title: 'Where is each initiative?',
      prompt: 'Place it',
      config: { items: items('i', 300) },
    },
    {
      id: 'plan:dots',
      exerciseId: 'plan',
      kind: 'dot-voting',
      title: 'Which first?',
      prompt: 'Spend your dots',
      config: { options: items('i', 300), dots: 5 },
    },
  ];
}

describe('agendas at the design scale', () => {
  it('starts a session whose agenda is far over the phones’ frame limit', async () => {
    hub = await testHub();
    const activities = designScaleAgenda();
    expect(JSON.stringify(activities).length).toBeGreaterThan(4 * MAX_FRAME_BYTES);
    const { facilitator, code } = await hub.start(activities);
    expect(code).toMatch(/^[A-Z2-9]+$/);
    expect(facilitator.closed).toBeNull();
    const { client: phone } = await hub.participant(code);
    const state = phone.received.find((m) => m.type === 'welcome');
    expect(state?.type).toBe('welcome');
  });

  it('still closes a phone that sends more than the phones’ limit, and only that phone', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start(designScaleAgenda().slice(2, 3));
    const { client: phone } = await hub.participant(code);
    phone.sendRaw(JSON.stringify({ type: 'ping', padding: 'x'.repeat(MAX_FRAME_BYTES) }));
    expect((await phone.waitClosed()).code).toBe(1009);
    facilitator.send({ type: 'ping' });
    await facilitator.next('pong');
  });
});
