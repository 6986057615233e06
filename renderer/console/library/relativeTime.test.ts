import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime';

describe('relativeTime', () => {
  const now = Date.UTC(2026, 10, 23, 12);
  it('says how long ago in words', () => {
    expect(relativeTime(now - 10_000, now)).toBe('just now');
    expect(relativeTime(now - 60_000, now)).toBe('a minute ago');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(relativeTime(now - 3 * 3600_000, now)).toBe('3 hours ago');
    expect(relativeTime(now - 26 * 3600_000, now)).toBe('yesterday');
    expect(relativeTime(now - 4 * 86400_000, now)).toBe('4 days ago');
  });
  it('gives a date for anything older than a week', () => {
    expect(relativeTime(now - 30 * 86400_000, now)).toMatch(/2026/);
  });
});
