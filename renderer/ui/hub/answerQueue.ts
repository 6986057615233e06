/** The part of Web Storage the queue needs; localStorage for phones, null keeps it in memory. */
export type QueueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingAnswer {
  clientAnswerId: string;
  activityId: string;
  itemId: string;
  value: unknown;
  /** Client time the participant gave it, to show how long it has waited. */
  madeAt: number;
}

/**
 * Answers given but not yet acknowledged by the hub. An answer stays here from the
 * moment it is made until its ack, so one sent just before the Wi-Fi dropped is sent
 * again (same clientAnswerId: the hub treats the resend as a duplicate).
 * A newer answer to the same item replaces an older pending one: only the latest counts.
 */
export class AnswerQueue {
  private answers: PendingAnswer[];

  constructor(
    private readonly storage: QueueStorage | null,
    private readonly key: string,
  ) {
    this.answers = storage ? readQueue(storage, key) : [];
  }

  list(): readonly PendingAnswer[] {
    return this.answers;
  }

  /** The pending answer for one item, if any. */
  pendingFor(activityId: string, itemId: string): PendingAnswer | undefined {
    return this.answers.find((a) => a.activityId === activityId && a.itemId === itemId);
  }

  add(answer: PendingAnswer): void {
    this.answers = [
      ...this.answers.filter((a) => !(a.activityId === answer.activityId && a.itemId === answer.itemId)),
      answer,
    ];
    this.save();
  }

  /** Drops the answer the hub acknowledged (or rejected). Returns it, or undefined if it was not pending. */
  settle(clientAnswerId: string): PendingAnswer | undefined {
    const found = this.answers.find((a) => a.clientAnswerId === clientAnswerId);
    if (!found) return undefined;
    this.answers = this.answers.filter((a) => a !== found);
    this.save();
    return found;
  }

  clear(): void {
    this.answers = [];
    this.save();
  }

  private save(): void {
    if (!this.storage) return;
    try {
      if (this.answers.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(this.answers));
    } catch {
      // Storage full or blocked (private mode): the queue still works in memory for this page.
    }
  }
}

function readQueue(storage: QueueStorage, key: string): PendingAnswer[] {
  try {
    const raw = storage.getItem(key);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isPendingAnswer) : [];
  } catch {
    return [];
  }
}

/** A well-formed queued answer (from storage or carried over from another address). */
export function isPendingAnswer(x: unknown): x is PendingAnswer {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Record<string, unknown>;
  return (
    typeof a.clientAnswerId === 'string' &&
    typeof a.activityId === 'string' &&
    typeof a.itemId === 'string' &&
    typeof a.madeAt === 'number' &&
    'value' in a
  );
}
