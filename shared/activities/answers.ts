import type { StoredAnswer } from './kind';

function later<V>(a: StoredAnswer<V>, b: StoredAnswer<V>): boolean {
  if (a.at !== b.at) return a.at > b.at;
  // Same millisecond: any fixed rule keeps the tally independent of the answers' order.
  return JSON.stringify(a.value ?? null) > JSON.stringify(b.value ?? null);
}

/**
 * The latest answer per participant and item. The hub already stores only the latest one;
 * tallies still go through this so a replayed journal or a resend can never count twice.
 */
export function latestAnswers<V>(answers: ReadonlyArray<StoredAnswer<V>>): StoredAnswer<V>[] {
  const byKey = new Map<string, StoredAnswer<V>>();
  for (const answer of answers) {
    const key = `${answer.participantId}\u0000${answer.itemId}`;
    const current = byKey.get(key);
    if (!current || later(answer, current)) byKey.set(key, answer);
  }
  return [...byKey.values()];
}

/** Answers grouped by item id, latest per participant only. */
export function answersByItem<V>(answers: ReadonlyArray<StoredAnswer<V>>): Map<string, StoredAnswer<V>[]> {
  const byItem = new Map<string, StoredAnswer<V>[]>();
  for (const answer of latestAnswers(answers)) {
    const list = byItem.get(answer.itemId);
    if (list) list.push(answer);
    else byItem.set(answer.itemId, [answer]);
  }
  return byItem;
}
