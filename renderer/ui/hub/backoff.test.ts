import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

const noJitter = { baseMs: 300, maxMs: 5000, jitter: 0 };

describe('backoffDelay', () => {
  it('doubles from the base delay and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 10, 1000].map((n) => backoffDelay(n, noJitter))).toEqual([
      300, 600, 1200, 2400, 4800, 5000, 5000, 5000,
    ]);
  });
  it('spreads reconnects with jitter but never waits longer than without it', () => {
    const opts = { baseMs: 1000, maxMs: 8000, jitter: 0.5 };
    expect(backoffDelay(0, opts, () => 0)).toBe(1000);
    expect(backoffDelay(0, opts, () => 1)).toBe(500);
    expect(backoffDelay(3, opts, () => 0.5)).toBe(6000);
  });
  it('treats negative attempts as the first', () => {
    expect(backoffDelay(-3, noJitter)).toBe(300);
  });
});
