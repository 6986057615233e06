import { parseResult } from '../../activities/registry';
import type { ActivityResult } from '../../workshop/results';
import type { PracticeClear } from '../exerciseDefinition';
import { pushPullBoard } from './board';
import type { PushPull } from './schema';

/**
 * Clearing practice results: a placement that is where the practice votes put the card only
 * followed them (saving the board stores every card): it goes. One elsewhere is the facilitator's
 * call: it stays. The vote snapshots are practice votes: they go.
 */
export function clearPushPull(
  exercise: PushPull,
  practiceResult: (kind: 'card-classification') => ActivityResult | null,
): PracticeClear<PushPull> {
  const result = practiceResult('card-classification');
  if (!result) return { exercise, followedVotes: 0, keptByHand: 0, curations: 0 };
  const board = pushPullBoard(exercise, parseResult('card-classification', result.tally));
  const byVote = new Map(board.cards.map((c) => [c.card.id, c.byVote]));
  const placements: PushPull['placements'] = {};
  let followedVotes = 0;
  let keptByHand = 0;
  for (const [cardId, column] of Object.entries(exercise.placements)) {
    if (byVote.get(cardId) === column) followedVotes++;
    else {
      placements[cardId] = column;
      keptByHand++;
    }
  }
  const { splits: _practiceVotes, ...rest } = exercise;
  return { exercise: { ...rest, placements }, followedVotes, keptByHand, curations: 0 };
}
