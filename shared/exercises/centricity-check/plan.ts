import { departmentOptionIds } from './options';
import type { CentricityCheck } from './schema';
import type { Workshop } from '../../workshop/schema';
import { findExercise } from '../find';
import { dateLabel, finiteOrNull } from '../../plan/format';
import { findResult } from '../../plan/results';
import { planLanguage } from '../../plan/language';
import type { ExercisePlan, PlanContext } from '../exerciseDefinition';
import type {
  CentricityHistoryEntry,
  CentricityQuestionScore,
  DepartmentContact,
  PlanCentricity,
  PlanSection,
  TrendPoint,
} from '../../plan/types';

/** Department names by the option ids the live question used for them. */
function departmentNames(check: CentricityCheck): Map<string, string> {
  const ids = departmentOptionIds(check.departments);
  return new Map(ids.map((id, i) => [id, check.departments[i]!]));
}

/** Means per question of a workshop's centricity check: what a later workshop compares against. */
export function centricityScoresOf(workshop: Workshop): CentricityHistoryEntry | null {
  const check = findExercise(workshop, 'centricity-check');
  if (!check) return null;
  const poll = findResult(workshop, check.id, 'scale-poll');
  if (!poll) return null;
  const byId = new Map(poll.tally.items.map((item) => [item.id, item]));
  return {
    workshopId: workshop.id,
    workshopName: workshop.name,
    date: workshop.date,
    questions: check.questions.map((q) => ({
      id: q.id,
      text: q.text,
      mean: finiteOrNull(byId.get(q.id)?.mean),
    })),
  };
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function trendOf(
  question: { id: string; text: string },
  mean: number | null,
  workshop: Workshop,
  history: readonly CentricityHistoryEntry[],
): TrendPoint[] {
  if (history.length === 0) return [];
  const points: TrendPoint[] = [];
  for (const entry of history) {
    // Ids survive a duplicated workshop; the wording is the fallback for a retyped one.
    const match =
      entry.questions.find((q) => q.id === question.id) ??
      entry.questions.find((q) => normalise(q.text) === normalise(question.text));
    const earlier = finiteOrNull(match?.mean);
    if (earlier !== null)
      points.push({
        label: dateLabel(entry.date, planLanguage(workshop)) || entry.workshopName,
        date: entry.date,
        mean: earlier,
      });
  }
  if (mean !== null)
    points.push({
      label: dateLabel(workshop.date, planLanguage(workshop)) || 'This workshop',
      date: workshop.date,
      mean,
    });
  return points;
}

/** Earlier workshops only, oldest first; the same workshop is never its own history. */
function earlierOnly(
  workshop: Workshop,
  history: readonly CentricityHistoryEntry[],
): CentricityHistoryEntry[] {
  return history
    .filter((entry) => entry.workshopId !== workshop.id)
    .filter((entry) => !workshop.date || !entry.date || entry.date <= workshop.date)
    .sort((a, b) => a.date.localeCompare(b.date));
}

function buildCentricity(
  check: CentricityCheck,
  workshop: Workshop,
  { history }: PlanContext,
): PlanSection<PlanCentricity> {
  const poll = findResult(workshop, check.id, 'scale-poll');
  const ticks = findResult(workshop, check.id, 'multiple-choice');
  if (!poll && !ticks) return { status: 'not-run', title: check.title };
  const earlier = earlierOnly(workshop, history);

  const byId = new Map((poll?.tally.items ?? []).map((item) => [item.id, item]));
  const questions: CentricityQuestionScore[] = check.questions.map((q) => {
    const item = byId.get(q.id);
    const mean = finiteOrNull(item?.mean);
    const distribution = (item?.distribution ?? []).map((n) => (Number.isFinite(n) ? n : 0));
    const trend = trendOf(q, mean, workshop, earlier);
    const previous = trend.length >= 2 && mean !== null ? trend[trend.length - 2]!.mean : null;
    return {
      id: q.id,
      text: q.text,
      mean,
      spread: finiteOrNull(item?.spread),
      count: item?.count ?? 0,
      distribution,
      scaleMin: 1,
      scaleMax: Math.max(1, distribution.length),
      trend,
      change: previous === null || mean === null ? null : mean - previous,
    };
  });

  let departments: DepartmentContact[] | null = null;
  if (ticks) {
    const names = departmentNames(check);
    departments = ticks.tally.options
      .map((option) => ({
        name: names.get(option.id) ?? option.id,
        count: option.count,
        share: Number.isFinite(option.share) ? option.share : 0,
      }))
      .sort((a, b) => b.count - a.count);
  }

  return {
    status: 'ready',
    title: check.title,
    questions,
    respondents: poll?.tally.respondents ?? 0,
    departments,
    departmentRespondents: ticks?.tally.respondents ?? 0,
    comparedWith: earlier.map((e) => dateLabel(e.date, planLanguage(workshop)) || e.workshopName),
  };
}

export const centricityPlan: ExercisePlan<CentricityCheck, PlanCentricity> = {
  build: buildCentricity,
  // The scores or the department map include practice answers.
  fromPractice: (check, workshop) =>
    !!findResult(workshop, check.id, 'scale-poll')?.practice ||
    !!findResult(workshop, check.id, 'multiple-choice')?.practice,
  practiceLabel: 'the centricity check scores',
  place: 'before-initiatives',
};
