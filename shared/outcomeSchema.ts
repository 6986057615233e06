import { z } from 'zod';
import type { ExerciseType } from './exercises';
import { continuumOutcomeSchema } from './exercises/action-plan/outcome';
import { journeyOutcomeSchema } from './exercises/burden-journey/outcome';
import { centricityOutcomeSchema } from './exercises/centricity-check/outcome';
import { definitionOutcomeSchema } from './exercises/definition/outcome';
import { outcomeId, outcomeText } from './exercises/outcomeFields';
import { ownOutcomeSchema } from './exercises/own/outcome';
import { pushPullOutcomeSchema } from './exercises/push-pull/outcome';
import type { EXERCISES } from './exercises/registry';
import { simplificationOutcomeSchema } from './exercises/simplify/outcome';

/**
 * The outcome schemas by exercise type, read from the outcome files alone: the projector checks
 * what it shows with them without loading the exercise registry (every language's wording, the
 * plan's readings). Typed against each definition's `outcome.schema`, so they cannot drift apart.
 */
const OUTCOME_SCHEMAS: { [T in ExerciseType]: (typeof EXERCISES)[T]['outcome']['schema'] } = {
  'centricity-check': centricityOutcomeSchema,
  definition: definitionOutcomeSchema,
  'burden-journey': journeyOutcomeSchema,
  'push-pull': pushPullOutcomeSchema,
  simplify: simplificationOutcomeSchema,
  'action-plan': continuumOutcomeSchema,
  own: ownOutcomeSchema,
};

type OutcomeData<T extends ExerciseType> = z.output<(typeof EXERCISES)[T]['outcome']['schema']>;
export type OutcomeOf<T extends ExerciseType> = {
  type: T;
  exerciseId: string;
  title: string;
  data: OutcomeData<T>;
};
export type Outcome = { [T in ExerciseType]: OutcomeOf<T> }[ExerciseType];

const outcomeOptions = (Object.keys(OUTCOME_SCHEMAS) as ExerciseType[]).map((type) =>
  z.object({
    type: z.literal(type),
    exerciseId: outcomeId,
    title: outcomeText(200),
    data: OUTCOME_SCHEMAS[type] as z.ZodType,
  }),
);
type OutcomeOption = (typeof outcomeOptions)[number];
export const outcomeSchema = z.discriminatedUnion(
  'type',
  outcomeOptions as unknown as [OutcomeOption, ...OutcomeOption[]],
) as unknown as z.ZodType<Outcome>;

/** What is wrong with an outcome (zod's first issue and where), or null when it can go on the projector. */
export function outcomeIssue(value: unknown): string | null {
  const parsed = outcomeSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return `${issue?.message ?? 'it is not valid'}${where}`;
}

/** Why a shown outcome was refused, in words, or null when it can go on the projector. */
export function outcomeProblem(value: unknown): string | null {
  const issue = outcomeIssue(value);
  return issue === null ? null : `That outcome cannot be shown: ${issue}.`;
}
