import { kindOf, type ActivityKindId } from '../../activities/registry';
import { activitySpec, type ActivitySpec } from '../common';
import type { Own, OwnActivity, OwnActivityKind, OwnLabel } from './schema';

interface OwnKind {
  /** The generic activity kind it runs. */
  kind: ActivityKindId;
  /** Its name in the editor's "Add a question" menu. */
  name: string;
  /** What it lacks while it cannot run, in words the facilitator can act on. */
  needs: string;
}

/** How each of the facilitator's questions is asked, in the editor's order. */
export const OWN_KINDS: Record<OwnActivityKind, OwnKind> = {
  scale: { kind: 'scale-poll', name: 'Scale statements', needs: 'Write at least one statement.' },
  choice: { kind: 'multiple-choice', name: 'Single or multiple choice', needs: 'Give two options or more.' },
  open: { kind: 'open-text', name: 'Open text', needs: 'Give it a title or a prompt.' },
  dots: { kind: 'dot-voting', name: 'Dot vote', needs: 'Give two options or more.' },
  rating: {
    kind: 'two-axis-rating',
    name: 'Two-axis rating',
    needs: 'Name one thing to rate or more, and both axes.',
  },
  sort: {
    kind: 'card-classification',
    name: 'Card sort',
    needs: 'Give one card or more and two categories or more.',
  },
};

/** Labels as a kind takes them: blank ones (still being written) left out. */
function filled(list: readonly OwnLabel[]) {
  return list.flatMap((l) => (l.label.trim() ? [{ id: l.id, label: l.label.trim() }] : []));
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** A choice of one is no choice: the kinds accept it, the facilitator's questions do not. */
const choiceOf = (list: readonly OwnLabel[]) => {
  const options = filled(list);
  return options.length >= 2 ? options : [];
};

/** The config of its generic kind, before that kind has checked it. */
function configOf(activity: OwnActivity, title: string): unknown {
  switch (activity.kind) {
    case 'scale':
      return {
        items: filled(activity.statements),
        min: 1,
        max: activity.max,
        minLabel: optional(activity.minLabel),
        maxLabel: optional(activity.maxLabel),
      };
    case 'choice':
      return { options: choiceOf(activity.options), multi: activity.multi };
    case 'open':
      return {
        lists: [{ id: 'answers', label: title }],
        maxLength: 140,
        maxPerParticipant: activity.perParticipant,
      };
    case 'dots':
      return { options: choiceOf(activity.options), dots: activity.dots };
    case 'rating': {
      const axis = (label: string) => ({ label: label.trim(), min: 1, max: 5 });
      return {
        items: filled(activity.items),
        axes: { x: axis(activity.xLabel), y: axis(activity.yLabel) },
        basicsQuestion: false,
      };
    }
    case 'sort': {
      const categories = filled(activity.categories);
      return {
        cards: filled(activity.cards).map((c) => ({ id: c.id, title: c.label })),
        categories,
        decisive: [categories[0]?.id ?? '', categories[1]?.id ?? ''],
        contestedThreshold: 65,
      };
    }
  }
}

/** One question as a live activity, or what it lacks to run. */
export function ownActivitySpec(
  exercise: Own,
  activity: OwnActivity,
): { ok: true; spec: ActivitySpec } | { ok: false; needs: string } {
  const { kind, needs } = OWN_KINDS[activity.kind];
  const title = (activity.title.trim() || exercise.title).slice(0, 200);
  const config = configOf(activity, title);
  const generic = kindOf(kind as string)!;
  const parsed = generic.configSchema.safeParse(config);
  if (!parsed.success || generic.nothingToAnswer?.(parsed.data)) return { ok: false, needs };
  const prompt = activity.prompt.trim() || exercise.prompt.trim();
  return { ok: true, spec: activitySpec(exercise, activity.id, kind, title, prompt, parsed.data) };
}

/** The questions ready to run, in the exercise's order; a question still being written waits. */
export function ownActivities(exercise: Own): ActivitySpec[] {
  return exercise.activities.flatMap((a) => {
    const made = ownActivitySpec(exercise, a);
    return made.ok ? [made.spec] : [];
  });
}
