import type { Rejection } from '../protocol/messages';
import type { ActivityKind, StoredAnswer } from './kind';

export type CheckedAnswer<Value> =
  { ok: true; value: Value } | { ok: false; reason: string; rejection: Rejection; limit?: number };

/** Whether the kind takes answers for this item id (kinds with open-ended items define acceptsItem). */
export function acceptsItem<Config>(
  kind: ActivityKind<Config, unknown, unknown>,
  config: Config,
  itemId: string,
) {
  return kind.acceptsItem ? kind.acceptsItem(config, itemId) : kind.items(config).includes(itemId);
}

/**
 * Validates one incoming answer on the hub: the item exists, the value fits the item, and the
 * participant's answers together stay within the kind's limits. `others` are the participant's
 * stored answers in this activity (the one for the same item is ignored: the new answer replaces it).
 * The phone words the refusal by its `rejection` code; `reason` is the English for logs.
 */
export function checkAnswer<Config, Value, Result>(
  kind: ActivityKind<Config, Value, Result>,
  config: Config,
  others: ReadonlyArray<StoredAnswer<Value>>,
  itemId: string,
  value: unknown,
): CheckedAnswer<Value> {
  if (!acceptsItem(kind, config, itemId)) {
    return {
      ok: false,
      reason: 'This question is no longer part of the activity. Reload to see the current one.',
      rejection: 'unknown-item',
    };
  }
  const parsed = kind.valueSchema(config, itemId).safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues[0]?.message ?? 'That answer does not fit this question.',
      rejection: 'invalid',
    };
  }
  if (kind.checkLimits) {
    const rest = others.filter((answer) => answer.itemId !== itemId);
    const refusal = kind.checkLimits(config, rest, itemId, parsed.data);
    if (refusal) return { ok: false, ...refusal };
  }
  return { ok: true, value: parsed.data };
}
