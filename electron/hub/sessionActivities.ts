import type { AnyActivityKind } from '../../shared/activities/kind';
import { kindOf } from '../../shared/activities/registry';
import { englishRefusal, type ActivitySpecMessage, type Phase, type Refusal } from '../../shared/protocol';

export interface SessionActivity {
  spec: ActivitySpecMessage;
  kind: AnyActivityKind;
  /** The spec's config as parsed by its kind. */
  config: unknown;
  phase: Phase;
  closedAt: number | null;
  /** Added during the session (a quick question, a second round): its closed result carries the spec. */
  added?: boolean;
  /** After a close: phones that were offline then, and until when their answers still count. */
  late: { until: number; participants: ReadonlySet<string> } | null;
}

/** How long after a close an answer from a phone that was offline at the close still counts. */
export const LATE_ANSWER_GRACE_MS = 60_000;

/** Items whose answer schemas one activity keeps (open text makes an item per statement). */
const SCHEMA_CACHE_ITEMS = 2000;

/**
 * The kind with its answer schemas built once per item: building a zod schema costs more than
 * checking an answer with it, and the hub checks every answer. A config update makes a new cache.
 */
export function withSchemaCache(kind: AnyActivityKind): AnyActivityKind {
  const schemas = new Map<string, ReturnType<AnyActivityKind['valueSchema']>>();
  return {
    ...kind,
    valueSchema(config, itemId) {
      let schema = schemas.get(itemId);
      if (!schema) {
        schema = kind.valueSchema(config, itemId);
        if (schemas.size < SCHEMA_CACHE_ITEMS) schemas.set(itemId, schema);
      }
      return schema;
    },
  };
}

/** Activities one session may hold, added ones included (the start control allows 200). */
export const MAX_ACTIVITIES = 200;

/** Parses each spec with its kind; `taken`: ids already in the session. */
export function prepareActivities(
  specs: readonly ActivitySpecMessage[],
  taken: ReadonlySet<string>,
): { ok: true; activities: SessionActivity[] } | { ok: false; reason: string; refusal: Refusal } {
  const refused = (refusal: Refusal) => ({ ok: false as const, reason: englishRefusal(refusal), refusal });
  const ids = new Set(taken);
  const activities: SessionActivity[] = [];
  for (const spec of specs) {
    const name = spec.title || spec.id;
    if (ids.has(spec.id)) return refused({ code: 'duplicate-activity', args: { id: spec.id } });
    ids.add(spec.id);
    const kind = kindOf(spec.kind);
    if (!kind) return refused({ code: 'unknown-kind', args: { name, kind: spec.kind } });
    const config = kind.configSchema.safeParse(spec.config);
    if (!config.success) {
      return refused({ code: 'activity-invalid', args: { name, detail: describeConfigIssue(config.error) } });
    }
    activities.push({
      spec,
      kind: withSchemaCache(kind),
      config: config.data,
      phase: 'waiting',
      closedAt: null,
      late: null,
    });
  }
  return { ok: true, activities };
}

/** The first problem zod found in a config, in words, with where it is. */
export function describeConfigIssue(error: {
  issues: ReadonlyArray<{ message: string; path: PropertyKey[] }>;
}) {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return `${issue?.message ?? 'its settings are not valid'}${where}`;
}
