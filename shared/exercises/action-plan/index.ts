import type { ContinuumPlacementConfig } from '../../activities/continuumPlacement';
import type { DotVotingConfig } from '../../activities/dotVoting';
import { activitySpec } from '../common';
import type { ExerciseDefinition } from '../exerciseDefinition';
import { actionPlanSchema, newActionPlan } from './schema';
import { contentIn } from '../content';
import { continuumOutcome, type continuumOutcomeSchema } from './outcome';

export const actionPlan: ExerciseDefinition<typeof actionPlanSchema, typeof continuumOutcomeSchema> = {
  type: 'action-plan',
  schema: actionPlanSchema,
  name: 'Continuum action plan',
  summary: 'Place every initiative on the line from symbolic to substantive; vote priorities.',
  create: newActionPlan,
  // Its prompt and dots are the facilitator's; initiatives belong to the workshop.
  asTemplate: (exercise) => exercise,
  activities(exercise, workshop) {
    if (workshop.initiatives.length === 0) return [];
    const items = workshop.initiatives.map((i) => ({ id: i.id, label: i.title }));
    const dots = exercise.dotsPerParticipant;
    return [
      activitySpec<ContinuumPlacementConfig>(
        exercise,
        'placement',
        'continuum-placement',
        exercise.title,
        exercise.prompt,
        {
          items,
        },
      ),
      activitySpec<DotVotingConfig>(
        exercise,
        'priorities',
        'dot-voting',
        contentIn(workshop.language).actionPlan.votesTitle,
        contentIn(workshop.language).actionPlan.votesPrompt(dots),
        { options: items, dots },
      ),
    ];
  },
  outcome: continuumOutcome,
};
