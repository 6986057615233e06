import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pacer, type PaceResult } from './pacer';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

function pacer(result: (id: string) => PaceResult = () => 'sent') {
  const sent: { id: string; at: number }[] = [];
  const p = new Pacer({ perSecond: 15, burst: 20 }, Date.now, (id) => {
    const r = result(id);
    if (r === 'sent') sent.push({ id, at: Date.now() });
    return r;
  });
  return { p, sent };
}

describe('Pacer', () => {
  it('drains 500 answers at the pace, never faster than the burst plus the rate', () => {
    const { p, sent } = pacer();
    for (let i = 0; i < 500; i++) p.push(`a${i}`);
    expect(sent).toHaveLength(20);
    for (let second = 1; second <= 40; second++) {
      vi.advanceTimersByTime(1000);
      expect(sent.length).toBeLessThanOrEqual(20 + 15 * second + 1);
    }
    expect(sent.map((s) => s.id)).toEqual(Array.from({ length: 500 }, (_, i) => `a${i}`));
    // (500 - 20) / 15 = 32 s.
    expect(sent.at(-1)!.at).toBeGreaterThanOrEqual(31_000);
    expect(sent.at(-1)!.at).toBeLessThanOrEqual(33_000);
  });

  it('waits as long as the hub asks, then carries on', () => {
    const { p, sent } = pacer();
    p.slowDown(2000);
    p.push('a');
    p.push('b');
    vi.advanceTimersByTime(1999);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sent.map((s) => s.id)).toEqual(['a']);
    // A third slower from now on: 10 a second instead of 15.
    vi.advanceTimersByTime(99);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(2);
    expect(sent.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('spends nothing on answers already settled, keeps order, and stops while offline', () => {
    let online = false;
    const { p, sent } = pacer((id) => (id.startsWith('gone') ? 'skip' : online ? 'sent' : 'offline'));
    p.push('x');
    p.push('x');
    expect(sent).toHaveLength(0);
    expect(p.backlog).toBe(1);
    p.clear();
    online = true;
    for (let i = 0; i < 30; i++) p.push(`gone${i}`);
    p.push('y');
    expect(sent.map((s) => s.id)).toEqual(['y']);
  });
});
