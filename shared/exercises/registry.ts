import type { z } from 'zod';
import { actionPlan } from './action-plan';
import { burdenJourney } from './burden-journey';
import { centricityCheck } from './centricity-check';
import { definition } from './definition';
import type { ExerciseDefinition } from './exerciseDefinition';
import { pushPull } from './push-pull';
import { simplify } from './simplify';

/** Keys each definition under its own type, or does not compile. */
function byType<const T extends { [K in keyof T]: { type: K } }>(definitions: T): T {
  return definitions;
}

/**
 * Every exercise type and its definition, in their usual order on a workshop day: the one switch
 * on the exercise type. The stored types (`Exercise`, `ExerciseType` in `./index.ts`) are derived
 * from it, and the renderer's registry (`renderer/exercises/registry.ts`) is typed over its keys.
 */
export const EXERCISES = byType({
  'centricity-check': centricityCheck,
  definition,
  'burden-journey': burdenJourney,
  'push-pull': pushPull,
  simplify,
  'action-plan': actionPlan,
});

export type ExerciseSchemas = (typeof EXERCISES)[keyof typeof EXERCISES]['schema'];
type Exercise = import('./index').Exercise;

/** A definition seen over every exercise: what generic code calls, with an exercise of its type. */
export type AnyExerciseDefinition = ExerciseDefinition<z.ZodType<Exercise>>;

/** The definitions in agenda order. */
export const EXERCISE_DEFINITIONS = Object.values(EXERCISES) as readonly AnyExerciseDefinition[];

/** The definition of one exercise type. */
export function definitionOf(type: Exercise['type']): AnyExerciseDefinition {
  return EXERCISES[type] as unknown as AnyExerciseDefinition;
}
