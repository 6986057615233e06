import type { MultipleChoiceConfig } from '../../activities/multipleChoice';
import type { ScalePollConfig } from '../../activities/scalePoll';
import { activitySpec } from '../common';
import { contentIn } from '../content';
import type { ExerciseDefinition } from '../exerciseDefinition';
import type { PlanCentricity } from '../../plan/types';
import { centricityPlan } from './plan';
import { departmentOptionIds } from './options';
import { centricityCheckSchema, newCentricityCheck } from './schema';
import { centricityOutcome, type centricityOutcomeSchema } from './outcome';

export const centricityCheck: ExerciseDefinition<
  typeof centricityCheckSchema,
  typeof centricityOutcomeSchema,
  PlanCentricity
> = {
  type: 'centricity-check',
  schema: centricityCheckSchema,
  name: 'Centricity check',
  summary: 'Rate the four tough questions and map which departments meet customers.',
  create: newCentricityCheck,
  // Questions and departments are the facilitator's; the scores are results.
  asTemplate: (exercise) => exercise,
  activities(exercise, workshop) {
    const content = contentIn(workshop.language).centricity;
    const specs = [
      activitySpec<ScalePollConfig>(exercise, 'questions', 'scale-poll', exercise.title, content.pollPrompt, {
        items: exercise.questions.map((q) => ({ id: q.id, label: q.text })),
        min: 1,
        max: 5,
        minLabel: content.notAtAll,
        maxLabel: content.completely,
      }),
    ];
    if (exercise.departments.length > 0) {
      const ids = departmentOptionIds(exercise.departments);
      specs.push(
        activitySpec<MultipleChoiceConfig>(
          exercise,
          'departments',
          'multiple-choice',
          content.departmentsTitle,
          content.departmentsPrompt,
          { options: exercise.departments.map((label, i) => ({ id: ids[i]!, label })), multi: true },
        ),
      );
    }
    return specs;
  },
  plan: centricityPlan,
  outcome: centricityOutcome,
};
