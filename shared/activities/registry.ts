import type { z } from 'zod';
import { cardClassification } from './cardClassification';
import { continuumPlacement } from './continuumPlacement';
import { dotVoting } from './dotVoting';
import { journeyHeatmap } from './journeyHeatmap';
import type { AnyActivityKind } from './kind';
import { multipleChoice } from './multipleChoice';
import { openText } from './openText';
import { scalePoll } from './scalePoll';
import { twoAxisRating } from './twoAxisRating';

/** Every activity kind by its id. Ids are stored in workshop results: add, never rename. */
export const ACTIVITY_KINDS = {
  'scale-poll': scalePoll,
  'multiple-choice': multipleChoice,
  'open-text': openText,
  'dot-voting': dotVoting,
  'card-classification': cardClassification,
  'two-axis-rating': twoAxisRating,
  'journey-heatmap': journeyHeatmap,
  'continuum-placement': continuumPlacement,
} as const satisfies Record<string, AnyActivityKind>;

export type ActivityKindId = keyof typeof ACTIVITY_KINDS;
export const ACTIVITY_KIND_IDS = Object.keys(ACTIVITY_KINDS) as ActivityKindId[];
export type ActivityKindOf<K extends ActivityKindId> = (typeof ACTIVITY_KINDS)[K];
export type ActivityConfigOf<K extends ActivityKindId> = z.output<ActivityKindOf<K>['configSchema']>;
export type ActivityResultOf<K extends ActivityKindId> = ReturnType<ActivityKindOf<K>['tally']>;

export function isActivityKindId(id: string): id is ActivityKindId {
  return Object.hasOwn(ACTIVITY_KINDS, id);
}

/** The kind with this id; undefined for an unknown id (e.g. a file from a newer Outside-In). */
export function kindOf<K extends ActivityKindId>(id: K): ActivityKindOf<K>;
export function kindOf(id: string): AnyActivityKind | undefined;
export function kindOf(id: string): AnyActivityKind | undefined {
  return isActivityKindId(id) ? ACTIVITY_KINDS[id] : undefined;
}

/** Reads a stored result (workshop.results[id].tally) back with its kind's schema; null if it does not parse. */
export function parseResult<K extends ActivityKindId>(id: K, tally: unknown): ActivityResultOf<K> | null;
export function parseResult(id: string, tally: unknown): unknown;
export function parseResult(id: string, tally: unknown): unknown {
  const kind = kindOf(id);
  if (!kind) return null;
  const parsed = kind.resultSchema.safeParse(tally);
  return parsed.success ? parsed.data : null;
}
