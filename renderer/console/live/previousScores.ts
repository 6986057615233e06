import { withPreviousCentricityScores } from '../../../shared/exercises/centricity-check/previous';
import type { ActivitySpec } from '../../../shared/exercises/common';
import type { Workshop } from '../../../shared/workshop/schema';
import { workshops } from '../db';

/**
 * The activities to start live, the centricity check carrying each question's previous score from
 * this organisation's stored workshops. If the library cannot be read the session still starts,
 * without the comparison: the room should not wait for history.
 */
export async function withStoredPreviousScores(
  workshop: Workshop,
  activities: ActivitySpec[],
): Promise<ActivitySpec[]> {
  if (!activities.some((a) => a.kind === 'scale-poll')) return activities;
  try {
    const library = await workshops.ofOrganisation(workshop.organisation);
    return withPreviousCentricityScores(workshop, activities, library);
  } catch (error) {
    console.warn('Earlier workshops could not be read; starting without last time’s scores.', error);
    return activities;
  }
}
