/**
 * Autosave of one document, written whole each time. Pure of React so its states are tested alone.
 *
 * One write is in flight at a time, so a slow write never lands after a newer one; changes made
 * meanwhile wait as one pending value (the newest: it holds every change before it). The status
 * says "saved" only when nothing is in flight or pending and the last write committed; a failed
 * write ends on "failed", never on "saved", until a later write of the whole document commits.
 */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: unknown };

const SAVED: SaveStatus = { state: 'saved' };
const SAVING: SaveStatus = { state: 'saving' };

export class Autosave<T> {
  private inFlight = false;
  private pending: { value: T } | null = null;
  /** The newest value that failed to be written, kept for retry(). */
  private unsaved: { value: T; error: unknown } | null = null;
  private current: SaveStatus = SAVED;
  private readonly listeners = new Set<() => void>();
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly write: (value: T) => Promise<void>) {}

  /** Queues the whole document; it is written after the write in flight, if any. */
  save(value: T): void {
    this.pending = { value };
    this.pump();
  }

  /** Writes again the newest value that failed (a "Try again" button). */
  retry(): void {
    if (!this.unsaved || this.inFlight || this.pending) return;
    this.pending = { value: this.unsaved.value };
    this.pump();
  }

  status = (): SaveStatus => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once nothing is in flight or pending, whatever the outcome. */
  idle(): Promise<void> {
    if (!this.inFlight && !this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    if (this.inFlight || !this.pending) return this.settle();
    const { value } = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.set(SAVING);
    let write: Promise<void>;
    try {
      write = this.write(value);
    } catch (error) {
      write = Promise.reject(error);
    }
    write.then(
      () => {
        this.unsaved = null;
        this.inFlight = false;
        this.pump();
      },
      (error: unknown) => {
        this.unsaved = { value, error };
        this.inFlight = false;
        this.pump();
      },
    );
  }

  /** Nothing left to write: say how the last write went. */
  private settle(): void {
    if (this.inFlight || this.pending) return;
    this.set(this.unsaved ? { state: 'failed', error: this.unsaved.error } : SAVED);
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private set(status: SaveStatus): void {
    if (status === this.current) return;
    this.current = status;
    for (const listener of this.listeners) listener();
  }
}
