import { afterEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../shared/outcomes';
import { listJournals, readJournal } from './journal';
import { answer, dotVotingSpec, scalePollSpec, testHub, type TestHub } from './testing/fixtures';

let hubs: TestHub[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.running.close();
});

async function hubAt(dataDir?: string) {
  const hub = await testHub({}, dataDir);
  hubs.push(hub);
  return hub;
}

const definition: Outcome = {
  type: 'definition',
  exerciseId: 'def',
  title: 'What customer-centric means for us',
  data: {
    means: 'We fix the cause, not the complaint.',
    notMeans: 'Saying yes to everything.',
    draft: false,
  },
};

/** The hub shuts down and a new one starts on the same data folder: the journal is all it has. */
async function restart(hub: TestHub) {
  await hub.running.close();
  hubs = hubs.filter((h) => h !== hub);
  return hubAt(hub.dataDir);
}

describe('show-outcome', () => {
  it('puts the outcome on the projector and the console, never on phones, and a restart keeps it', async () => {
    const hub = await hubAt();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    const screen = await hub.screen(code);
    const { client: phone } = await hub.participant(code);
    facilitator.send({ type: 'control', control: { action: 'show-outcome', outcome: definition } });
    const shown = await screen.next('state', (s) => s.session?.outcome != null);
    expect(shown.session!.outcome).toEqual(definition);
    expect((await facilitator.next('state', (s) => s.session?.outcome != null)).session!.outcome).toEqual(
      definition,
    );
    expect(phone.received.filter((m) => m.type === 'state').every((m) => !('outcome' in m.session!))).toBe(
      true,
    );

    const journal = await readJournal((await listJournals(hub.dataDir))[0]!, () => undefined);
    expect(journal!.records.filter((r) => r.t === 'outcome')).toHaveLength(1);

    const again = await restart(hub);
    const after = await again.screen(code);
    const restored = after.received.find((m) => m.type === 'welcome')!.snapshot;
    expect(restored.session!.outcome).toEqual(definition);
  });

  it('refuses an outcome that is not one, and takes the shown one off on reveal and on moving', async () => {
    const hub = await hubAt();
    const { facilitator, code } = await hub.start([scalePollSpec('a:1'), scalePollSpec('a:2')]);
    const screen = await hub.screen(code);
    facilitator.send({
      type: 'control',
      control: { action: 'show-outcome', outcome: { ...definition, type: 'horoscope' } },
    });
    const refused = await facilitator.next('error');
    expect(refused.code).toBe('bad-control');
    expect(refused.message).toContain('cannot be shown');
    expect(refused.refusal?.code).toBe('outcome-invalid');

    facilitator.send({ type: 'control', control: { action: 'show-outcome', outcome: definition } });
    await screen.next('state', (s) => s.session?.outcome != null);
    facilitator.send({ type: 'control', control: { action: 'reveal' } });
    const revealed = await screen.next('state', (s) => s.session?.revealed === true);
    expect(revealed.session!.outcome).toBeNull();

    facilitator.send({ type: 'control', control: { action: 'show-outcome', outcome: definition } });
    await screen.next('state', (s) => s.session?.outcome != null);
    facilitator.send({ type: 'control', control: { action: 'next' } });
    const moved = await screen.next('state', (s) => s.session?.index === 1);
    expect(moved.session!.outcome).toBeNull();

    facilitator.send({ type: 'control', control: { action: 'show-outcome', outcome: definition } });
    await screen.next('state', (s) => s.session?.outcome != null);
    facilitator.send({ type: 'control', control: { action: 'show-outcome', outcome: null } });
    expect((await screen.next('state', (s) => s.session?.outcome === null)).session!.outcome).toBeNull();
  });
});

describe('add-activities', () => {
  it('appends a vote phones answer on the same code, journaled and restored after a restart', async () => {
    const hub = await hubAt();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    const { client: phone, participantId, secret } = await hub.participant(code);
    facilitator.send({
      type: 'control',
      control: { action: 'add-activities', activities: [dotVotingSpec('plan:priorities-2')] },
    });
    const grown = await phone.next('state', (s) => s.session?.activities.length === 2);
    expect(grown.session!.activities[1]).toMatchObject({ id: 'plan:priorities-2', phase: 'waiting' });

    facilitator.send({ type: 'control', control: { action: 'goto', index: 1 } });
    await phone.next('state', (s) => s.session?.index === 1);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await phone.next('state', (s) => s.session?.phase === 'open');
    phone.send(answer('d1', 2, 'a', 'plan:priorities-2'));
    expect((await phone.next('ack')).status).toBe('recorded');

    const again = await restart(hub);
    const back = await again.participant(code, { participantId, secret });
    const state = back.client.received.find((m) => m.type === 'welcome')!.snapshot.session!;
    expect(state.activities.map((a) => a.id)).toEqual(['check:q', 'plan:priorities-2']);
    expect(state.current.id).toBe('plan:priorities-2');
    const mine = await back.client.next('your-answers');
    expect(mine.answers).toEqual([expect.objectContaining({ itemId: 'a', value: 2 })]);
  });

  it('refuses an id the session has, or a config its kind does not accept, and adds nothing', async () => {
    const hub = await hubAt();
    const { facilitator } = await hub.start([scalePollSpec()]);
    facilitator.send({
      type: 'control',
      control: { action: 'add-activities', activities: [scalePollSpec()] },
    });
    const twice = await facilitator.next('error');
    expect(twice.message).toContain('share the id "check:q"');
    expect(twice.refusal).toEqual({ code: 'duplicate-activity', args: { id: 'check:q' } });
    const broken = { ...dotVotingSpec('plan:x'), title: 'Priorities', config: { options: [], dots: 3 } };
    facilitator.send({ type: 'control', control: { action: 'add-activities', activities: [broken] } });
    expect((await facilitator.next('error')).message).toContain('"Priorities" cannot start');
    const journal = await readJournal((await listJournals(hub.dataDir))[0]!, () => undefined);
    expect(journal!.records.some((r) => r.t === 'add')).toBe(false);
  });
});
