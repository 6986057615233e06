import { parseResult, type ActivityKindId, type ActivityResultOf } from '../../activities/registry';
import { includesPractice } from '../../workshop/practice';
import { todayIso, type Workshop } from '../../workshop/schema';
import type { CentricityCheck } from './schema';

/**
 * The latest closed result of one kind among an exercise's activities (ids `${exerciseId}:…`);
 * null when none parses.
 */
export function exerciseResult<K extends ActivityKindId>(
  workshop: Workshop,
  exerciseId: string,
  kind: K,
): { tally: ActivityResultOf<K>; participants: number; closedAt: number; practice: boolean } | null {
  let found: {
    tally: ActivityResultOf<K>;
    participants: number;
    closedAt: number;
    practice: boolean;
  } | null = null;
  for (const [activityId, result] of Object.entries(workshop.results)) {
    if (!activityId.startsWith(`${exerciseId}:`) || result.kind !== kind) continue;
    if (found && result.closedAt < found.closedAt) continue;
    const tally = parseResult(kind, result.tally);
    if (tally !== null)
      found = {
        tally,
        participants: result.participants,
        closedAt: result.closedAt,
        practice: includesPractice(result),
      };
  }
  return found;
}

export interface CentricityTrendPoint {
  workshopId: string;
  workshopName: string;
  /** YYYY-MM-DD, or empty when the workshop has no date. */
  date: string;
  mean: number;
  count: number;
  /** The workshop being looked at (always the last point). */
  current: boolean;
}

export interface CentricityQuestionTrend {
  questionId: string;
  text: string;
  /** Oldest first; workshops without a score for this question are left out. */
  points: CentricityTrendPoint[];
  /** This workshop's mean minus the previous scored workshop's; null when either is missing. */
  change: number | null;
}

export interface CentricityHistory {
  questions: CentricityQuestionTrend[];
  /** Earlier workshops of the organisation that have any score, oldest first. */
  earlier: Array<{ workshopId: string; workshopName: string; date: string }>;
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** When a workshop took place, for ordering: its date, else the day it was created. */
function dayOf(workshop: Workshop): string {
  return workshop.date || todayIso(new Date(workshop.createdAt));
}

function before(a: Workshop, b: Workshop): boolean {
  const da = dayOf(a);
  const db = dayOf(b);
  return da < db || (da === db && a.createdAt < b.createdAt);
}

interface Scores {
  workshop: Workshop;
  check: CentricityCheck;
  items: Map<string, { mean: number | null; count: number }>;
}

/** `earlier`: another workshop's scores, where a rehearsal's simulated answers are no point of the trend. */
function scoresOf(workshop: Workshop, exerciseId?: string, earlier = false): Scores | null {
  for (const exercise of workshop.agenda) {
    if (exercise.type !== 'centricity-check') continue;
    if (exerciseId && exercise.id !== exerciseId) continue;
    const poll = exerciseResult(workshop, exercise.id, 'scale-poll');
    if (!poll || (earlier && poll.practice)) continue;
    return {
      workshop,
      check: exercise,
      items: new Map(poll.tally.items.map((i) => [i.id, { mean: i.mean, count: i.count }])),
    };
  }
  return null;
}

function scoreFor(scores: Scores, question: { id: string; text: string }) {
  const byId = scores.items.get(question.id);
  if (byId && scores.check.questions.some((q) => q.id === question.id)) return byId;
  // A workshop made from the template again has new question ids: the wording matches it.
  const same = scores.check.questions.find((q) => normalise(q.text) === normalise(question.text));
  return same ? scores.items.get(same.id) : undefined;
}

/**
 * Each question's mean in this workshop and in the same organisation's earlier workshops, oldest
 * first: the check is repeated over time because the bar keeps rising.
 */
export function centricityHistory(
  workshop: Workshop,
  exerciseId: string,
  library: readonly Workshop[],
): CentricityHistory {
  const check = workshop.agenda.find(
    (e): e is CentricityCheck => e.id === exerciseId && e.type === 'centricity-check',
  );
  if (!check) return { questions: [], earlier: [] };
  const organisation = normalise(workshop.organisation);
  const earlier = organisation
    ? library
        .filter(
          (w) => w.id !== workshop.id && normalise(w.organisation) === organisation && before(w, workshop),
        )
        .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
        .map((w) => scoresOf(w, undefined, true))
        .filter((s) => s !== null)
    : [];
  const current = scoresOf(workshop, exerciseId);
  const used = new Set<string>();

  const questions = check.questions.map((question) => {
    const points: CentricityTrendPoint[] = [];
    for (const scores of [...earlier, ...(current ? [current] : [])]) {
      const score = scoreFor(scores, question);
      if (!score || score.mean === null || !Number.isFinite(score.mean) || score.count === 0) continue;
      const isCurrent = scores === current;
      if (!isCurrent) used.add(scores.workshop.id);
      points.push({
        workshopId: scores.workshop.id,
        workshopName: scores.workshop.name,
        date: scores.workshop.date,
        mean: score.mean,
        count: score.count,
        current: isCurrent,
      });
    }
    const last = points.at(-1);
    const previous = points.at(-2);
    return {
      questionId: question.id,
      text: question.text,
      points,
      change: last?.current && previous ? last.mean - previous.mean : null,
    };
  });

  return {
    questions,
    earlier: earlier
      .filter((s) => used.has(s.workshop.id))
      .map(({ workshop: w }) => ({ workshopId: w.id, workshopName: w.name, date: w.date })),
  };
}
