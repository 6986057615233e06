import type { z } from 'zod';
import type { Workshop } from '../workshop/schema';
import type { ActivitySpec } from './common';

/** What every exercise schema parses to at least: the discriminating type and the common fields. */
export type ExerciseSchema = z.ZodType<{ type: string; id: string; title: string; minutes: number }>;

/**
 * Everything the shared code knows about one exercise type, kept in the type's own folder
 * (`shared/exercises/<type>/index.ts`) and listed once in `shared/exercises/registry.ts`.
 * Node and web alike: no React, no DOM.
 */
export interface ExerciseDefinition<S extends ExerciseSchema> {
  /** The type literal stored in workshop files: never rename it. */
  type: z.output<S>['type'];
  /** The stored shape, checked on import and in the database. */
  schema: S;
  /** Its name and one line on what it does, in the agenda's "Add exercise" menu. */
  name: string;
  summary: string;
  /** A new exercise of this type with its defaults. */
  create: () => z.output<S>;
  /**
   * The live activities it runs, with ids stable across sessions (`${exercise.id}:<suffix>`, see
   * `activitySpec`) so results can be matched back. A part with nothing to vote on is left out.
   */
  activities: (exercise: z.output<S>, workshop: Workshop) => ActivitySpec[];
}
