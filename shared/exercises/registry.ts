import type { z } from 'zod';
import { actionPlan } from './action-plan';
import { burdenJourney } from './burden-journey';
import { centricityCheck } from './centricity-check';
import { definition } from './definition';
import { own } from './own';
import type { ExerciseDefinition, ExercisePlan } from './exerciseDefinition';
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
  own,
});

export type ExerciseSchemas = (typeof EXERCISES)[keyof typeof EXERCISES]['schema'];
type Exercise = import('./index').Exercise;

/** A definition seen over every exercise: what generic code calls, with an exercise of its type. */
export type AnyExerciseDefinition = ExerciseDefinition<z.ZodType<Exercise>, z.ZodType, object>;

/** The definitions in agenda order. */
export const EXERCISE_DEFINITIONS = Object.values(EXERCISES) as readonly AnyExerciseDefinition[];

/** The definition of one exercise type. */
export function definitionOf(type: Exercise['type']): AnyExerciseDefinition {
  return EXERCISES[type] as unknown as AnyExerciseDefinition;
}

type Definitions = typeof EXERCISES;

/** What an exercise type's plan section holds when ready; never for a type without a section. */
export type PlanDataOf<T extends keyof Definitions> =
  NonNullable<Definitions[T]['plan']> extends ExercisePlan<never, infer D> ? D : never;

/** The exercise types with a section of their own in the action plan. */
export type PlannedType = {
  [T in keyof Definitions]: [PlanDataOf<T>] extends [never] ? never : T;
}[keyof Definitions];
