import { afterEach, describe, expect, it } from 'vitest';
import { openTextSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

const statement = (id: string, text: string) => ({
  type: 'answer' as const,
  activityId: 'def:means',
  itemId: `s:${id}`,
  clientAnswerId: `c-${id}`,
  value: { list: 'means', text },
});

describe('participant text on the hub', () => {
  it('stores statements without control characters and refuses invisible ones', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([openTextSpec()]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await facilitator.next('state', (m) => m.session?.phase === 'open');
    const { client } = await hub.participant(code);

    client.send(statement('a', 'Call\u0000 customers\u0007 monthly\u001b[2J'));
    expect(await client.next('ack', (m) => m.clientAnswerId === 'c-a')).toMatchObject({ status: 'recorded' });
    client.send(statement('b', '\u202E\u200D'.repeat(70)));
    expect(await client.next('ack', (m) => m.clientAnswerId === 'c-b')).toMatchObject({
      status: 'rejected',
      reason: 'Write something first.',
    });

    const tally = await facilitator.next(
      'tally',
      (m) => (m.result as { statements: number }).statements === 1,
    );
    const texts = (tally.result as { lists: { statements: { text: string }[] }[] }).lists[0]!.statements.map(
      (s) => s.text,
    );
    expect(texts).toEqual(['Call customers monthly[2J']);
  });
});
