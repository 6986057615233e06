import { afterEach, describe, expect, it } from 'vitest';
import {
  openFirst,
  openTextSpec,
  scalePollSpec,
  testHub,
  type TestHub,
  closeTestHubs,
} from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

describe('how the projector shows a long result', () => {
  it('follows the facilitator to a page or the word cloud, survives a restart, and resets on the next activity', async () => {
    hub = await testHub();
    const { facilitator, code } = await openFirst(hub, [openTextSpec(), scalePollSpec()]);
    const screen = await hub.screen();
    const phone = await hub.participant(code);
    facilitator.send({ type: 'control', control: { action: 'display', page: 2, cloud: false } });
    expect((await screen.next('state', (s) => s.session?.display !== undefined)).session?.display).toEqual({
      page: 2,
      cloud: false,
    });
    facilitator.send({ type: 'control', control: { action: 'display', page: 2, cloud: true } });
    await screen.next('state', (s) => s.session?.display?.cloud === true);
    // Phones are not told how the projector looks.
    expect(phone.client.all('state').some((s) => s.session?.display !== undefined)).toBe(false);

    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = await testHub({}, dataDir);
    const console2 = await hub.facilitator();
    expect(console2.all('welcome')[0]!.snapshot.session?.display).toEqual({ page: 2, cloud: true });
    console2.send({ type: 'control', control: { action: 'next' } });
    const moved = await console2.next('state', (s) => s.session?.index === 1);
    expect(moved.session?.display).toBeUndefined();
  });
});
