import { z } from 'zod';
import { BANDS } from './continuum';
import type { Exercise, ExerciseType } from './exercises';
import { boardColumnSchema } from './exercises/push-pull/schema';
import { decisionSchema } from './exercises/simplify/schema';
import type { ActionPlan, PlanSection } from './plan/types';
import { findExercise, type Workshop } from './workshop/schema';

/**
 * What the projector shows as an exercise's outcome: the plan's own section for that exercise
 * (shared/plan builds it once for the console, the PDF and the projector), as it travels through
 * the hub. The hub checks it with these schemas before journaling it.
 */

const text = (max: number) => z.string().max(max);
const stat = z.number().finite().nullable();
const count = z.number().int().nonnegative();
const id = z.string().min(1).max(200);

const definitionSchema = z.object({ means: text(4000), notMeans: text(4000), draft: z.boolean() });

const centricitySchema = z.object({
  questions: z
    .array(
      z.object({
        id,
        text: text(400),
        mean: stat,
        spread: stat,
        count,
        distribution: z.array(count).max(20),
        scaleMin: z.number().int(),
        scaleMax: z.number().int(),
        trend: z.array(z.object({ label: text(120), date: text(20), mean: z.number().finite() })).max(30),
        change: stat,
      }),
    )
    .max(20),
  respondents: count,
  departments: z
    .array(z.object({ name: text(200), count, share: z.number().min(0).max(1) }))
    .max(50)
    .nullable(),
  departmentRespondents: count,
  comparedWith: z.array(text(120)).max(30),
});

const pushPullSchema = z.object({
  cards: z
    .array(
      z.object({
        id,
        title: text(200),
        decision: boardColumnSchema.nullable(),
        /** Placed by the facilitator (else the decision is the votes'). */
        final: z.boolean(),
        votes: z.object({ push: count, pull: count, unsure: count, total: count }).nullable(),
        contested: z.boolean(),
      }),
    )
    .max(500),
});

const simplificationSchema = z.object({
  offerings: z
    .array(
      z.object({
        id,
        name: text(200),
        decision: decisionSchema.nullable(),
        final: z.boolean(),
        note: text(400),
        value: stat,
        burden: stat,
        suggested: decisionSchema.nullable(),
        failsBasics: z.boolean(),
      }),
    )
    .max(200),
});

const journeySchema = z.object({
  max: z.number().int().positive(),
  burdens: z.array(text(60)).min(1).max(10),
  stages: z
    .array(
      z.object({
        name: text(200),
        phase: z.enum(['before', 'after']),
        count,
        cells: z.array(z.object({ mean: stat, count, level: z.number().int().nullable() })).max(10),
      }),
    )
    .max(30),
  hotSpots: z
    .array(z.object({ stage: text(200), burden: text(60), mean: z.number().finite(), count }))
    .max(20),
});

const initiativeRef = { id, number: z.number().int().positive(), title: text(200) };
const continuumSchema = z.object({
  markers: z
    .array(
      z.object({
        ...initiativeRef,
        position: z.number().min(0).max(100),
        positionSource: z.enum(['agreed', 'votes']),
        spread: z.object({ p25: z.number(), p75: z.number() }).nullable(),
        band: z.enum(BANDS),
        priority: z.number().nonnegative(),
      }),
    )
    .max(300),
  unplaced: z.array(z.object({ ...initiativeRef, priority: z.number().nonnegative() })).max(300),
});

function outcome<T extends ExerciseType, S extends z.ZodType>(type: T, data: S) {
  return z.object({ type: z.literal(type), exerciseId: id, title: text(200), data });
}

export const outcomeSchema = z.discriminatedUnion('type', [
  outcome('centricity-check', centricitySchema),
  outcome('definition', definitionSchema),
  outcome('burden-journey', journeySchema),
  outcome('push-pull', pushPullSchema),
  outcome('simplify', simplificationSchema),
  outcome('action-plan', continuumSchema),
]);
export type Outcome = z.infer<typeof outcomeSchema>;
export type OutcomeOf<T extends ExerciseType> = Extract<Outcome, { type: T }>;

/** Why a shown outcome was refused, in words, or null when it can go on the projector. */
export function outcomeProblem(value: unknown): string | null {
  const parsed = outcomeSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return `That outcome cannot be shown: ${issue?.message ?? 'it is not valid'}${where}.`;
}

/** A plan section's own data, without its status and title; null when not ready. */
function dataOf<T extends object>(section: PlanSection<T>): T | null {
  if (section.status !== 'ready') return null;
  const { status: _status, title: _title, ...data } = section;
  return data as unknown as T;
}

/**
 * The outcome of one exercise of the agenda, taken from the plan the PDF prints; null when it has
 * produced nothing to show yet (the plan's section is not ready, or there are no initiatives).
 * The plan holds the first exercise of each type, so a later one of the same type shows nothing.
 */
export function outcomeOf(plan: ActionPlan, workshop: Workshop, exercise: Exercise): Outcome | null {
  if (findExercise(workshop, exercise.type)?.id !== exercise.id) return null;
  const base = { exerciseId: exercise.id, title: exercise.title };
  const with_ = <T extends Outcome['type'], D>(type: T, data: D | null) =>
    data === null ? null : { ...base, type, data };
  switch (exercise.type) {
    case 'centricity-check': {
      // Live tallies make the section before anyone answers: there is nothing to show yet.
      const data = dataOf(plan.centricity);
      return with_(exercise.type, data && data.respondents > 0 ? data : null);
    }
    case 'definition':
      return with_(exercise.type, dataOf(plan.definition));
    case 'burden-journey':
      return with_(exercise.type, dataOf(plan.journey));
    case 'push-pull':
      return with_(exercise.type, dataOf(plan.pushPull));
    case 'simplify':
      return with_(exercise.type, dataOf(plan.simplification));
    case 'action-plan': {
      const unplaced = plan.unplaced.map(({ id, number, title, priority }) => ({
        id,
        number,
        title,
        priority,
      }));
      if (plan.continuum.markers.length === 0 && unplaced.length === 0) return null;
      return with_(exercise.type, { markers: plan.continuum.markers, unplaced });
    }
  }
}
