import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ExerciseType } from '../../shared/exercises';
import type { OutcomeOf } from '../../shared/outcomeSchema';

export type OutcomeView<T extends ExerciseType> = LazyExoticComponent<
  ComponentType<{ outcome: OutcomeOf<T> }>
>;

/**
 * Each exercise type's outcome on the projector, apart from the console's registry (editors, boards,
 * tools): the projector loads only these views. Typed over every exercise type.
 */
export const OUTCOME_VIEWS: { [T in ExerciseType]: OutcomeView<T> } = {
  'centricity-check': lazy(() =>
    import('./centricity-check/Outcome').then((m) => ({ default: m.CentricityOutcome })),
  ),
  definition: lazy(() => import('./definition/Outcome').then((m) => ({ default: m.DefinitionOutcome }))),
  'burden-journey': lazy(() =>
    import('./burden-journey/Outcome').then((m) => ({ default: m.JourneyOutcome })),
  ),
  'push-pull': lazy(() => import('./push-pull/Outcome').then((m) => ({ default: m.PushPullOutcome }))),
  simplify: lazy(() => import('./simplify/Outcome').then((m) => ({ default: m.SimplifyOutcome }))),
  'action-plan': lazy(() => import('./action-plan/Outcome').then((m) => ({ default: m.ActionPlanOutcome }))),
  own: lazy(() => import('./own/Outcome').then((m) => ({ default: m.OwnOutcome }))),
};

/** The same views seen over every type: call each with an outcome of its own type. */
export const OUTCOME_VIEW_OF = OUTCOME_VIEWS as unknown as Record<ExerciseType, OutcomeView<ExerciseType>>;
