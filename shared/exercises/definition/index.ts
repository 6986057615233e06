import type { OpenTextConfig } from '../../activities/openText';
import { activitySpec } from '../common';
import type { ExerciseDefinition } from '../exerciseDefinition';
import type { PlanDefinition } from '../../plan/types';
import { definitionSchema, newDefinition } from './schema';
import { definitionOutcome, type definitionOutcomeSchema } from './outcome';
import { clearDefinition } from './practice';
import { contentIn } from '../content';
import { definitionPlan } from './plan';

/** Statements one participant may have standing in the definition exercise (both lists together). */
export const DEFINITION_STATEMENTS_PER_PARTICIPANT = 6;
export const STATEMENT_MAX_LENGTH = 140;

export const definition: ExerciseDefinition<
  typeof definitionSchema,
  typeof definitionOutcomeSchema,
  PlanDefinition
> = {
  type: 'definition',
  schema: definitionSchema,
  name: 'Definition',
  summary: 'Write what customer-centric means for us — and what it does not mean.',
  create: newDefinition,
  // The team's definition and the curation of the room's statements were made on the day.
  asTemplate: ({ curation: _curation, ...exercise }) => ({
    ...exercise,
    definition: { means: '', notMeans: '' },
  }),
  activities: (exercise, workshop) => [
    activitySpec<OpenTextConfig>(
      exercise,
      'statements',
      'open-text',
      exercise.title,
      contentIn(workshop.language).definition.activityPrompt,
      {
        lists: [
          { id: 'means', label: exercise.meansPrompt },
          { id: 'not-means', label: exercise.notMeansPrompt },
        ],
        maxLength: STATEMENT_MAX_LENGTH,
        maxPerParticipant: DEFINITION_STATEMENTS_PER_PARTICIPANT,
      },
    ),
  ],
  plan: definitionPlan,
  outcome: definitionOutcome,
  clearPractice: clearDefinition,
};
