import { z } from 'zod';
import { answersByItem } from './answers';
import { countSchema, itemIdSchema, labelSchema, uniqueLabelled } from './common';
import type { ActivityKind, LiveTally, StoredAnswer } from './kind';

export const cardClassificationConfigSchema = z
  .object({
    /** May be empty: a sort whose cards the room proposes gets them before it opens. */
    cards: z
      .array(z.object({ id: itemIdSchema, title: labelSchema }))
      .max(500)
      .refine((cards) => new Set(cards.map((c) => c.id)).size === cards.length, 'Card ids must be unique.'),
    categories: uniqueLabelled(6, 2),
    /** The two categories that decide a card (e.g. push and pull); the others count as undecided. */
    decisive: z.tuple([itemIdSchema, itemIdSchema]),
    /** Percent of all votes on a card one decisive category needs; below it the card is contested. */
    contestedThreshold: z.number().int().min(50).max(100),
  })
  .refine(
    (c) =>
      c.decisive[0] !== c.decisive[1] && c.decisive.every((id) => c.categories.some((cat) => cat.id === id)),
    'The two decisive categories must be two different categories of this activity.',
  );
export type CardClassificationConfig = z.infer<typeof cardClassificationConfigSchema>;
/** The category id a participant puts the card in (item = card id). */
export type CardClassificationValue = string;

export const cardResultSchema = z.object({
  id: z.string(),
  counts: z.record(z.string(), countSchema),
  total: countSchema,
  /** counts / total per category, 0 when nobody voted. */
  shares: z.record(z.string(), z.number().min(0).max(1)),
  /** The category with most votes; null when nobody voted or the top is tied. */
  leading: z.string().nullable(),
  contested: z.boolean(),
});
export type CardResult = z.infer<typeof cardResultSchema>;

export const cardClassificationResultSchema = z.object({ cards: z.array(cardResultSchema) });
export type CardClassificationResult = z.infer<typeof cardClassificationResultSchema>;

/** Votes on one card: the two decisive categories and all the rest (unsure…). */
export interface DecisiveSplit {
  first: number;
  second: number;
  undecided: number;
}

const votes = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * A card's votes as the two decisive categories and all the rest: the one reading of a card's
 * tally, for the contested flag, the board, the plan and the sample alike.
 */
export function decisiveSplitOf(
  card: Pick<CardResult, 'counts' | 'total'> | undefined,
  decisive: readonly [string, string],
): DecisiveSplit {
  if (!card) return { first: 0, second: 0, undecided: 0 };
  const first = votes(card.counts[decisive[0]]);
  const second = votes(card.counts[decisive[1]]);
  return { first, second, undecided: Math.max(0, votes(card.total) - first - second) };
}

/**
 * A card is contested when neither decisive category reaches `thresholdPercent` of all its votes
 * (undecided ones included). Reaching the threshold exactly is decided, not contested.
 * A card without votes is not contested: there is nothing to disagree about yet.
 */
export function contested(split: DecisiveSplit, thresholdPercent: number): boolean {
  const total = split.first + split.second + split.undecided;
  if (total === 0) return false;
  // Integer arithmetic, so 13 of 20 at 65% is exactly at the threshold.
  const reaches = (votes: number) => votes * 100 >= thresholdPercent * total;
  return !reaches(split.first) && !reaches(split.second);
}

/** One card's result from its vote counts per category: the one derivation, for the full and the live tally. */
function cardResult(
  config: CardClassificationConfig,
  id: string,
  counts: Record<string, number>,
): CardResult {
  const categoryIds = config.categories.map((c) => c.id);
  let total = 0;
  for (const c of categoryIds) total += counts[c]!;
  const shares = Object.fromEntries(categoryIds.map((c) => [c, total ? counts[c]! / total : 0]));
  const top = Math.max(...categoryIds.map((c) => counts[c]!));
  const leaders = categoryIds.filter((c) => counts[c] === top);
  return {
    id,
    counts,
    total,
    shares,
    leading: total > 0 && leaders.length === 1 ? leaders[0]! : null,
    contested: contested(decisiveSplitOf({ counts, total }, config.decisive), config.contestedThreshold),
  };
}

const noVotes = (config: CardClassificationConfig): Record<string, number> =>
  Object.fromEntries(config.categories.map((c) => [c.id, 0]));

export function tallyCardClassification(
  config: CardClassificationConfig,
  answers: ReadonlyArray<StoredAnswer<CardClassificationValue>>,
): CardClassificationResult {
  const byItem = answersByItem(answers);
  const cards = config.cards.map((card) => {
    const counts = noVotes(config);
    for (const answer of byItem.get(card.id) ?? []) {
      if (!Object.hasOwn(counts, answer.value)) continue; // category removed after voting
      counts[answer.value]! += 1;
    }
    return cardResult(config, card.id, counts);
  });
  return { cards };
}

/** The card tally one answer at a time: votes per card and category. */
function liveCardClassification(
  config: CardClassificationConfig,
): LiveTally<CardClassificationValue, CardClassificationResult> {
  const counts = new Map(config.cards.map((card) => [card.id, noVotes(config)]));
  const count = (answer: StoredAnswer<CardClassificationValue> | undefined, by: number) => {
    const card = answer && counts.get(answer.itemId);
    if (card && Object.hasOwn(card, answer.value)) card[answer.value]! += by;
  };
  return {
    apply(answer, previous) {
      count(previous, -1);
      count(answer, 1);
    },
    result: () => ({
      cards: config.cards.map((card) => cardResult(config, card.id, { ...counts.get(card.id)! })),
    }),
  };
}

export const cardClassification: ActivityKind<
  CardClassificationConfig,
  CardClassificationValue,
  CardClassificationResult
> = {
  kind: 'card-classification',
  label: 'card sort',
  configSchema: cardClassificationConfigSchema,
  valueSchema: (config) => {
    const ids = new Set(config.categories.map((c) => c.id));
    return z.string().refine((id) => ids.has(id), 'Pick one of the columns shown.');
  },
  items: (config) => config.cards.map((c) => c.id),
  nothingToAnswer: (config) =>
    config.cards.length === 0
      ? 'There are no cards to sort yet. Add cards to the sort before opening it: approve proposals first.'
      : null,
  tally: tallyCardClassification,
  live: liveCardClassification,
  resultSchema: cardClassificationResultSchema,
  simulate(config, { random, lean }) {
    const [first, second] = config.decisive;
    const others = config.categories.filter((cat) => !config.decisive.includes(cat.id));
    return config.cards.map((card) => {
      if (others.length && random() < 0.08)
        return { itemId: card.id, value: others[Math.floor(random() * others.length)]!.id };
      return { itemId: card.id, value: random() < lean(card.id, 'first') ? first : second };
    });
  },
};
