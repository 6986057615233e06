import type { Exercise } from './index';

/**
 * The first exercise of a type on the agenda. Kept apart from the workshop schema so exercise
 * definitions can use it without importing the schema their registry feeds.
 */
export function findExercise<T extends Exercise['type']>(
  workshop: { agenda: readonly Exercise[] },
  type: T,
): Extract<Exercise, { type: T }> | undefined {
  return workshop.agenda.find((e): e is Extract<Exercise, { type: T }> => e.type === type);
}
