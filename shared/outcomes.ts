import type { Exercise } from './exercises';
import { definitionOf } from './exercises/registry';
import type { Outcome } from './outcomeSchema';
import type { ActionPlan } from './plan/types';
import type { Workshop } from './workshop/schema';

/**
 * What the projector shows as an exercise's outcome: the plan's own section for that exercise
 * (shared/plan builds it once for the console, the PDF and the projector), as it travels through
 * the hub. Each exercise's definition gives the schema of its data; the hub checks it with these
 * schemas before journaling it.
 */

// The schema lives apart, so the projector checks outcomes without loading the exercise registry.
export { outcomeIssue, outcomeProblem, outcomeSchema, type Outcome, type OutcomeOf } from './outcomeSchema';

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
