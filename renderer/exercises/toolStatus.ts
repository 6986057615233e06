import type { Workshop } from '../../shared/workshop/schema';

/** Answers to the exercise's activities in the (live-overlaid) results: the most any one had. */
export function answeredOf(workshop: Workshop, exerciseId: string): number {
  let most = 0;
  for (const [id, result] of Object.entries(workshop.results)) {
    if (id.split(':')[0] === exerciseId) most = Math.max(most, result.answered);
  }
  return most;
}
