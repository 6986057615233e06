import type { Exercise } from '../../../shared/exercises';
import { pushPullBoard } from '../../../shared/exercises/push-pull/board';
import { simplifyBoard } from '../../../shared/exercises/simplify/board';
import type { LiveSession, Phase, Tally } from '../../../shared/protocol';
import { findResult } from '../../../shared/plan/results';
import { includesPractice } from '../../../shared/workshop/practice';
import type { ActivityResult } from '../../../shared/workshop/results';
import type { Workshop } from '../../../shared/workshop/schema';

/** Exercises with a tool to finish their results after the vote. */
export type ToolExercise = Extract<
  Exercise,
  { type: 'push-pull' | 'simplify' | 'definition' | 'burden-journey' | 'centricity-check' }
>;

const TOOL_TYPES = new Set<Exercise['type']>([
  'push-pull',
  'simplify',
  'definition',
  'burden-journey',
  'centricity-check',
]);

export function hasResultTool(exercise: Exercise): exercise is ToolExercise {
  return TOOL_TYPES.has(exercise.type);
}

/** The button's words, the same on Run live and in the summary after the session. */
export const TOOL_LABELS: Record<ToolExercise['type'], string> = {
  'push-pull': 'Open board',
  simplify: 'Open board',
  definition: 'Curate definition',
  'burden-journey': 'Journey hot spots',
  'centricity-check': 'Centricity results',
};

/** What the room gives each tool, for "No votes yet". */
const INPUT: Record<ToolExercise['type'], string> = {
  'push-pull': 'votes',
  simplify: 'ratings',
  definition: 'statements',
  'burden-journey': 'ratings',
  'centricity-check': 'scores',
};

/** A live tally is newer than any closed result of the exercise. */
const NOT_CLOSED_YET = Number.MAX_SAFE_INTEGER;

const exerciseIdOf = (activityId: string) => activityId.split(':')[0]!;

/**
 * The workshop as the tools should see it during a session: the stored results, and for each of
 * this session's activities whose result is not stored yet (still open, or reopened), its live
 * tally in the stored shape. `live` names the exercises that show a live tally.
 */
export function withLiveTallies(
  workshop: Workshop,
  session: LiveSession | null,
  tallies: Readonly<Record<string, Tally>>,
): { workshop: Workshop; live: ReadonlySet<string> } {
  const live = new Set<string>();
  if (!session || session.workshopId !== workshop.id) return { workshop, live };
  let results: Workshop['results'] | null = null;
  for (const activity of session.activities) {
    const tally = tallies[activity.id];
    const exerciseId = exerciseIdOf(activity.id);
    if (!tally || tally.result === null || tally.result === undefined) continue;
    if (!workshop.agenda.some((e) => e.id === exerciseId)) continue;
    // A closed activity's result is stored as it closed: that is the one to finish. After the
    // session ends, one not stored was cleared (practice results): its tally must not come back.
    if (activity.phase === 'closed' && (workshop.results[activity.id] || session.status === 'ended'))
      continue;
    // Nothing to see before the first answer; keep a stored result from an earlier run instead.
    if (tally.answered === 0 && workshop.results[activity.id]) continue;
    const result: ActivityResult = {
      activityId: activity.id,
      kind: tally.kind,
      closedAt: NOT_CLOSED_YET,
      participants: tally.joined,
      answered: tally.answered,
      ...(tally.practice ? { practice: tally.practice } : {}),
      tally: tally.result,
    };
    results = { ...(results ?? workshop.results), [activity.id]: result };
    live.add(exerciseId);
  }
  return { workshop: results ? { ...workshop, results } : workshop, live };
}

/** Where a tool stands, for its button and the line beside it. */
export interface ResultTool {
  exerciseId: string;
  title: string;
  label: string;
  /** Null when it can open; otherwise why not, in words the facilitator can act on. */
  unavailable: string | null;
  /** A few words on the results: "6 of 6 cards voted on · not finalised yet". */
  status: string;
  /** Shows the live tally of an activity that has not closed yet. */
  live: boolean;
  /** Its results include answers of simulated practice participants. */
  practice: boolean;
}

