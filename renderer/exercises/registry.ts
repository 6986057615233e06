import type { ExerciseType } from '../../shared/exercises';
import { actionPlanViews } from './action-plan';
import { burdenJourneyViews } from './burden-journey';
import { centricityCheckViews } from './centricity-check';
import { definitionViews } from './definition';
import { ownViews } from './own';
import { pushPullViews } from './push-pull';
import { simplifyViews } from './simplify';
import type { ExerciseViews } from './types';

/**
 * The console's views of each exercise type: editor and result tool (the projector's outcomes are
 * in `./outcomeViews.ts`). Typed
 * over every type of `shared/exercises/registry.ts`, so a type without its views does not compile.
 */
export const EXERCISE_VIEWS: { [T in ExerciseType]: ExerciseViews<T> } = {
  'centricity-check': centricityCheckViews,
  definition: definitionViews,
  'burden-journey': burdenJourneyViews,
  'push-pull': pushPullViews,
  simplify: simplifyViews,
  'action-plan': actionPlanViews,
  own: ownViews,
};

/** The views of one type, seen over every exercise: call them with an exercise of that type. */
export function viewsOf(type: ExerciseType): ExerciseViews<ExerciseType> {
  return EXERCISE_VIEWS[type] as unknown as ExerciseViews<ExerciseType>;
}
