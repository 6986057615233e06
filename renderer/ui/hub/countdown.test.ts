import { describe, expect, it } from 'vitest';
import { formatSeconds, secondsLeft } from './countdown';

describe('countdown', () => {
  it('counts by the hub clock, not the local one', () => {
    // Local clock runs 5 s behind the hub: 10 s left by the hub means 5 s left.
    expect(secondsLeft({ endsAt: 20_000 }, 5_000, 10_000)).toBe(5);
    expect(secondsLeft({ endsAt: 20_000 }, 0, 10_000)).toBe(10);
  });
  it('rounds up partial seconds and never goes below zero', () => {
    expect(secondsLeft({ endsAt: 10_001 }, 0, 10_000)).toBe(1);
    expect(secondsLeft({ endsAt: 10_000 }, 0, 99_000)).toBe(0);
    expect(secondsLeft(null, 0, 0)).toBeNull();
  });
  it('formats minutes and seconds', () => {
    expect(formatSeconds(75)).toBe('1:15');
    expect(formatSeconds(5)).toBe('0:05');
    expect(formatSeconds(300)).toBe('5:00');
  });
});
