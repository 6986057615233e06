import type { ComponentType } from 'react';
import type { ExerciseType } from '../../shared/exercises';
import type { OutcomeOf } from '../../shared/outcomes';
import { ActionPlanOutcome } from './action-plan/Outcome';
import { JourneyOutcome } from './burden-journey/Outcome';
import { CentricityOutcome } from './centricity-check/Outcome';
import { DefinitionOutcome } from './definition/Outcome';
import { PushPullOutcome } from './push-pull/Outcome';
import { SimplifyOutcome } from './simplify/Outcome';

export type OutcomeView<T extends ExerciseType> = ComponentType<{ outcome: OutcomeOf<T> }>;

/** The projector's view of each exercise type's outcome: a new exercise type does not compile without one. */
export const OUTCOME_VIEWS: { [T in ExerciseType]: OutcomeView<T> } = {
  'centricity-check': CentricityOutcome,
  definition: DefinitionOutcome,
  'burden-journey': JourneyOutcome,
  'push-pull': PushPullOutcome,
  simplify: SimplifyOutcome,
  'action-plan': ActionPlanOutcome,
};
