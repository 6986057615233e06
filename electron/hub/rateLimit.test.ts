import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimit';

describe('RateLimiter', () => {
  it('allows a burst, then the sustained rate, per sender', () => {
    const limiter = new RateLimiter({ perSecond: 20, burst: 40, strikes: 40, strikeWindowMs: 10_000 });
    const verdicts = Array.from({ length: 45 }, () => limiter.take('p:a', 0));
    expect(verdicts.filter((v) => v === 'ok')).toHaveLength(40);
    expect(limiter.take('p:b', 0)).toBe('ok');
    // Half a second later ten more are fine.
    expect(Array.from({ length: 10 }, () => limiter.take('p:a', 500)).every((v) => v === 'ok')).toBe(true);
  });

  it('cuts off a sender who keeps flooding, but forgives an old burst', () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1, strikes: 3, strikeWindowMs: 1000 });
    expect(limiter.take('k', 0)).toBe('ok');
    expect([1, 2, 3].map(() => limiter.take('k', 0))).toEqual(['limited', 'limited', 'limited']);
    expect(limiter.take('k', 0)).toBe('cut-off');
    const calm = new RateLimiter({ perSecond: 1, burst: 1, strikes: 3, strikeWindowMs: 1000 });
    calm.take('k', 0);
    calm.take('k', 0);
    calm.take('k', 0);
    expect(calm.take('k', 5000)).toBe('ok');
    expect([1, 2, 3].map(() => calm.take('k', 5000))).toEqual(['limited', 'limited', 'limited']);
  });
});
