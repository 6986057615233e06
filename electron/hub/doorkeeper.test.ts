import { describe, expect, it } from 'vitest';
import { BURST_JOINS, Doorkeeper, FREE_CODE_MISSES, MAX_CODE_WAIT_MS } from './doorkeeper';

describe('Doorkeeper', () => {
  it('lets a device mistype a few codes, then doubles its wait with each wrong one', () => {
    const door = new Doorkeeper();
    let now = 1_000_000;
    for (let i = 0; i < FREE_CODE_MISSES; i++) {
      expect(door.waitMs('10.0.0.7', now)).toBe(0);
      door.missed('10.0.0.7', now);
    }
    expect(door.waitMs('10.0.0.7', now)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      door.missed('10.0.0.7', now);
      waits.push(door.waitMs('10.0.0.7', now));
      now += waits.at(-1)!;
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, MAX_CODE_WAIT_MS, MAX_CODE_WAIT_MS]);
    // Another device is not held back, and finding the session forgives.
    expect(door.waitMs('10.0.0.8', now - 1)).toBe(0);
    door.matched('10.0.0.7');
    expect(door.waitMs('10.0.0.7', now - 1)).toBe(0);
  });

  it('bounds guessing: a day of tries from one device checks fewer than 1,500 codes', () => {
    const door = new Doorkeeper();
    let now = 0;
    let checked = 0;
    while (now < 24 * 3600_000) {
      const wait = door.waitMs('x', now);
      if (wait > 0) {
        now += wait;
        continue;
      }
      checked++;
      door.missed('x', now);
      now += 1;
    }
    expect(checked).toBeLessThan(1500);
  });

  it('flags a burst of new identities or a refused one, and forgets after a minute', () => {
    const door = new Doorkeeper();
    for (let i = 0; i < BURST_JOINS - 1; i++) door.joined('10.0.0.7', 1000 + i);
    expect(door.recent('10.0.0.7', 2000)).toEqual({ joins: BURST_JOINS - 1, refused: 0, flagged: false });
    door.joined('10.0.0.7', 3000);
    expect(door.recent('10.0.0.7', 3000).flagged).toBe(true);
    door.refused('10.0.0.9', 3000);
    expect(door.recent('10.0.0.9', 3000)).toEqual({ joins: 0, refused: 1, flagged: true });
    expect(door.active(3000).sort()).toEqual(['10.0.0.7', '10.0.0.9']);
    door.sweep(70_000);
    expect(door.active(70_000)).toEqual([]);
    expect(door.recent('10.0.0.7', 70_000).flagged).toBe(false);
  });
});
