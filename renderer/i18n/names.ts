import type { ExerciseType } from '../../shared/exercises';
import { t } from './index';

/** An exercise type's name in the console's language ("Burden journey"). */
export const exerciseName = (type: ExerciseType): string =>
  ({
    'centricity-check': t('exercise.centricity-check.name'),
    definition: t('exercise.definition.name'),
    'burden-journey': t('exercise.burden-journey.name'),
    'push-pull': t('exercise.push-pull.name'),
    simplify: t('exercise.simplify.name'),
    'action-plan': t('exercise.action-plan.name'),
    own: t('exercise.own.name'),
  })[type];

/** One line on what the type does, for the "Add exercise" menu. */
export const exerciseSummary = (type: ExerciseType): string =>
  ({
    'centricity-check': t('exercise.centricity-check.summary'),
    definition: t('exercise.definition.summary'),
    'burden-journey': t('exercise.burden-journey.summary'),
    'push-pull': t('exercise.push-pull.summary'),
    simplify: t('exercise.simplify.summary'),
    'action-plan': t('exercise.action-plan.summary'),
    own: t('exercise.own.summary'),
  })[type];

// The projector names kinds too: kindName lives apart, so it does not reach the console's words.
export { kindName } from './kinds';
