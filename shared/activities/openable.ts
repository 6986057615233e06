import type { AnyActivityKind } from './kind';
import { kindOf } from './registry';

/**
 * Why answers cannot open on this activity yet, or null when they can: a phone would have nothing
 * to answer (a sort still without cards). The hub refuses to open it; the console says why first.
 */
export function openProblem(kind: AnyActivityKind, config: unknown): string | null {
  const reason = kind.nothingToAnswer?.(config);
  if (reason) return reason;
  if (!kind.acceptsItem && kind.items(config).length === 0) {
    return 'This activity has nothing to answer yet. Add to it under Prepare before opening it.';
  }
  return null;
}

/** The same for an activity as the hub sends it (kind id and raw config); null if unknown or invalid. */
export function openProblemOf(kindId: string, config: unknown): string | null {
  const kind = kindOf(kindId);
  const parsed = kind?.configSchema.safeParse(config);
  return kind && parsed?.success ? openProblem(kind, parsed.data) : null;
}

/**
 * Which problem `openProblemOf` found, for the console to say in its own language: a sort still
 * without cards, or any other activity with nothing to answer.
 */
export type OpenProblemCode = 'no-cards' | 'nothing-to-answer';

export function openProblemCodeOf(kindId: string, config: unknown): OpenProblemCode | null {
  if (openProblemOf(kindId, config) === null) return null;
  return kindId === 'card-classification' ? 'no-cards' : 'nothing-to-answer';
}
