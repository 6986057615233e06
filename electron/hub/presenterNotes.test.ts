import { readFile } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import { listJournals } from './journal';
import { scalePollSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

const NOTE = 'Presenter note: bring the flip chart';

it('keeps no presenter notes a start-session carries: not in the journal, not sent to anyone', async () => {
  hub = await testHub();
  const facilitator = await hub.facilitator();
  facilitator.send({
    type: 'control',
    control: {
      action: 'start-session',
      workshopId: 'w1',
      workshopName: 'Kick-off',
      notes: NOTE,
      activities: [{ ...scalePollSpec(), notes: NOTE }],
    },
  });
  const state = await facilitator.next('state', (m) => m.session !== null);
  const code = state.session!.code;
  const screen = await hub.screen(code);
  const { client: phone } = await hub.participant(code);
  facilitator.send({ type: 'control', control: { action: 'open' } });
  await phone.next('state', (m) => m.session?.phase === 'open');
  await screen.next('state', (m) => m.session?.phase === 'open');
  for (const client of [facilitator, screen, phone]) {
    expect(client.received.length).toBeGreaterThan(0);
    expect(JSON.stringify(client.received)).not.toContain(NOTE);
  }
  const [journal] = await listJournals(hub.dataDir);
  const text = await readFile(journal!, 'utf8');
  expect(text).toContain('"t":"start"');
  expect(text).not.toContain(NOTE);
});
