import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardClassification,
  contested,
  tallyCardClassification,
  type CardClassificationConfig,
} from './cardClassification';
import { checkAnswer } from './check';
import { answer, answersArb, asStored, withShuffle } from './testArbitraries';

const config: CardClassificationConfig = {
  cards: [
    { id: 'app', title: 'Quarterly app release' },
    { id: 'loyalty', title: 'Loyalty points' },
  ],
  categories: [
    { id: 'push', label: 'Pushed by us' },
    { id: 'pull', label: 'Pulled by customers' },
    { id: 'unsure', label: 'Unsure' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
};
const votes = answersArb(['app', 'loyalty'], fc.constantFrom('push', 'pull', 'unsure'));

function votesOn(card: string, push: number, pull: number, unsure: number) {
  const list = [];
  let n = 0;
  for (const [category, count] of [
    ['push', push],
    ['pull', pull],
    ['unsure', unsure],
  ] as const) {
    for (let i = 0; i < count; i++) list.push(answer(`p${n++}`, card, category));
  }
  return list;
}

describe('contested', () => {
  it('is decided exactly at the threshold and contested just below it', () => {
    expect(contested({ first: 13, second: 7, undecided: 0 }, 65)).toBe(false); // 65 %
    expect(contested({ first: 13, second: 6, undecided: 1 }, 65)).toBe(false); // 65 %
    expect(contested({ first: 12, second: 8, undecided: 0 }, 65)).toBe(true); // 60 %
    expect(contested({ first: 0, second: 2, undecided: 1 }, 65)).toBe(false); // 67 % pull
    expect(contested({ first: 1, second: 1, undecided: 0 }, 50)).toBe(false);
    expect(contested({ first: 0, second: 0, undecided: 3 }, 50)).toBe(true);
  });

  it('is not contested without votes', () => {
    expect(contested({ first: 0, second: 0, undecided: 0 }, 65)).toBe(false);
  });

  it('"unsure" votes can make a card contested', () => {
    expect(contested({ first: 6, second: 0, undecided: 4 }, 65)).toBe(true);
  });
});

describe('card classification tally', () => {
  it('counts every stored vote once and shares add up to 1', () => {
    fc.assert(
      fc.property(votes, (raw) => {
        const stored = asStored(raw);
        const result = tallyCardClassification(config, stored);
        expect(result.cards.reduce((sum, c) => sum + c.total, 0)).toBe(stored.length);
        for (const card of result.cards) {
          const counts = Object.values(card.counts);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(card.total);
          const shares = Object.values(card.shares).reduce((a, b) => a + b, 0);
          expect(shares).toBeCloseTo(card.total ? 1 : 0, 10);
          if (card.leading) expect(card.counts[card.leading]).toBe(Math.max(...counts));
        }
      }),
    );
  });

  it('does not depend on the order of votes', () => {
    fc.assert(
      fc.property(withShuffle(votes), ([a, b]) => {
        expect(tallyCardClassification(config, b)).toEqual(tallyCardClassification(config, a));
      }),
    );
  });

  it('flags a 60/40 split at 65 % as contested and a 13/7 split as pushed', () => {
    const result = tallyCardClassification(config, [
      ...votesOn('app', 12, 8, 0),
      ...votesOn('loyalty', 13, 7, 0),
    ]);
    expect(result.cards[0]).toMatchObject({ id: 'app', total: 20, leading: 'push', contested: true });
    expect(result.cards[1]).toMatchObject({ id: 'loyalty', leading: 'push', contested: false });
    expect(result.cards[1]!.shares.push).toBeCloseTo(0.65, 10);
  });

  it('has no leader on a tie and no NaN without votes', () => {
    const result = tallyCardClassification(config, votesOn('app', 2, 2, 1));
    expect(result.cards[0]!.leading).toBeNull();
    expect(result.cards[1]).toEqual({
      id: 'loyalty',
      counts: { push: 0, pull: 0, unsure: 0 },
      total: 0,
      shares: { push: 0, pull: 0, unsure: 0 },
      leading: null,
      contested: false,
    });
    expect(cardClassification.resultSchema.parse(result)).toEqual(result);
  });

  it('counts a participant who changes their mind once', () => {
    const result = tallyCardClassification(config, [
      answer('a', 'app', 'push', 1),
      answer('a', 'app', 'pull', 2),
    ]);
    expect(result.cards[0]!.counts).toEqual({ push: 0, pull: 1, unsure: 0 });
  });

  it('only accepts the shown columns, and a config whose decisive pair exists', () => {
    expect(checkAnswer(cardClassification, config, [], 'app', 'pull')).toEqual({ ok: true, value: 'pull' });
    expect(checkAnswer(cardClassification, config, [], 'app', 'maybe')).toMatchObject({
      ok: false,
      reason: 'Pick one of the columns shown.',
    });
    expect(checkAnswer(cardClassification, config, [], 'nope', 'pull').ok).toBe(false);
    expect(cardClassification.configSchema.safeParse({ ...config, decisive: ['push', 'push'] }).success).toBe(
      false,
    );
    expect(cardClassification.configSchema.safeParse({ ...config, decisive: ['push', 'x'] }).success).toBe(
      false,
    );
    expect(cardClassification.configSchema.safeParse(config).success).toBe(true);
  });
});

describe('a sort without cards (the room proposes them)', () => {
  const empty: CardClassificationConfig = { ...config, cards: [] };

  it('is a valid config, and its tally is empty whatever votes arrive', () => {
    expect(cardClassification.configSchema.safeParse(empty).success).toBe(true);
    fc.assert(
      fc.property(votes, (raw) => {
        const result = tallyCardClassification(empty, asStored(raw));
        expect(result).toEqual({ cards: [] });
        expect(cardClassification.resultSchema.parse(result)).toEqual(result);
      }),
    );
  });

  it('takes no answers and says what to do before it can open', () => {
    expect(cardClassification.items(empty)).toEqual([]);
    expect(checkAnswer(cardClassification, empty, [], 'app', 'push').ok).toBe(false);
    expect(cardClassification.nothingToAnswer?.(empty)).toBe(
      'There are no cards to sort yet. Add cards to the sort before opening it: approve proposals first.',
    );
    expect(cardClassification.nothingToAnswer?.(config)).toBeNull();
  });

  it('counts only the cards it has once some are added', () => {
    fc.assert(
      fc.property(fc.subarray(config.cards), votes, (cards, raw) => {
        const result = tallyCardClassification({ ...config, cards }, asStored(raw));
        expect(result.cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
        const shown = new Set(cards.map((c) => c.id));
        const counted = asStored(raw).filter((a) => shown.has(a.itemId)).length;
        expect(result.cards.reduce((sum, c) => sum + c.total, 0)).toBe(counted);
      }),
    );
  });
});
