/** Leading-edge throttle: runs soon after the first request, then at most once per interval. */
export class Coalescer {
  private timer: NodeJS.Timeout | null = null;
  private lastRun = 0;
  constructor(
    private readonly intervalMs: number,
    private readonly run: () => void,
  ) {}
  request(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastRun = Date.now();
      this.run();
    }, wait);
  }
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The session's countdown: one pending "time is up" at a time, re-armed after a restart too. */
export class Countdown {
  private timer: NodeJS.Timeout | null = null;

  /** Calls `ended` at `endsAt` (at once when that has passed), replacing any countdown before. */
  arm(endsAt: number, ended: () => void): void {
    this.clear();
    this.timer = setTimeout(
      () => {
        this.timer = null;
        ended();
      },
      Math.max(0, endsAt - Date.now()),
    );
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
