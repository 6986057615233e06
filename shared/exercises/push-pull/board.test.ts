import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardClassificationResult } from '../../activities/cardClassification';
import { readWorkshopFile, writeWorkshopFile } from '../../workshop/file';
import { newWorkshop } from '../../workshop/schema';
import { newPushPull, pushPullSchema, type BoardColumn, type PushPull } from './schema';
import { columnByVote, placeCard, pushPullBoard, resetPlacements } from './board';

function exerciseWith(titles: string[], extra: Partial<PushPull> = {}): PushPull {
  return {
    ...newPushPull(),
    cards: titles.map((title, i) => ({ id: `c${i + 1}`, title, description: '' })),
    ...extra,
  };
}

/** A result as the card-classification tally writes it. */
function resultOf(
  votes: Record<string, [push: number, pull: number, unsure: number]>,
): CardClassificationResult {
  return {
    cards: Object.entries(votes).map(([id, [push, pull, unsure]]) => {
      const total = push + pull + unsure;
      return {
        id,
        counts: { push, pull, unsure },
        total,
        shares: { push: push / total, pull: pull / total, unsure: unsure / total },
        leading: null,
        contested: false,
      };
    }),
  };
}

describe('columnByVote', () => {
  it('puts a card on the side that reaches the threshold, counting unsure votes in the total', () => {
    expect(columnByVote({ push: 13, pull: 5, unsure: 2 }, 65)).toBe('push'); // exactly 65 %
    expect(columnByVote({ push: 12, pull: 5, unsure: 3 }, 65)).toBe('contested'); // 60 %
    expect(columnByVote({ push: 1, pull: 9, unsure: 0 }, 65)).toBe('pull');
    expect(columnByVote({ push: 0, pull: 0, unsure: 0 }, 65)).toBeNull();
  });

  it('calls a tie contested even at a 50 % threshold', () => {
    expect(columnByVote({ push: 5, pull: 5, unsure: 0 }, 50)).toBe('contested');
  });
});

describe('pushPullBoard', () => {
  const exercise = exerciseWith(['App release', 'Loyalty points', 'Same-day delivery', 'Chatbot']);
  const result = resultOf({ c1: [9, 1, 0], c2: [2, 8, 0], c3: [4, 4, 2] });

  it('places each card by the tally until the facilitator places it', () => {
    const board = pushPullBoard(exercise, result);
    expect(board.places).toEqual({ push: ['c1'], pull: ['c2'], contested: ['c3'], unsorted: ['c4'] });
    expect(board.saved).toBe(false);
    expect(board.voted).toBe(3);
    expect(board.cards[2]).toMatchObject({ contested: true, split: { push: 4, pull: 4, unsure: 2 } });
  });

  it('follows the threshold set in the exercise, not the one voted under', () => {
    const strict = pushPullBoard({ ...exercise, contestedThreshold: 95 }, result);
    expect(strict.places.contested).toEqual(['c1', 'c2', 'c3']);
  });

  it('keeps the facilitator’s placement and marks it when it differs from the vote', () => {
    const placed = placeCard(exercise, result, 'c1', 'pull');
    const board = pushPullBoard(placed, result);
    expect(board.places).toEqual({ push: [], pull: ['c1', 'c2'], contested: ['c3'], unsorted: ['c4'] });
    expect(board.cards[0]).toMatchObject({ place: 'pull', byVote: 'push', overridden: true });
    expect(board.cards[1]).toMatchObject({ place: 'pull', overridden: false });
    expect(board.saved).toBe(true);
  });

  it('saves every placed card with its vote split, so the plan has the whole board', () => {
    const placed = placeCard(exercise, result, 'c3', 'push');
    expect(placed.placements).toEqual({ c1: 'push', c2: 'pull', c3: 'push' });
    expect(placed.splits).toEqual({
      c1: { push: 9, pull: 1, unsure: 0 },
      c2: { push: 2, pull: 8, unsure: 0 },
      c3: { push: 4, pull: 4, unsure: 2 },
    });
    expect(pushPullSchema.safeParse(placed).success).toBe(true);
  });

  it('places a card nobody voted on when the facilitator drags it', () => {
    const placed = placeCard(exercise, result, 'c4', 'contested');
    expect(pushPullBoard(placed, result).places.unsorted).toEqual([]);
    expect(placed.splits).not.toHaveProperty('c4');
  });

  it('shows the stored votes when the live result is gone', () => {
    const placed = placeCard(exercise, result, null, null);
    const board = pushPullBoard(placed, null);
    expect(board.cards[0]!.split).toEqual({ push: 9, pull: 1, unsure: 0 });
    expect(board.places.push).toEqual(['c1']);
  });

  it('drops placements of removed cards on the next save, and reset goes back to the vote', () => {
    const placed = placeCard(exercise, result, 'c1', 'contested');
    const fewer = { ...placed, cards: placed.cards.slice(1) };
    expect(placeCard(fewer, result, 'c2', 'push').placements).toEqual({ c2: 'push', c3: 'contested' });
    const reset = resetPlacements(placed);
    expect(pushPullBoard(reset, result).places.push).toEqual(['c1']);
    expect(pushPullBoard(reset, result).saved).toBe(false);
  });

  it('has every card in exactly one place, for any votes and placements', () => {
    const column = fc.constantFrom<BoardColumn>('push', 'pull', 'contested');
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('c1', 'c2', 'c3', 'c9'), fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20))),
        fc.array(fc.tuple(fc.constantFrom('c1', 'c2', 'c3'), column), { maxLength: 6 }),
        fc.integer({ min: 50, max: 100 }),
        (votes, moves, threshold) => {
          let exercise = exerciseWith(['a', 'b', 'c'], { contestedThreshold: threshold });
          const result = resultOf(votes);
          for (const [card, to] of moves) exercise = placeCard(exercise, result, card, to);
          const board = pushPullBoard(exercise, result);
          const all = Object.values(board.places).flat().sort();
          expect(all).toEqual(['c1', 'c2', 'c3']);
          for (const [card, to] of moves.slice(-1))
            expect(board.cards.find((c) => c.card.id === card)!.place).toBe(to);
        },
      ),
    );
  });
});

describe('a saved board in a workshop file', () => {
  it('comes back the same after export and import', () => {
    const exercise = placeCard(
      exerciseWith(['App release', 'Loyalty points']),
      resultOf({ c1: [3, 1, 1], c2: [0, 4, 0] }),
      'c1',
      'pull',
    );
    const workshop = { ...newWorkshop('Board file'), agenda: [exercise] };
    expect(readWorkshopFile(writeWorkshopFile(workshop))).toEqual({ ok: true, workshop });
  });
});
