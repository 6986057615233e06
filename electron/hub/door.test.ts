import { afterEach, describe, expect, it } from 'vitest';
import type { ScalePollResult } from '../../shared/activities/scalePoll';
import { IDENTITIES_PER_DEVICE } from './admission';
import { CLOSE } from './connections';
import { FREE_CODE_MISSES } from './doorkeeper';
import { TestClient } from './testing/client';
import { answer, openFirst, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

/** A hello from a new phone; resolves with the welcome or the refusal. */
async function tryJoin(h: TestHub, code: string) {
  const client = await TestClient.connect(h.wsUrl);
  client.hello({ role: 'participant', code });
  await Promise.race([client.next('welcome').catch(() => undefined), client.waitClosed()]);
  const error = client.all('error')[0];
  const welcome = client.all('welcome')[0];
  return { client, error, welcome };
}

// Every socket here comes from 127.0.0.1; `limitLoopback` treats this computer as one phone.
describe('one device, one participant', () => {
  it(`refuses a ${IDENTITIES_PER_DEVICE + 1}th identity from one device until the facilitator marks it shared`, async () => {
    hub = await testHub({ limitLoopback: true });
    const { facilitator, code } = await openFirst(hub);
    for (let i = 0; i < IDENTITIES_PER_DEVICE; i++) expect((await tryJoin(hub, code)).welcome).toBeDefined();
    const refused = await tryJoin(hub, code);
    expect(refused.error?.code).toBe('device-limit');
    expect(refused.error?.message).toMatch(/joined this session as 3 people/);
    // The number goes along, for the phone to say it in the room's language.
    expect(refused.error?.limit).toBe(IDENTITIES_PER_DEVICE);
    expect(refused.client.closed?.code).toBe(CLOSE.deviceLimit);

    facilitator.send({ type: 'control', control: { action: 'roster' } });
    const roster = await facilitator.next('roster');
    expect(roster.participants).toHaveLength(IDENTITIES_PER_DEVICE);
    expect(roster.devices).toEqual([
      expect.objectContaining({ address: '127.0.0.1', identities: 3, refusedLastMinute: 1, flagged: true }),
    ]);

    facilitator.send({
      type: 'control',
      control: { action: 'share-device', address: '127.0.0.1', shared: true },
    });
    await facilitator.next('state');
    expect((await tryJoin(hub, code)).welcome).toBeDefined();
  });

  it('keeps counting identities per device after a restart', async () => {
    hub = await testHub({ limitLoopback: true });
    const { code } = await openFirst(hub);
    for (let i = 0; i < IDENTITIES_PER_DEVICE; i++) await tryJoin(hub, code);
    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = await testHub({ limitLoopback: true }, dataDir);
    expect((await tryJoin(hub, code)).error?.code).toBe('device-limit');
  });

  it('makes a device that guesses codes wait, even for the right one, then lets it in', async () => {
    hub = await testHub({ limitLoopback: true });
    const { code } = await openFirst(hub);
    const wrong = code === 'ZZZZZ' ? 'YYYYY' : 'ZZZZZ';
    for (let i = 0; i < FREE_CODE_MISSES + 1; i++)
      expect((await tryJoin(hub, wrong)).error?.code).toBe('unknown-code');
    const held = await tryJoin(hub, code);
    expect(held.error).toMatchObject({ code: 'rate-limited', fatal: true });
    expect(held.error?.retryAfterMs).toBeGreaterThan(0);
    expect(held.error?.retryAfterMs).toBeLessThanOrEqual(1000);
    expect(held.client.closed?.code).toBe(CLOSE.codeGuessing);
    await new Promise((resolve) => setTimeout(resolve, held.error!.retryAfterMs! + 50));
    expect((await tryJoin(hub, code)).welcome).toBeDefined();
  });

  it('leaves this computer (console, practice, tests) out of the device rules by default', async () => {
    hub = await testHub();
    const { code } = await openFirst(hub);
    for (let i = 0; i < IDENTITIES_PER_DEVICE + 2; i++)
      expect((await tryJoin(hub, code)).welcome).toBeDefined();
  });
});

describe('removing a participant', () => {
  it('takes their answers out of the result, closes their phone and keeps them out after a restart', async () => {
    hub = await testHub();
    const { facilitator, code } = await openFirst(hub);
    const fair = await hub.participant(code);
    const prankster = await hub.participant(code);
    fair.client.send(answer('f1', 4));
    await fair.client.next('ack');
    prankster.client.send(answer('x1', 1));
    await prankster.client.next('ack');
    await facilitator.next('tally', (t) => t.answered === 2);

    facilitator.send({
      type: 'control',
      control: { action: 'remove-participant', participantId: prankster.participantId },
    });
    expect(await prankster.client.waitClosed()).toMatchObject({ code: CLOSE.removed });
    expect(prankster.client.all('error').at(-1)?.code).toBe('removed');
    const tally = await facilitator.next('tally', (t) => t.answered === 1);
    const result = tally.result as ScalePollResult;
    expect(result.items[0]).toMatchObject({ count: 1, mean: 4 });
    expect(
      (await facilitator.next('state', (s) => s.session?.participants.joined === 1)).session,
    ).toBeTruthy();

    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = await testHub({}, dataDir);
    const back = await TestClient.connect(hub.wsUrl);
    back.hello({
      role: 'participant',
      code,
      participantId: prankster.participantId,
      secret: prankster.secret,
    });
    expect(await back.waitClosed()).toMatchObject({ code: CLOSE.removed });
    const console2 = await hub.facilitator();
    console2.send({ type: 'control', control: { action: 'roster' } });
    const roster = await console2.next('roster');
    expect(roster.participants.map((p) => p.participantId)).toEqual([fair.participantId]);
    expect(roster.participants[0]).toMatchObject({ answers: 1 });
  });
});

describe('resync', () => {
  it('sends at most one snapshot a second to a connection that keeps asking', async () => {
    hub = await testHub();
    const { code } = await openFirst(hub);
    const phone = await hub.participant(code);
    const before = phone.client.all('state').length;
    for (let i = 0; i < 30; i++) phone.client.send({ type: 'resync' });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const snapshots = phone.client.all('state').length - before;
    expect(snapshots).toBeGreaterThanOrEqual(1);
    expect(snapshots).toBeLessThanOrEqual(2);
  });
});
