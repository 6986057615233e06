import type { ActivityResult } from '../../workshop/results';
import type { PracticeClear } from '../exerciseDefinition';
import type { Definition } from './schema';

/**
 * Clearing practice results: merges and hidden marks point at practice statements, which go; the
 * team's text stays.
 */
export function clearDefinition(
  exercise: Definition,
  practiceResult: (kind: 'open-text') => ActivityResult | null,
): PracticeClear<Definition> {
  if (!exercise.curation || !practiceResult('open-text'))
    return { exercise, followedVotes: 0, keptByHand: 0, curations: 0 };
  const curations = exercise.curation.merges.length + exercise.curation.hidden.length;
  const { curation: _practiceCuration, ...rest } = exercise;
  return { exercise: rest, followedVotes: 0, keptByHand: 0, curations };
}
