import type { Language } from '../languages';
import { z } from 'zod';
import { EXERCISES, EXERCISE_DEFINITIONS, type ExerciseSchemas } from './registry';

/** Every exercise the agenda can hold: one schema per definition in the registry. */
export const exerciseSchema = z.discriminatedUnion(
  'type',
  EXERCISE_DEFINITIONS.map((d) => d.schema) as unknown as [ExerciseSchemas, ...ExerciseSchemas[]],
);
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseType = keyof typeof EXERCISES;
export type ExerciseOf<T extends ExerciseType> = Extract<Exercise, { type: T }>;

export interface ExerciseTemplate {
  type: ExerciseType;
  name: string;
  summary: string;
  create: (language?: Language) => Exercise;
  /** A new workshop's agenda starts with it. */
  onNewAgenda: boolean;
}

/** The exercise templates in their usual order on a workshop day. */
export const EXERCISE_TEMPLATES: readonly ExerciseTemplate[] = EXERCISE_DEFINITIONS.map(
  ({ type, name, summary, create, onNewAgenda }) => ({
    type,
    name,
    summary,
    create,
    onNewAgenda: onNewAgenda !== false,
  }),
);

export function templateOf(type: ExerciseType): ExerciseTemplate {
  return EXERCISE_TEMPLATES.find((t) => t.type === type)!;
}
