import { kindOf, type ActivityKindId } from '../activities/registry';
import { newId } from '../ids';
import type { ActivitySpec } from './common';

/**
 * Quick questions typed on the spot during a session belong to no exercise of the agenda: their
 * activity ids start `quick:`, and their results are stored in the workshop under those ids.
 */
export const QUICK_EXERCISE_ID = 'quick';
/** How results and the plan name the questions asked on the spot. */
export const QUICK_QUESTIONS_TITLE = 'Questions asked during the session';

export const QUICK_KINDS = ['scale', 'single', 'multiple', 'open', 'dots'] as const;
export type QuickKind = (typeof QUICK_KINDS)[number];

export const QUICK_KIND_LABELS: Record<QuickKind, string> = {
  scale: 'Scale from 1 to 5',
  single: 'Pick one',
  multiple: 'Pick any',
  open: 'Open answers (write and upvote)',
  dots: 'Dot vote (3 dots each)',
};

/** Kinds that need a list of options. */
export const QUICK_NEEDS_OPTIONS: ReadonlySet<QuickKind> = new Set(['single', 'multiple', 'dots']);

const options = (lines: readonly string[]) =>
  lines
    .map((line) => line.trim().slice(0, 300))
    .filter(Boolean)
    .map((label, i) => ({ id: `o${i + 1}`, label }));

/**
 * A quick question as a live activity, or why it cannot be asked (in words, for the facilitator).
 * Its config is checked by its kind, as the hub will check it.
 */
export function quickQuestion(
  kind: QuickKind,
  question: string,
  optionLines: readonly string[],
  id = `${QUICK_EXERCISE_ID}:${newId(10)}`,
): { ok: true; spec: ActivitySpec } | { ok: false; reason: string } {
  const text = question.trim().slice(0, 200);
  if (!text) return { ok: false, reason: 'Type the question first.' };
  const choices = options(optionLines);
  if (QUICK_NEEDS_OPTIONS.has(kind) && choices.length < 2) {
    return { ok: false, reason: 'Give at least two options, one per line.' };
  }
  const [activityKind, config]: [ActivityKindId, unknown] =
    kind === 'scale'
      ? [
          'scale-poll',
          {
            items: [{ id: 'q', label: text }],
            min: 1,
            max: 5,
            minLabel: 'Not at all',
            maxLabel: 'Completely',
          },
        ]
      : kind === 'single' || kind === 'multiple'
        ? ['multiple-choice', { options: choices, multi: kind === 'multiple' }]
        : kind === 'open'
          ? ['open-text', { lists: [{ id: 'answers', label: text }], maxLength: 140, maxPerParticipant: 3 }]
          : ['dot-voting', { options: choices, dots: 3 }];
  const parsed = kindOf(activityKind)!.configSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `That question cannot be asked: ${issue?.message ?? 'it is not valid'}.` };
  }
  return {
    ok: true,
    spec: { id, exerciseId: QUICK_EXERCISE_ID, kind: activityKind, title: text, prompt: '', config },
  };
}
