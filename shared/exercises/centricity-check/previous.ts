import {
  scalePollConfigSchema,
  scalePollPreviousSchema,
  type ScalePollConfig,
  type ScalePollPrevious,
} from '../../activities/scalePoll';
import type { Workshop } from '../../workshop/schema';
import { centricityHistory } from './history';
import type { ActivitySpec } from '../common';

/**
 * Per question id of this centricity check: its score in the organisation's most recent earlier
 * workshop that has one (the same history the console's trend chart draws). Questions never
 * scored before are absent.
 */
export function previousCentricityScores(
  workshop: Workshop,
  exerciseId: string,
  library: readonly Workshop[],
): Map<string, ScalePollPrevious> {
  const previous = new Map<string, ScalePollPrevious>();
  for (const question of centricityHistory(workshop, exerciseId, library).questions) {
    const last = question.points.findLast((p) => !p.current);
    if (!last) continue;
    const parsed = scalePollPreviousSchema.safeParse({
      mean: last.mean,
      count: last.count,
      date: last.date,
      workshopName: last.workshopName,
    });
    if (parsed.success) previous.set(question.questionId, parsed.data);
  }
  return previous;
}

/**
 * The live activities with each centricity check's scale poll carrying, per question, the previous
 * score, so the projector and the console can show the room its trend. Other activities, and a
 * poll whose enriched config would not pass its kind's schema, are returned unchanged.
 */
export function withPreviousCentricityScores(
  workshop: Workshop,
  activities: readonly ActivitySpec[],
  library: readonly Workshop[],
): ActivitySpec[] {
  return activities.map((spec) => {
    if (spec.kind !== 'scale-poll') return spec;
    const exercise = workshop.agenda.find((e) => e.id === spec.exerciseId);
    if (exercise?.type !== 'centricity-check') return spec;
    const previous = previousCentricityScores(workshop, exercise.id, library);
    if (previous.size === 0) return spec;
    const config = spec.config as ScalePollConfig;
    const enriched = scalePollConfigSchema.safeParse({
      ...config,
      items: config.items.map((item) => {
        const found = previous.get(item.id);
        // A damaged stored score off this scale is left out rather than refusing the whole poll.
        const onScale = found && found.mean >= config.min && found.mean <= config.max;
        return onScale ? { ...item, previous: found } : item;
      }),
    });
    return enriched.success ? { ...spec, config: enriched.data } : spec;
  });
}
