import type { Exercise } from '../exercises';
import type { PracticeClear } from '../exercises/exerciseDefinition';
import { definitionOf } from '../exercises/registry';
import type { ActivityResult } from './results';
import type { Workshop } from './schema';

/*
 * Results that include answers from the console's practice room (simulated participants), and
 * clearing them: a rehearsal's votes must never reach the board as the room's.
 */

/** How many of a result's answers came from simulated participants, of how many. */
export interface PracticeShare {
  practice: number;
  answered: number;
}

/** Answers from simulated participants in a stored result; 0 for the room's own. */
export function practiceAnswers(result: Pick<ActivityResult, 'practice'> | null | undefined): number {
  const n = result?.practice;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export function includesPractice(result: Pick<ActivityResult, 'practice'> | null | undefined): boolean {
  return practiceAnswers(result) > 0;
}

/** The share for a "includes practice answers" note; null for a result of the room alone. */
export function practiceShare(
  result: Pick<ActivityResult, 'practice' | 'answered'> | null | undefined,
): PracticeShare | null {
  const practice = practiceAnswers(result);
  if (practice === 0 || !result) return null;
  return { practice, answered: Math.max(practice, result.answered) };
}

/** "Includes practice answers: 6 of the 8 who answered are simulated." */
export function practiceNote(share: PracticeShare): string {
  const verb = share.practice === 1 ? 'is' : 'are';
  return `Includes practice answers: ${share.practice} of the ${share.answered} who answered ${verb} simulated.`;
}

const exerciseIdOf = (activityId: string) => activityId.split(':')[0]!;

/** Activity ids of the stored results that include practice answers, in agenda order. */
export function practiceResultIds(workshop: Pick<Workshop, 'results' | 'agenda'>): string[] {
  const order = new Map(workshop.agenda.map((e, k) => [e.id, k]));
  return Object.entries(workshop.results)
    .filter(([, result]) => includesPractice(result))
    .map(([id]) => id)
    .sort(
      (a, b) =>
        (order.get(exerciseIdOf(a)) ?? Infinity) - (order.get(exerciseIdOf(b)) ?? Infinity) ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
}

export function hasPracticeResults(workshop: Pick<Workshop, 'results'>): boolean {
  return Object.values(workshop.results).some(includesPractice);
}

/** What clearing removes and keeps, for the confirm and the toast. */
export interface PracticeClearSummary {
  /** Results removed (activity ids), agenda order. */
  activityIds: string[];
  /** Titles of the exercises those results belong to, agenda order. */
  exercises: string[];
  /** Board placements and decisions that only followed the practice votes: they go. */
  followedVotes: number;
  /** Placements and decisions the facilitator set apart from the votes (or with a note): they stay. */
  keptByHand: number;
  /** Merges and hidden statements of the definition made on practice statements: they go. */
  curations: number;
}

/** The practice result of one kind among the cleared ones of an exercise (the latest closed). */
function clearedOf(
  workshop: Workshop,
  cleared: ReadonlySet<string>,
  exerciseId: string,
  kind: string,
): ActivityResult | null {
  let found: ActivityResult | null = null;
  for (const id of cleared) {
    const result = workshop.results[id]!;
    if (exerciseIdOf(id) !== exerciseId || result.kind !== kind) continue;
    if (!found || result.closedAt > found.closedAt) found = result;
  }
  return found;
}

function clearExercise(
  workshop: Workshop,
  exercise: Exercise,
  cleared: ReadonlySet<string>,
): PracticeClear<Exercise> {
  const clear = definitionOf(exercise.type).clearPractice;
  if (!clear) return { exercise, followedVotes: 0, keptByHand: 0, curations: 0 };
  return clear(exercise, (kind) => clearedOf(workshop, cleared, exercise.id, kind));
}

/**
 * The workshop without any result that includes practice answers (a result is removed whole: real
 * answers given in the same activity go with it), and without what was made only from them:
 * board placements and decisions that just follow the practice votes, their vote snapshots, and
 * the definition's merges of practice statements. What the facilitator set by hand stays: placements
 * and decisions apart from the votes or with a note, cards, initiatives, the team's definition.
 * Without practice results the same workshop comes back (no change, no undo step).
 */
export function clearPracticeResults(workshop: Workshop): {
  workshop: Workshop;
  summary: PracticeClearSummary;
} {
  const activityIds = practiceResultIds(workshop);
  const summary: PracticeClearSummary = {
    activityIds,
    exercises: [],
    followedVotes: 0,
    keptByHand: 0,
    curations: 0,
  };
  if (activityIds.length === 0) return { workshop, summary };
  const cleared = new Set(activityIds);
  const touched = new Set(activityIds.map(exerciseIdOf));
  const agenda = workshop.agenda.map((exercise) => {
    if (!touched.has(exercise.id)) return exercise;
    summary.exercises.push(exercise.title);
    const done = clearExercise(workshop, exercise, cleared);
    summary.followedVotes += done.followedVotes;
    summary.keptByHand += done.keptByHand;
    summary.curations += done.curations;
    return done.exercise;
  });
  const results = Object.fromEntries(Object.entries(workshop.results).filter(([id]) => !cleared.has(id)));
  return { workshop: { ...workshop, agenda, results }, summary };
}
