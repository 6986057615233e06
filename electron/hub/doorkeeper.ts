import type { Verdict } from './admission';

/** Wrong join codes a device may try before it has to wait. */
export const FREE_CODE_MISSES = 5;
/** The longest a guessing device waits between tries. */
export const MAX_CODE_WAIT_MS = 60_000;
/** New identities from one device within a minute that make it worth the facilitator's look. */
export const BURST_JOINS = 3;
const WINDOW_MS = 60_000;

interface Misses {
  count: number;
  /** No code from this device is looked at before this time. */
  until: number;
  last: number;
}

/**
 * What happens at the door per device address, beyond one hello: wrong join codes (each one past
 * the free ones doubles the wait, so guessing five-letter codes is hopeless) and joins in bursts.
 * Kept in memory: a restart forgives, which is fine for a room.
 */
export class Doorkeeper {
  private readonly misses = new Map<string, Misses>();
  private readonly joins = new Map<string, number[]>();
  private readonly refusals = new Map<string, number[]>();

  /** How long the device must still wait before its next code is looked at (0: go ahead). */
  waitMs(address: string, now: number): number {
    const misses = this.misses.get(address);
    return misses ? Math.max(0, misses.until - now) : 0;
  }

  /** What the door learns from one hello's verdict. */
  noted(address: string, verdict: Verdict, now: number): void {
    if (verdict.verdict === 'join') this.joined(address, now);
    else if (verdict.verdict === 'welcome') this.matched(address);
    else if (verdict.code === 'unknown-code') this.missed(address, now);
    else if (verdict.code === 'device-limit') this.refused(address, now);
  }

  /** The device gave a code no session has. */
  missed(address: string, now: number): void {
    const misses = this.misses.get(address) ?? { count: 0, until: 0, last: now };
    misses.count += 1;
    misses.last = now;
    const over = misses.count - FREE_CODE_MISSES;
    if (over > 0) misses.until = now + Math.min(1000 * 2 ** (over - 1), MAX_CODE_WAIT_MS);
    this.misses.set(address, misses);
  }

  /** The device found the session: its earlier misses were typing mistakes. */
  matched(address: string): void {
    this.misses.delete(address);
  }

  joined(address: string, now: number): void {
    push(this.joins, address, now);
  }

  /** A new identity from the device was refused (its limit reached). */
  refused(address: string, now: number): void {
    push(this.refusals, address, now);
  }

  /** Joins and refusals from a device within the last minute. */
  recent(address: string, now: number): { joins: number; refused: number; flagged: boolean } {
    const joins = within(this.joins.get(address), now);
    const refused = within(this.refusals.get(address), now);
    return { joins, refused, flagged: joins >= BURST_JOINS || refused > 0 };
  }

  /** Addresses seen joining or refused within the last minute. */
  active(now: number): string[] {
    const seen = new Set<string>();
    for (const map of [this.joins, this.refusals])
      for (const [address, times] of map) if (within(times, now) > 0) seen.add(address);
    return [...seen];
  }

  /** Forgets what is older than it matters (run on the heartbeat). */
  sweep(now: number): void {
    for (const [address, misses] of this.misses)
      if (misses.until <= now && now - misses.last > 10 * WINDOW_MS) this.misses.delete(address);
    for (const map of [this.joins, this.refusals]) {
      for (const [address, times] of map) {
        const kept = times.filter((t) => now - t < WINDOW_MS);
        if (kept.length) map.set(address, kept);
        else map.delete(address);
      }
    }
  }
}

function push(map: Map<string, number[]>, address: string, now: number): void {
  const times = map.get(address) ?? [];
  times.push(now);
  // A minute of a flood need not be remembered one by one.
  if (times.length > 200) times.splice(0, times.length - 200);
  map.set(address, times);
}

function within(times: number[] | undefined, now: number): number {
  let count = 0;
  for (const t of times ?? []) if (now - t < WINDOW_MS) count++;
  return count;
}
