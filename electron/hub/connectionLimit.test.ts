import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionLimiter } from './connectionLimit';
import { TestClient } from './testing/client';
import { testHub, type TestHub, closeTestHubs } from './testing/fixtures';

describe('ConnectionLimiter', () => {
  it('refuses an address over its share and admits it again once one closes', () => {
    const limiter = new ConnectionLimiter({ perAddress: 2, total: 10 });
    const a = limiter.admit('10.0.0.5');
    const b = limiter.admit('10.0.0.5');
    expect(a.ok && b.ok).toBe(true);
    const c = limiter.admit('10.0.0.5');
    expect(c).toEqual({ ok: false, reason: expect.stringContaining('Too many connections from 10.0.0.5') });
    expect(limiter.admit('10.0.0.6').ok).toBe(true);
    if (a.ok) a.release();
    expect(limiter.admit('10.0.0.5').ok).toBe(true);
  });

  it('caps the total and counts a double release once', () => {
    const limiter = new ConnectionLimiter({ perAddress: 5, total: 2 });
    const a = limiter.admit('10.0.0.1');
    limiter.admit('10.0.0.2');
    expect(limiter.admit('10.0.0.3')).toEqual({ ok: false, reason: 'The room is full.' });
    if (a.ok) {
      a.release();
      a.release();
    }
    expect(limiter.held()).toBe(1);
    expect(limiter.held('10.0.0.1')).toBe(0);
    expect(limiter.admit('10.0.0.3').ok).toBe(true);
    expect(limiter.admit('10.0.0.4').ok).toBe(false);
  });
});

describe('the hub at the upgrade', () => {
  let hub: TestHub | null = null;
  afterEach(closeTestHubs);

  it('refuses a third socket from one address with 429 and lets one in after another closes', async () => {
    hub = await testHub({ connectionLimits: { perAddress: 2, total: 100 }, limitLoopback: true });
    const first = await TestClient.connect(hub.wsUrl);
    await TestClient.connect(hub.wsUrl);
    await expect(TestClient.connect(hub.wsUrl)).rejects.toThrow('HTTP 429');
    first.close();
    await first.waitClosed();
    await vi.waitFor(async () => {
      const again = await TestClient.connect(hub!.wsUrl);
      again.close();
    });
  });

  it('leaves loopback (console, projector) unlimited by default', async () => {
    hub = await testHub({ connectionLimits: { perAddress: 1, total: 100 } });
    await TestClient.connect(hub.wsUrl);
    await expect(TestClient.connect(hub.wsUrl)).resolves.toBeInstanceOf(TestClient);
  });
});
