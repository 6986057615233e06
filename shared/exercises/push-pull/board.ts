import {
  contested,
  decisiveSplitOf,
  type CardClassificationResult,
  type CardResult,
} from '../../activities/cardClassification';
import { SORT_DECISIVE, type BoardColumn, type Card, type PushPull, type VoteSplit } from './schema';

/** Where a card sits on the board; `unsorted` until it has votes or the facilitator places it. */
export type BoardPlace = BoardColumn | 'unsorted';
export const BOARD_COLUMNS: readonly BoardColumn[] = ['push', 'pull', 'contested'];

export const COLUMN_LABELS: Record<BoardPlace, string> = {
  push: 'Push',
  pull: 'Pull',
  contested: 'Contested',
  unsorted: 'Not voted yet',
};

export interface BoardCard {
  card: Card;
  /** The room's votes; from the live result, or the snapshot stored when the board was saved. */
  split: VoteSplit;
  /** Neither side reaches the exercise's threshold (its current value). */
  contested: boolean;
  /** Where the votes put it; null without votes. */
  byVote: BoardColumn | null;
  /** Where it is now: the facilitator's placement, else the vote's. */
  place: BoardPlace;
  /** The facilitator placed it somewhere else than the votes did. */
  overridden: boolean;
}

export interface PushPullBoardModel {
  cards: BoardCard[];
  /** Card ids per place, in the exercise's card order. */
  places: Record<BoardPlace, string[]>;
  /** Whether the board is stored in the exercise (placements saved), or only proposed by the votes. */
  saved: boolean;
  /** Cards with votes. */
  voted: number;
}

export const NO_VOTES: VoteSplit = { push: 0, pull: 0, unsure: 0 };

/** Push, pull and everything else (unsure) from a card's tally. */
export function splitOf(result: CardResult | undefined): VoteSplit {
  const { first, second, undecided } = decisiveSplitOf(result, SORT_DECISIVE);
  return { push: first, pull: second, unsure: undecided };
}

export const totalOf = (split: VoteSplit) => split.push + split.pull + split.unsure;

/**
 * The column the room's votes give a card: the side that reaches the threshold (percent of all
 * its votes, unsure ones included), else Contested. Null when nobody voted on it.
 */
export function columnByVote(split: VoteSplit, thresholdPercent: number): BoardColumn | null {
  if (totalOf(split) === 0) return null;
  const undecided = { first: split.push, second: split.pull, undecided: split.unsure };
  if (contested(undecided, thresholdPercent) || split.push === split.pull) return 'contested';
  return split.push > split.pull ? 'push' : 'pull';
}

/**
 * The board as the facilitator sees it: each card where the facilitator placed it, else where the
 * votes put it, contested by the exercise's threshold as it is now. `result` is the closed
 * card-classification result (null before voting). The one derivation of the sort's outcome: the
 * board, the live tool, the plan (PDF and CSV) and the practice clean-up all read it.
 */
export function pushPullBoard(
  exercise: PushPull,
  result: CardClassificationResult | null,
): PushPullBoardModel {
  const byId = new Map((result?.cards ?? []).map((c) => [c.id, c]));
  const places: Record<BoardPlace, string[]> = { unsorted: [], push: [], pull: [], contested: [] };
  let voted = 0;
  const cards = exercise.cards.map((card): BoardCard => {
    const live = byId.get(card.id);
    const split = live ? splitOf(live) : (exercise.splits?.[card.id] ?? NO_VOTES);
    const byVote = columnByVote(split, exercise.contestedThreshold);
    const placed = exercise.placements[card.id];
    const place: BoardPlace = placed ?? byVote ?? 'unsorted';
    places[place].push(card.id);
    if (totalOf(split) > 0) voted++;
    return {
      card,
      split,
      contested: byVote === 'contested',
      byVote,
      place,
      overridden: !!placed && byVote !== null && placed !== byVote,
    };
  });
  const saved = exercise.cards.some((c) => Object.hasOwn(exercise.placements, c.id));
  return { cards, places, saved, voted };
}

/**
 * Stores the whole board as the facilitator's final placement, with `cardId` moved to `to`:
 * every card that has a column is saved with the vote split it had, so the plan has all of them.
 * Placements of cards no longer in the exercise are dropped.
 */
export function placeCard(
  exercise: PushPull,
  result: CardClassificationResult | null,
  cardId: string | null,
  to: BoardColumn | null,
): PushPull {
  const board = pushPullBoard(exercise, result);
  const placements: Record<string, BoardColumn> = {};
  const splits: Record<string, VoteSplit> = {};
  for (const item of board.cards) {
    const place = item.card.id === cardId && to ? to : item.place;
    if (place === 'unsorted') continue;
    placements[item.card.id] = place;
    if (totalOf(item.split) > 0) splits[item.card.id] = item.split;
  }
  return { ...exercise, placements, splits };
}

/** Back to the room's vote: forgets the facilitator's placements (undoable like any change). */
export function resetPlacements(exercise: PushPull): PushPull {
  // The vote snapshots stay: without a live result they are the only record of the votes.
  return { ...exercise, placements: {} };
}
