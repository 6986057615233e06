import fc from 'fast-check';
import type { StoredAnswer } from './kind';

/** Test-only arbitraries shared by the kinds' property tests. */

export const participantIds = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

/** Answers from a few participants, with repeats (replaced answers) and clashing timestamps. */
export function answersArb<V>(
  itemIds: readonly string[],
  value: fc.Arbitrary<V>,
  maxLength = 40,
): fc.Arbitrary<StoredAnswer<V>[]> {
  return fc.array(
    fc.record({
      participantId: fc.constantFrom(...participantIds),
      itemId: fc.constantFrom(...itemIds),
      value,
      at: fc.integer({ min: 0, max: 20 }),
    }),
    { maxLength },
  );
}

/** The same answers in another order. */
export function withShuffle<V>(answers: fc.Arbitrary<StoredAnswer<V>[]>) {
  return answers.chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
    ),
  );
}

/** Only the latest answer per participant and item, as the hub stores them. */
export function asStored<V>(answers: readonly StoredAnswer<V>[]): StoredAnswer<V>[] {
  const byKey = new Map<string, StoredAnswer<V>>();
  answers.forEach((answer, index) =>
    byKey.set(`${answer.participantId}|${answer.itemId}`, { ...answer, at: index }),
  );
  return [...byKey.values()];
}

export function answer<V>(participantId: string, itemId: string, value: V, at = 0): StoredAnswer<V> {
  return { participantId, itemId, value, at };
}
