import type { PlanWords } from '../plan/words/en';
import type { Language } from '../languages';
import type { z } from 'zod';
import type { ActivityKindId } from '../activities/registry';
import type { InitiativeCandidate } from '../plan/candidates';
import type { ActionPlan, CentricityHistoryEntry, PlanSection } from '../plan/types';
import type { ActivityResult } from '../workshop/results';
import type { Workshop } from '../workshop/schema';
import type { ActivitySpec } from './common';

/** What every exercise schema parses to at least: the discriminating type and the common fields. */
export type ExerciseSchema = z.ZodType<{ type: string; id: string; title: string; minutes: number }>;

/**
 * Everything the shared code knows about one exercise type, kept in the type's own folder
 * (`shared/exercises/<type>/index.ts`) and listed once in `shared/exercises/registry.ts`.
 * Node and web alike: no React, no DOM.
 */
/** What clearing practice results did to one exercise (see `shared/workshop/practice.ts`). */
export interface PracticeClear<E> {
  exercise: E;
  /** Board placements and decisions that only followed the practice votes: removed. */
  followedVotes: number;
  /** Placements and decisions the facilitator set apart from the votes: kept. */
  keptByHand: number;
  /** Curation made on practice statements: removed. */
  curations: number;
}

/** An initiative candidate before it is keyed to its source. */
export type CandidateOffer = Omit<InitiativeCandidate, 'key' | 'origin'>;

/** What building a plan section may read beyond the workshop. */
export interface PlanContext {
  /** Centricity scores of earlier workshops of the same organisation. */
  history: readonly CentricityHistoryEntry[];
}

/**
 * What the plan knows of one shape of initiative source. Typed per folder on its own source;
 * `never` here, so every folder's part fits the definition.
 */
export interface SourcePart<T extends { type: string }> {
  /** The source's `type` as stored. */
  type: string;
  /** Unique per source within a workshop: one source becomes at most one initiative. */
  key: (source: T) => string;
  /** Where the initiative came from, in words a reader of the plan understands, in `words`' language. */
  describe: (source: T, workshop: Workshop, words: PlanWords) => string;
}

/** One exercise's section of the action plan, built per exercise on the agenda. */
export interface ExercisePlan<E, D> {
  build: (exercise: E, workshop: Workshop, context: PlanContext) => PlanSection<D>;
  /** The ready section prints something made of practice answers. */
  fromPractice: (exercise: E, workshop: Workshop, section: D) => boolean;
  /** What it prints from practice answers, for the notice that lists them: "the push/pull votes". */
  practiceLabel: string;
  /** Printed with where the room stands (before the initiatives) or with the decisions (after). */
  place: 'before-initiatives' | 'after-initiatives';
}

export interface ExerciseDefinition<
  S extends ExerciseSchema,
  O extends z.ZodType = z.ZodType,
  D extends object = never,
> {
  /** The type literal stored in workshop files: never rename it. */
  type: z.output<S>['type'];
  /** The stored shape, checked on import and in the database. */
  schema: S;
  /** Its name and one line on what it does, in the agenda's "Add exercise" menu. */
  name: string;
  summary: string;
  /** A new one with its defaults, its wording in the workshop's language (English when none is given). */
  create: (language?: Language) => z.output<S>;
  /** False when a new workshop's agenda leaves it out (it is added from the menu). */
  onNewAgenda?: false;
  /**
   * Its content without what the room made of it (board placements, decisions, curation): what a
   * template, the personal exercise library and a duplicate keep. Results live in the workshop.
   */
  asTemplate: (exercise: z.output<S>) => z.output<S>;
  /**
   * The live activities it runs, with ids stable across sessions (`${exercise.id}:<suffix>`, see
   * `activitySpec`) so results can be matched back. A part with nothing to vote on is left out.
   */
  activities: (exercise: z.output<S>, workshop: Workshop) => ActivitySpec[];
  /**
   * Initiatives it offers the action plan (cards placed in Pull…), under a heading on the plan
   * page; sources already made initiatives are left out by the caller.
   */
  candidates?: {
    heading: string;
    of: (exercise: z.output<S>, workshop: Workshop) => CandidateOffer[];
    /** The source its initiatives keep (its shape in the folder's `source.ts`). */
    source: SourcePart<never>;
  };
  /**
   * Clearing practice results: what becomes of what the facilitator made from them. `practiceResult`
   * is the cleared result of one kind of this exercise (the latest), null when none was cleared.
   * Without it, only the results go.
   */
  clearPractice?: (
    exercise: z.output<S>,
    practiceResult: (kind: ActivityKindId) => ActivityResult | null,
  ) => PracticeClear<z.output<S>>;
  /** The facilitator's notes on one of its activities, when it keeps notes per activity (console only). */
  activityNotes?: (exercise: z.output<S>, activityId: string) => string | undefined;
  /** Its section of the action plan, when it has one (the action plan exercise is the plan itself). */
  plan?: ExercisePlan<z.output<S>, D>;
  /**
   * Its outcome on the projector: the data the hub checks with `schema`, taken from the plan (so
   * projector, console and PDF say the same); null when it has produced nothing to show yet.
   */
  outcome: {
    schema: O;
    of: (plan: ActionPlan, exercise: z.output<S>) => z.output<O> | null;
  };
}
