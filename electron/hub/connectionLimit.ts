export interface ConnectionLimitOptions {
  /** Open sockets one address may hold (a phone with a few tabs and a reconnect or two). */
  perAddress: number;
  /** Open sockets in all, so a flood cannot exhaust the laptop's file handles. */
  total: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimitOptions = { perAddress: 12, total: 4000 };

export type Admission = { ok: true; release: () => void } | { ok: false; reason: string };

/** Counts open WebSockets per remote address and refuses new ones over the limits. */
export class ConnectionLimiter {
  private readonly open = new Map<string, number>();
  private count = 0;

  constructor(private readonly options: ConnectionLimitOptions = DEFAULT_CONNECTION_LIMITS) {}

  admit(address: string): Admission {
    const held = this.open.get(address) ?? 0;
    if (held >= this.options.perAddress)
      return { ok: false, reason: `Too many connections from ${address}. Close other tabs and try again.` };
    if (this.count >= this.options.total) return { ok: false, reason: 'The room is full.' };
    this.open.set(address, held + 1);
    this.count++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.count--;
        const left = (this.open.get(address) ?? 1) - 1;
        if (left > 0) this.open.set(address, left);
        else this.open.delete(address);
      },
    };
  }

  /** Open sockets from one address (all addresses without one). */
  held(address?: string): number {
    return address === undefined ? this.count : (this.open.get(address) ?? 0);
  }
}
