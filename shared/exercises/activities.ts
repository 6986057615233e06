import type { Workshop } from '../workshop/schema';
import type { ActivitySpec } from './common';
import type { Exercise } from './index';
import { definitionOf } from './registry';

/**
 * The live activities an exercise runs, with ids stable across sessions (`${exercise.id}:<suffix>`)
 * so results can be matched back: its definition says which (see `shared/exercises/registry.ts`).
 */
export function activitiesOf(exercise: Exercise, workshop: Workshop): ActivitySpec[] {
  return definitionOf(exercise.type).activities(exercise, workshop);
}
