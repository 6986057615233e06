import { pushPullBoard, totalOf } from '../exercises/push-pull/board';
import { simplifyBoard } from '../exercises/simplify/board';
import { findExercise, type Workshop } from '../workshop/schema';
import { finiteOrNull } from './format';
import { findResult } from './results';
import type {
  PlanDefinition,
  PlanPushPull,
  PlanSection,
  PlanSimplification,
  PushPullDecision,
  SimplificationDecision,
} from './types';

/** The team's definition; without one, the room's top statements as a draft. */
export function buildDefinition(workshop: Workshop): PlanSection<PlanDefinition> {
  const exercise = findExercise(workshop, 'definition');
  if (!exercise) return { status: 'absent' };
  const { means, notMeans } = exercise.definition;
  if (means.trim() || notMeans.trim()) {
    return {
      status: 'ready',
      title: exercise.title,
      means: means.trim(),
      notMeans: notMeans.trim(),
      draft: false,
    };
  }
  const statements = findResult(workshop, exercise.id, 'open-text');
  const lists = statements?.tally.lists ?? [];
  // List ids as the definition activity names them; by order for older results.
  const top = (id: string, index: number) =>
    ((lists.find((l) => l.id === id) ?? lists[index])?.statements ?? [])
      .slice(0, 3)
      .map((s) => s.text.trim())
      .filter(Boolean)
      .join('\n');
  const draft = { means: top('means', 0), notMeans: top('not-means', 1) };
  if (!draft.means && !draft.notMeans) return { status: 'not-run', title: exercise.title };
  return { status: 'ready', title: exercise.title, ...draft, draft: true };
}

/** The sort as its board shows it (see pushPullBoard): the plan and the board cannot disagree. */
export function buildPushPull(workshop: Workshop): PlanSection<PlanPushPull> {
  const exercise = findExercise(workshop, 'push-pull');
  if (!exercise) return { status: 'absent' };
  const board = pushPullBoard(
    exercise,
    findResult(workshop, exercise.id, 'card-classification')?.tally ?? null,
  );
  if (board.voted === 0 && !board.saved) return { status: 'not-run', title: exercise.title };
  const cards: PushPullDecision[] = board.cards.map((item) => {
    const total = totalOf(item.split);
    return {
      id: item.card.id,
      title: item.card.title,
      decision: item.place === 'unsorted' ? null : item.place,
      final: Object.hasOwn(exercise.placements, item.card.id),
      votes: total > 0 ? { ...item.split, total } : null,
      contested: item.contested,
    };
  });
  return { status: 'ready', title: exercise.title, cards };
}

export function buildSimplification(workshop: Workshop): PlanSection<PlanSimplification> {
  const exercise = findExercise(workshop, 'simplify');
  if (!exercise) return { status: 'absent' };
  const result = findResult(workshop, exercise.id, 'two-axis-rating')?.tally ?? null;
  // The offerings as their board shows them (see simplifyBoard).
  const board = simplifyBoard(workshop, exercise, result);
  if (board.rated === 0 && !board.saved) return { status: 'not-run', title: exercise.title };
  const offerings: SimplificationDecision[] = board.offerings.map((item) => ({
    id: item.offering.id,
    name: item.offering.name,
    decision: item.place === 'unrated' ? null : item.place,
    final: Object.hasOwn(exercise.decisions, item.offering.id),
    note: item.note,
    value: finiteOrNull(item.rating?.meanX),
    burden: finiteOrNull(item.rating?.meanY),
    suggested: item.proposed,
    failsBasics: item.failsBasics,
  }));
  return { status: 'ready', title: exercise.title, offerings };
}