/** Answers to the exercise's activities in the (live-overlaid) results. */
function answeredOf(workshop: Workshop, exerciseId: string): number {
  let most = 0;
  for (const [id, result] of Object.entries(workshop.results)) {
    if (exerciseIdOf(id) === exerciseId) most = Math.max(most, result.answered);
  }
  return most;
}

/** Any of the exercise's (live-overlaid) results includes practice answers. */
function practiceIn(workshop: Workshop, exerciseId: string): boolean {
  return Object.entries(workshop.results).some(
    ([id, result]) => exerciseIdOf(id) === exerciseId && includesPractice(result),
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The tool of one exercise. `phase` is the phase of the exercise's activity when it is the live
 * session's current one (it words why a tool cannot open yet); null elsewhere (the summary).
 */
export function resultToolOf(
  workshop: Workshop,
  exercise: ToolExercise,
  live: boolean,
  phase: Phase | null,
): ResultTool {
  let status: string;
  let hasData: boolean;
  let empty: string | null = null;
  switch (exercise.type) {
    case 'push-pull': {
      const result = findResult(workshop, exercise.id, 'card-classification')?.tally ?? null;
      const board = pushPullBoard(exercise, result);
      hasData = board.voted > 0 || board.saved;
      status = `${board.voted} of ${plural(exercise.cards.length, 'card')} voted on · ${board.saved ? 'final placement saved' : 'not finalised yet'}`;
      if (exercise.cards.length === 0)
        empty = exercise.allowProposals
          ? 'No cards yet: approve proposals from the room, or add cards under Prepare.'
          : 'No cards to sort: add them under Prepare.';
      break;
    }
    case 'simplify': {
      const result = findResult(workshop, exercise.id, 'two-axis-rating')?.tally ?? null;
      const board = simplifyBoard(workshop, exercise, result);
      hasData = board.rated > 0 || board.saved;
      status = `${board.rated} of ${plural(exercise.offerings.length, 'offering')} rated · ${board.saved ? 'decisions saved' : 'not decided yet'}`;
      if (exercise.offerings.length === 0) empty = 'No offerings to rate: add them under Prepare.';
      break;
    }
    case 'definition': {
      const result = findResult(workshop, exercise.id, 'open-text')?.tally ?? null;
      const written = !!(exercise.definition.means.trim() || exercise.definition.notMeans.trim());
      const statements = result?.statements ?? 0;
      hasData = statements > 0 || written;
      status = `${plural(statements, 'statement')} · ${written ? 'definition written' : 'definition not written yet'}`;
      break;
    }
    case 'burden-journey': {
      const answered = answeredOf(workshop, exercise.id);
      hasData = !!findResult(workshop, exercise.id, 'journey-heatmap') && answered > 0;
      status = `${plural(answered, 'person', 'people')} rated the journey`;
      break;
    }
    case 'centricity-check': {
      const answered = answeredOf(workshop, exercise.id);
      hasData = answered > 0;
      status = `${plural(answered, 'person', 'people')} answered`;
      break;
    }
  }
  const input = INPUT[exercise.type];
  const why =
    empty ??
    (phase === 'waiting'
      ? `No ${input} yet: open answers first.`
      : phase === 'open'
        ? `No ${input} yet: it fills as the room answers.`
        : phase === 'closed'
          ? `No ${input} came in. Reopen answers to try again.`
          : `No ${input} yet: run it live first.`);
  const practice = practiceIn(workshop, exercise.id);
  if (practice) status = `${status} · includes practice answers`;
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    label: TOOL_LABELS[exercise.type],
    unavailable: hasData ? null : why,
    status: live ? `Live tally · ${status}` : status,
    live,
    practice,
  };
}
