import type { JourneyHeatmapConfig } from '../../activities/journeyHeatmap';
import { BURDENS } from '../../burdens';
import { activitySpec } from '../common';
import type { ExerciseDefinition } from '../exerciseDefinition';
import type { PlanJourney } from '../../plan/types';
import { burdenJourneySchema, newBurdenJourney } from './schema';
import { journeyOutcome, type journeyOutcomeSchema } from './outcome';
import { journeyPlan, journeyCandidates } from './plan';
import { journeySource } from './source';

export const burdenJourney: ExerciseDefinition<
  typeof burdenJourneySchema,
  typeof journeyOutcomeSchema,
  PlanJourney
> = {
  type: 'burden-journey',
  schema: burdenJourneySchema,
  name: 'Burden journey',
  summary: 'Rate the time, worry, effort and money each step costs the customer.',
  create: newBurdenJourney,
  // Stages and prompt are the facilitator's; the heatmap is a result.
  asTemplate: (exercise) => exercise,
  activities: (exercise) => [
    activitySpec<JourneyHeatmapConfig>(
      exercise,
      'heatmap',
      'journey-heatmap',
      exercise.title,
      exercise.prompt,
      {
        stages: exercise.stages.map((s) => ({ id: s.id, label: s.name })),
        burdens: [...BURDENS],
        max: 3,
      },
    ),
  ],
  plan: journeyPlan,
  outcome: journeyOutcome,
  candidates: { heading: 'Journey hot spots', of: journeyCandidates, source: journeySource },
};
