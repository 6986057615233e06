import { parseResult } from '../../activities/registry';
import type { ActivityResult } from '../../workshop/results';
import type { PracticeClear } from '../exerciseDefinition';
import type { Simplify } from './schema';

/** Clearing practice results: a decision equal to the practice ratings' quadrant and without a note goes. */
export function clearSimplify(
  exercise: Simplify,
  practiceResult: (kind: 'two-axis-rating') => ActivityResult | null,
): PracticeClear<Simplify> {
  const result = practiceResult('two-axis-rating');
  if (!result) return { exercise, followedVotes: 0, keptByHand: 0, curations: 0 };
  const tally = parseResult('two-axis-rating', result.tally);
  const proposed = new Map(
    (tally?.items ?? []).filter((item) => item.count > 0).map((item) => [item.id, item.quadrant]),
  );
  const decisions: Simplify['decisions'] = {};
  let followedVotes = 0;
  let keptByHand = 0;
  for (const [offeringId, decided] of Object.entries(exercise.decisions)) {
    if (proposed.get(offeringId) === decided.decision && !decided.note.trim()) followedVotes++;
    else {
      decisions[offeringId] = decided;
      keptByHand++;
    }
  }
  return { exercise: { ...exercise, decisions }, followedVotes, keptByHand, curations: 0 };
}
