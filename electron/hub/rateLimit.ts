import { PARTICIPANT_RATE } from '../../shared/protocol';

export interface RateLimitOptions {
  /** Messages per second a sender may keep up. */
  perSecond: number;
  /** Messages a sender may send at once after being quiet. */
  burst: number;
  /** Messages over the limit within `strikeWindowMs` before the sender is cut off. */
  strikes: number;
  strikeWindowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  ...PARTICIPANT_RATE,
  strikes: 40,
  strikeWindowMs: 10_000,
};

interface Bucket {
  tokens: number;
  refilledAt: number;
  strikes: number;
  strikesSince: number;
}

export type RateVerdict = 'ok' | 'limited' | 'cut-off';

/**
 * Token buckets per sender (a participant across all its connections, or one connection).
 * Over the limit, messages are refused; a sender who keeps flooding is cut off.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT) {}

  take(key: string, now: number): RateVerdict {
    const { perSecond, burst, strikes, strikeWindowMs } = this.options;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: burst, refilledAt: now, strikes: 0, strikesSince: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * perSecond);
    bucket.refilledAt = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 'ok';
    }
    if (now - bucket.strikesSince > strikeWindowMs) {
      bucket.strikes = 0;
      bucket.strikesSince = now;
    }
    bucket.strikes += 1;
    return bucket.strikes > strikes ? 'cut-off' : 'limited';
  }

  /** How long until `key` may send one message again (0: now). */
  retryAfterMs(key: string, now: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const tokens = bucket.tokens + ((now - bucket.refilledAt) / 1000) * this.options.perSecond;
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.options.perSecond) * 1000);
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  /** Drops buckets that have been full for a while, so memory follows the people in the room. */
  sweep(now: number): void {
    const { perSecond, burst } = this.options;
    for (const [key, bucket] of this.buckets) {
      const full = bucket.tokens + ((now - bucket.refilledAt) / 1000) * perSecond >= burst;
      if (full && now - bucket.refilledAt > 60_000) this.buckets.delete(key);
    }
  }
}
