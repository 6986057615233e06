import { z } from 'zod';
import type { Exercise, ExerciseType } from './exercises';
import { outcomeId, outcomeText } from './exercises/outcomeFields';
import { EXERCISES, EXERCISE_DEFINITIONS, definitionOf } from './exercises/registry';
import type { ActionPlan } from './plan/types';
import type { Workshop } from './workshop/schema';

/**
 * What the projector shows as an exercise's outcome: the plan's own section for that exercise
 * (shared/plan builds it once for the console, the PDF and the projector), as it travels through
 * the hub. Each exercise's definition gives the schema of its data; the hub checks it with these
 * schemas before journaling it.
 */

type OutcomeData<T extends ExerciseType> = z.output<(typeof EXERCISES)[T]['outcome']['schema']>;
export type OutcomeOf<T extends ExerciseType> = {
  type: T;
  exerciseId: string;
  title: string;
  data: OutcomeData<T>;
};
export type Outcome = { [T in ExerciseType]: OutcomeOf<T> }[ExerciseType];

const outcomeOptions = EXERCISE_DEFINITIONS.map((definition) =>
  z.object({
    type: z.literal(definition.type),
    exerciseId: outcomeId,
    title: outcomeText(200),
    data: definition.outcome.schema,
  }),
);
type OutcomeOption = (typeof outcomeOptions)[number];
export const outcomeSchema = z.discriminatedUnion(
  'type',
  outcomeOptions as unknown as [OutcomeOption, ...OutcomeOption[]],
) as unknown as z.ZodType<Outcome>;

/** Why a shown outcome was refused, in words, or null when it can go on the projector. */
export function outcomeProblem(value: unknown): string | null {
  const parsed = outcomeSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return `That outcome cannot be shown: ${issue?.message ?? 'it is not valid'}${where}.`;
}

/**
 * The outcome of one exercise of the agenda, taken from the plan the PDF prints by its definition;
 * null when it has produced nothing to show yet (the plan's section is not ready, or there are no
 * initiatives). Each exercise on the agenda has its own section, so two sorts show two boards.
 */
export function outcomeOf(plan: ActionPlan, workshop: Workshop, exercise: Exercise): Outcome | null {
  const data = definitionOf(exercise.type).outcome.of(plan, exercise);
  if (data === null) return null;
  return { type: exercise.type, exerciseId: exercise.id, title: exercise.title, data } as Outcome;
}
