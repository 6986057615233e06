import type { CardClassificationResult } from '../activities/cardClassification';
import { findExercise, type Workshop } from '../workshop/schema';
import { finiteOrNull } from './format';
import { findResult } from './results';
import type {
  PlanDefinition,
  PlanPushPull,
  PlanSection,
  PlanSimplification,
  PushPullDecision,
  PushPullVotes,
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

function votesOf(card: CardClassificationResult['cards'][number] | undefined): PushPullVotes | null {
  if (!card || card.total <= 0) return null;
  const count = (id: string) => {
    const n = card.counts[id];
    return typeof n === 'number' && Number.isFinite(n) ? n : 0;
  };
  const push = count('push');
  const pull = count('pull');
  return { push, pull, unsure: Math.max(0, card.total - push - pull), total: card.total };
}

export function buildPushPull(workshop: Workshop): PlanSection<PlanPushPull> {
  const exercise = findExercise(workshop, 'push-pull');
  if (!exercise) return { status: 'absent' };
  const result = findResult(workshop, exercise.id, 'card-classification');
  const placed = Object.keys(exercise.placements).length > 0;
  if (!result && !placed) return { status: 'not-run', title: exercise.title };
  const byCard = new Map((result?.tally.cards ?? []).map((c) => [c.id, c]));
  const cards: PushPullDecision[] = exercise.cards.map((card) => {
    const tally = byCard.get(card.id);
    return {
      id: card.id,
      title: card.title,
      decision: exercise.placements[card.id] ?? null,
      votes: votesOf(tally),
      contested: tally?.contested ?? false,
    };
  });
  return { status: 'ready', title: exercise.title, cards };
}

export function buildSimplification(workshop: Workshop): PlanSection<PlanSimplification> {
  const exercise = findExercise(workshop, 'simplify');
  if (!exercise) return { status: 'absent' };
  const result = findResult(workshop, exercise.id, 'two-axis-rating');
  const decided = Object.keys(exercise.decisions).length > 0;
  if (!result && !decided) return { status: 'not-run', title: exercise.title };
  const byItem = new Map((result?.tally.items ?? []).map((item) => [item.id, item]));
  const offerings: SimplificationDecision[] = exercise.offerings.map((offering) => {
    const rating = byItem.get(offering.id);
    const decision = exercise.decisions[offering.id];
    return {
      id: offering.id,
      name: offering.name,
      decision: decision?.decision ?? null,
      note: decision?.note ?? '',
      value: finiteOrNull(rating?.meanX),
      burden: finiteOrNull(rating?.meanY),
      suggested: rating?.quadrant ?? null,
      failsBasics: rating?.failsBasics ?? false,
    };
  });
  return { status: 'ready', title: exercise.title, offerings };
}
