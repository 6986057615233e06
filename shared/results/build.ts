import { isActivityKindId } from '../activities/registry';
import { activitiesOf } from '../exercises/activities';
import type { ActivitySpec } from '../exercises/common';
import { QUICK_EXERCISE_ID } from '../exercises/quickQuestion';
import type { ActivityResult } from '../workshop/results';
import type { Workshop } from '../workshop/schema';
import { asText, itemRow, type ItemRow, type KindContext } from './kinds/common';
import { KIND_RESULTS } from './kinds';
import { configOf, type LabelledConfig } from './labels';
import type { ActivityAnswers, AnswerRow, ResultsBook, SummaryRow } from './types';
import { resultsLanguage, resultsWords, type ResultsWords } from './words';

interface Found {
  result: ActivityResult;
  spec: ActivitySpec | undefined;
  exercise: string;
  /** Asked on the spot during the session, not an activity of the agenda. */
  quick: boolean;
}

/** The workshop's closed results in agenda order, then any whose exercise is no longer on it. */
function resultsInOrder(workshop: Workshop, words: ResultsWords): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const exercise of workshop.agenda) {
    for (const spec of activitiesOf(exercise, workshop)) {
      const result = workshop.results[spec.id];
      if (!result) continue;
      found.push({ result, spec, exercise: exercise.title, quick: false });
      seen.add(spec.id);
    }
  }
  // Questions added during the session carry how they were asked.
  for (const [id, result] of Object.entries(workshop.results)) {
    if (seen.has(id)) continue;
    const asked = result.asked;
    const quick = asked?.exerciseId === QUICK_EXERCISE_ID;
    found.push({ result, spec: asked, exercise: quick ? words.quickTitle : '', quick });
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
function contextOf({ result, spec }: Found, words: ResultsWords): KindContext {
  return { config: configOf(spec), participants: result.participants, answers: result.answers ?? [], words };
}

function itemsOf(found: Found, context: KindContext): ItemRow[] | null {
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

function questionOf(found: Found, words: ResultsWords): QuickQuestionResult {
  return {
    activityId: found.result.activityId,
    title: found.spec?.title ?? found.result.activityId,
    kind: found.result.kind,
    answered: found.result.answered,
    participants: found.result.participants,
    practice: found.result.practice ?? 0,
    items: itemsOf(found, contextOf(found, words)),
    tally: found.result.tally,
    config: configOf(found.spec),
  };
}

/** The questions asked during the session, in the order they closed, with the export's numbers. */
export function quickQuestionResults(workshop: Workshop): QuickQuestionResult[] {
  const words = resultsWords(resultsLanguage(workshop));
  return resultsInOrder(workshop, words)
    .filter((f) => f.quick)
    .sort((a, b) => a.result.closedAt - b.result.closedAt)
    .map((f) => questionOf(f, words));
}

/** One activity of the agenda read as the results export reads it; null while it has no result. */
export function activityResult(workshop: Workshop, spec: ActivitySpec): QuickQuestionResult | null {
  const result = workshop.results[spec.id];
  const words = resultsWords(resultsLanguage(workshop));
  return result ? questionOf({ result, spec, exercise: spec.exerciseId, quick: false }, words) : null;
}

/**
 * The results of a workshop for analysis: one summary line per activity and per item, from the
 * stored tallies (the numbers the console shows), and every kept answer per activity.
 */
export function buildResults(workshop: Workshop): ResultsBook {
  const language = resultsLanguage(workshop);
  const words = resultsWords(language);
  const summary: SummaryRow[] = [];
  const activities: ActivityAnswers[] = [];
  for (const found of resultsInOrder(workshop, words)) {
    const { result, spec } = found;
    const activity = spec?.title ?? result.activityId;
    const context = contextOf(found, words);
    const items = itemsOf(found, context);
    const named = { exercise: found.exercise, activity };
    summary.push({
      ...named,
      ...itemRow(words.allItems, result.participants, {
        answers: result.answered,
        details: [items ? '' : words.cannotRead(result.kind), result.answers ? '' : words.totalsOnly]
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
  return { workshopName: workshop.name, date: workshop.date, language, summary, activities };
}
