import type { Exercise } from '../../../shared/exercises';
import type { ActivityKindId, ActivityResultOf } from '../../../shared/activities/registry';
import { findResult } from '../../../shared/plan/results';
import type { Workshop } from '../../../shared/workshop/schema';

/** The workshop with one exercise replaced (by id). */
export function withExercise(workshop: Workshop, exercise: Exercise): Workshop {
  return { ...workshop, agenda: workshop.agenda.map((e) => (e.id === exercise.id ? exercise : e)) };
}

/**
 * An exercise's closed result of one kind, from the results alone, so a board recomputes only when
 * results change (findResult reads nothing else of the workshop).
 */
export function closedResult<K extends ActivityKindId>(
  results: Workshop['results'],
  exerciseId: string,
  kind: K,
): ActivityResultOf<K> | null {
  return findResult({ results } as Workshop, exerciseId, kind)?.tally ?? null;
}
