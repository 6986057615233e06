import { isActivityKindId } from '../activities/registry';
import { activitiesOf } from '../exercises/activities';
import type { ActivitySpec } from '../exercises/common';
import { QUICK_EXERCISE_ID, QUICK_QUESTIONS_TITLE } from '../exercises/quickQuestion';
import type { ActivityResult } from '../workshop/results';
import type { Workshop } from '../workshop/schema';
import { asText, itemRow, type ItemRow, type KindContext } from './kinds/common';
import { KIND_RESULTS } from './kinds';
import { configOf, type LabelledConfig } from './labels';
import type { ActivityAnswers, AnswerRow, ResultsBook, SummaryRow } from './types';

interface Found {
  result: ActivityResult;
  spec: ActivitySpec | undefined;
  exercise: string;
}

/** The workshop's closed results in agenda order, then any whose exercise is no longer on it. */
function resultsInOrder(workshop: Workshop): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const exercise of workshop.agenda) {
    for (const spec of activitiesOf(exercise, workshop)) {
      const result = workshop.results[spec.id];
      if (!result) continue;
      found.push({ result, spec, exercise: exercise.title });
      seen.add(spec.id);
    }
  }
  // Questions added during the session carry how they were asked.
  for (const [id, result] of Object.entries(workshop.results)) {
    if (seen.has(id)) continue;
    const asked = result.asked;
    const exercise = asked?.exerciseId === QUICK_EXERCISE_ID ? QUICK_QUESTIONS_TITLE : '';
    found.push({ result, spec: asked, exercise });
  }
  return found;
}

function answerRows({ result }: Found, context: KindContext): AnswerRow[] {
  const kind = isActivityKindId(result.kind) ? KIND_RESULTS[result.kind] : null;
  const rows = context.answers.flatMap((answer) =>
    (kind?.answerRows(answer, context) ?? [{ item: answer.item, value: asText(answer.value) }]).map(
      (row) => ({
        participant: answer.participant,
        ...row,
        at: answer.at,
        practice: answer.practice === true,
      }),
    ),
  );
  return rows.sort((a, b) => a.participant - b.participant || a.at - b.at);
}

/** What an activity's result reads as: its item rows from the stored tally, null when unreadable. */
function contextOf({ result, spec }: Found): KindContext {
  return { config: configOf(spec), participants: result.participants, answers: result.answers ?? [] };
}

function itemsOf(found: Found, context = contextOf(found)): ItemRow[] | null {
  const { result } = found;
  const kind = isActivityKindId(result.kind) ? KIND_RESULTS[result.kind] : null;
  return kind?.summary(result.tally, context) ?? null;
}

/** A question asked on the spot during the session, read as the results export reads it. */
export interface QuickQuestionResult {
  activityId: string;
  title: string;
  kind: string;
  answered: number;
  participants: number;
  practice: number;
  /** Null when this version cannot read its result. */
  items: ItemRow[] | null;
  /** The stored tally and labelled config, for a reading in another language than the export's. */
  tally: unknown;
  config: LabelledConfig;
}

function questionOf(found: Found): QuickQuestionResult {
  return {
    activityId: found.result.activityId,
    title: found.spec?.title ?? found.result.activityId,
    kind: found.result.kind,
    answered: found.result.answered,
    participants: found.result.participants,
    practice: found.result.practice ?? 0,
    items: itemsOf(found),
    tally: found.result.tally,
    config: configOf(found.spec),
  };
}

/** The questions asked during the session, in the order they closed, with the export's numbers. */
export function quickQuestionResults(workshop: Workshop): QuickQuestionResult[] {
  return resultsInOrder(workshop)
    .filter((f) => f.exercise === QUICK_QUESTIONS_TITLE)
    .sort((a, b) => a.result.closedAt - b.result.closedAt)
    .map(questionOf);
}

/** One activity of the agenda read as the results export reads it; null while it has no result. */
export function activityResult(workshop: Workshop, spec: ActivitySpec): QuickQuestionResult | null {
  const result = workshop.results[spec.id];
  return result ? questionOf({ result, spec, exercise: spec.exerciseId }) : null;
}

/**
 * The results of a workshop for analysis: one summary line per activity and per item, from the
 * stored tallies (the numbers the console shows), and every kept answer per activity.
 */
export function buildResults(workshop: Workshop): ResultsBook {
  const summary: SummaryRow[] = [];
  const activities: ActivityAnswers[] = [];
  for (const found of resultsInOrder(workshop)) {
    const { result, spec } = found;
    const activity = spec?.title ?? result.activityId;
    const context = contextOf(found);
    const items = itemsOf(found, context);
    const named = { exercise: found.exercise, activity };
    summary.push({
      ...named,
      ...itemRow('All items', result.participants, {
        answers: result.answered,
        details: [
          items ? '' : `This version cannot read the ${result.kind} result.`,
          result.answers ? '' : 'The workshop file kept the totals only, not each answer.',
        ]
          .filter(Boolean)
          .join(' '),
      }),
      practice: result.practice ?? 0,
    });
    for (const row of items ?? []) summary.push({ ...named, ...row, practice: null });
    activities.push({
      activityId: result.activityId,
      ...named,
      kind: result.kind,
      kept: result.answers !== undefined,
      rows: answerRows(found, context),
    });
  }
  return { workshopName: workshop.name, date: workshop.date, summary, activities };
}
