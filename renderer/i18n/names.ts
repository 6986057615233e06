import type { ActivityKindId } from '../../shared/activities/registry';
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

/** An activity kind, lower case as a running label ("card sort"). */
export const kindName = (kind: ActivityKindId): string =>
  ({
    'scale-poll': t('kind.scale-poll'),
    'multiple-choice': t('kind.multiple-choice'),
    'open-text': t('kind.open-text'),
    'dot-voting': t('kind.dot-voting'),
    'card-classification': t('kind.card-classification'),
    'two-axis-rating': t('kind.two-axis-rating'),
    'journey-heatmap': t('kind.journey-heatmap'),
    'continuum-placement': t('kind.continuum-placement'),
  })[kind];
