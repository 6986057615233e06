import type { Refusal } from '../protocol/refusals';
import type { AnyActivityKind } from './kind';
import { kindOf } from './registry';

/**
 * Why answers cannot open on an activity yet: a sort still without cards, or any other activity
 * with nothing to answer. The hub refuses with it; the console words it (`englishRefusal` in English).
 */
export type OpenProblem = Extract<Refusal, { code: 'no-cards' | 'nothing-to-answer' }>;
export type OpenProblemCode = OpenProblem['code'];

/**
 * Why answers cannot open on this activity yet, or null when they can: a phone would have nothing
 * to answer (a sort still without cards). The hub refuses to open it; the console says why first.
 */
export function openProblem(kind: AnyActivityKind, config: unknown): OpenProblem | null {
  if (kind.nothingToAnswer?.(config)) {
    return { code: kind.kind === 'card-classification' ? 'no-cards' : 'nothing-to-answer' };
  }
  if (!kind.acceptsItem && kind.items(config).length === 0) return { code: 'nothing-to-answer' };
  return null;
}

/** The same for an activity as the hub sends it (kind id and raw config); null if unknown or invalid. */
export function openProblemOf(kindId: string, config: unknown): OpenProblem | null {
  const kind = kindOf(kindId);
  const parsed = kind?.configSchema.safeParse(config);
  return kind && parsed?.success ? openProblem(kind, parsed.data) : null;
}

/** Which problem `openProblemOf` found, for the console to say in its own language. */
export function openProblemCodeOf(kindId: string, config: unknown): OpenProblemCode | null {
  return openProblemOf(kindId, config)?.code ?? null;
}
