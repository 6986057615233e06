import type { Exercise } from '../../../shared/exercises';
import type { LiveSession, Phase, Tally } from '../../../shared/protocol';
import { includesPractice } from '../../../shared/workshop/practice';
import type { ActivityResult } from '../../../shared/workshop/results';
import type { Workshop } from '../../../shared/workshop/schema';
import { viewsOf } from '../../exercises/registry';
import { t } from '../../i18n';

/** The exercise has a tool to finish its results after the vote (its views' `tool`). */
export function hasResultTool(exercise: Exercise): boolean {
  return !!viewsOf(exercise.type).tool;
}

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

/** Any of the exercise's (live-overlaid) results includes practice answers. */
function practiceIn(workshop: Workshop, exerciseId: string): boolean {
  return Object.entries(workshop.results).some(
    ([id, result]) => exerciseIdOf(id) === exerciseId && includesPractice(result),
  );
}

/**
 * The tool of one exercise. `phase` is the phase of the exercise's activity when it is the live
 * session's current one (it words why a tool cannot open yet); null elsewhere (the summary).
 */
export function resultToolOf(
  workshop: Workshop,
  exercise: Exercise,
  live: boolean,
  phase: Phase | null,
): ResultTool {
  const tool = viewsOf(exercise.type).tool;
  if (!tool) throw new Error(`No result tool for "${exercise.title}"`);
  const state = tool.state(workshop, exercise);
  const { hasData, empty = null } = state;
  let status = state.status;
  const input = tool.input;
  // `input` names what the tool reads (ratings, statements, scores, votes): each language words it.
  const why =
    empty ??
    (phase === 'waiting'
      ? t('session.tool.noneWaiting', { input })
      : phase === 'open'
        ? t('session.tool.noneOpen', { input })
        : phase === 'closed'
          ? t('session.tool.noneClosed', { input })
          : t('session.tool.noneYet', { input }));
  const practice = practiceIn(workshop, exercise.id);
  if (practice) status = `${status} · ${t('session.includesPractice')}`;
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    label: tool.label,
    unavailable: hasData ? null : why,
    status: live ? `${t('session.liveTally')} · ${status}` : status,
    live,
    practice,
  };
}
