import type { ExerciseDefinition } from '../exerciseDefinition';
import { ownActivities } from './activities';
import { ownOutcome, type ownOutcomeSchema } from './outcome';
import { ownPlan, type PlanOwnExercise } from './plan';
import { newOwn, ownSchema } from './schema';

export const own: ExerciseDefinition<typeof ownSchema, typeof ownOutcomeSchema, PlanOwnExercise> = {
  type: 'own',
  schema: ownSchema,
  name: 'Own exercise',
  summary: 'Your own questions: scales, choices, open text, dot votes, two-axis ratings, card sorts.',
  create: newOwn,
  // Built from nothing: a new workshop does not start with an empty one.
  onNewAgenda: false,
  activities: (exercise) => ownActivities(exercise),
  // Its content is all the facilitator's: nothing in it comes from the room.
  asTemplate: (exercise) => exercise,
  activityNotes: (exercise, activityId) =>
    exercise.activities.find((a) => `${exercise.id}:${a.id}` === activityId)?.notes,
  plan: ownPlan,
  outcome: ownOutcome,
};
