import { z } from 'zod';
import type { ActivityKindId } from '../activities/registry';

export const idSchema = z.string().min(1).max(64);
export const shortText = (max = 200) => z.string().max(max);
export const longText = (max = 2000) => z.string().max(max);

/** Fields every exercise on the agenda has. */
export const exerciseBase = {
  id: idSchema,
  title: shortText(120).min(1),
  minutes: z.number().int().min(1).max(240),
  /**
   * The facilitator's own notes (what to say, materials, timing): shown on the console and the run
   * sheet, never sent to the hub. Optional so files from before notes existed read unchanged.
   */
  notes: longText(4000).optional(),
};

/** A live activity derived from an exercise: what the hub runs and phones answer. */
export interface ActivitySpec {
  /** Stable across sessions: `${exerciseId}:${suffix}`, so results can be matched back. */
  id: string;
  exerciseId: string;
  kind: string;
  title: string;
  prompt: string;
  config: unknown;
}

/** One activity of an exercise, its id `${exerciseId}:${suffix}`. */
export function activitySpec<Config>(
  exercise: { id: string },
  suffix: string,
  kind: ActivityKindId,
  title: string,
  prompt: string,
  config: Config,
): ActivitySpec {
  return { id: `${exercise.id}:${suffix}`, exerciseId: exercise.id, kind, title, prompt, config };
}
