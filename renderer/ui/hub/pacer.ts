/** What sending one waiting item came to. */
export type PaceResult = 'sent' | 'skip' | 'offline';

/**
 * Sends a phone's answers no faster than the hub takes them: a token bucket below the hub's own,
 * so a queue of hundreds (a card sort after a Wi-Fi drop) drains on one connection without the
 * hub cutting it off. When the hub still says "too many", sending pauses as long as it asks.
 */
export class Pacer {
  private readonly waiting: string[] = [];
  private readonly queued = new Set<string>();
  private tokens: number;
  private refilledAt: number;
  private pausedUntil = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private perSecond: number;

  constructor(
    private readonly pace: { perSecond: number; burst: number },
    private readonly now: () => number,
    /** Sends one item now; 'skip' when it no longer needs sending (no token spent). */
    private readonly send: (id: string) => PaceResult,
  ) {
    this.tokens = pace.burst;
    this.perSecond = pace.perSecond;
    this.refilledAt = now();
  }

  get backlog(): number {
    return this.waiting.length;
  }

  push(id: string): void {
    if (this.queued.has(id)) return;
    this.queued.add(id);
    this.waiting.push(id);
    this.pump();
  }

  /** The hub asked for a break: nothing goes out for `ms`, and from then on a third slower. */
  slowDown(ms: number): void {
    // Refusals of one burst arrive together: they count as one "too fast".
    if (this.now() >= this.pausedUntil) this.perSecond = Math.max(2, this.perSecond * (2 / 3));
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    // After the break, one at once and then the new pace: no burst saved up while waiting.
    this.tokens = 1;
    this.refilledAt = this.pausedUntil;
    this.schedule();
  }

  /** The connection is gone: what waits is sent again from the answer queue after the next welcome. */
  clear(): void {
    this.waiting.length = 0;
    this.queued.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private refill(now: number): void {
    if (now <= this.refilledAt) return;
    this.tokens = Math.min(this.pace.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
  }

  private pump(): void {
    if (this.timer) return;
    const now = this.now();
    if (now < this.pausedUntil) return this.schedule();
    this.refill(now);
    while (this.waiting.length > 0) {
      if (this.tokens < 1) return this.schedule();
      const id = this.waiting[0]!;
      const result = this.send(id);
      if (result === 'offline') return;
      this.waiting.shift();
      this.queued.delete(id);
      if (result === 'sent') this.tokens -= 1;
    }
  }

  private schedule(): void {
    if (this.timer || this.waiting.length === 0) return;
    const now = this.now();
    const untilToken = this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.perSecond) * 1000;
    const wait = Math.max(this.pausedUntil - now, untilToken, 1);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, Math.ceil(wait));
  }
}
