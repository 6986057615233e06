import type { TwoAxisRatingConfig } from '../../activities/twoAxisRating';
import { activitySpec } from '../common';
import type { ExerciseDefinition } from '../exerciseDefinition';
import type { PlanSimplification } from '../../plan/types';
import { newSimplify, simplifySchema } from './schema';
import { simplifyOutcome, type simplificationOutcomeSchema } from './outcome';
import { simplifyPlan, simplifyCandidates } from './plan';
import { contentIn } from '../content';
import { clearSimplify } from './practice';
import { simplifySource } from './source';

export const simplify: ExerciseDefinition<
  typeof simplifySchema,
  typeof simplificationOutcomeSchema,
  PlanSimplification
> = {
  type: 'simplify',
  schema: simplifySchema,
  name: 'Offering simplification',
  summary: 'Rate offerings on value and burden: keep, simplify, retire or question.',
  create: newSimplify,
  // The board's decisions were made on the day.
  asTemplate: (exercise) => ({ ...exercise, decisions: {} }),
  activities(exercise, workshop) {
    if (exercise.offerings.length === 0) return [];
    const content = contentIn(workshop.language).simplify;
    return [
      activitySpec<TwoAxisRatingConfig>(
        exercise,
        'rating',
        'two-axis-rating',
        exercise.title,
        exercise.prompt,
        {
          items: exercise.offerings.map((o) => ({ id: o.id, label: o.name })),
          axes: {
            x: { label: content.valueAxis, min: 1, max: 5 },
            y: { label: content.burdenAxis, min: 1, max: 5 },
          },
          basicsQuestion: true,
        },
      ),
    ];
  },
  plan: simplifyPlan,
  outcome: simplifyOutcome,
  candidates: { heading: 'Offerings to simplify or retire', of: simplifyCandidates, source: simplifySource },
  clearPractice: clearSimplify,
};
