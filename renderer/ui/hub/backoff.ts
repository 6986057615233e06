/** How long to wait before reconnect attempt `attempt` (0-based): doubling, capped, with jitter so 200 phones don't reconnect in lockstep. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** 0..1: share of the delay that is randomised away. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 300, maxMs: 5000, jitter: 0.5 };

export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const exponent = Math.max(0, Math.min(attempt, 30));
  const full = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(full * (1 - options.jitter * random()));
}
