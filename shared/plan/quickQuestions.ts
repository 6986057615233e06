import { isActivityKindId, kindOf } from '../activities/registry';
import { quickQuestionResults, type QuickQuestionResult } from '../results/build';
import { KIND_RESULTS } from '../results/kinds';
import type { ReaderRows } from '../results/kinds/common';
import type { Workshop } from '../workshop/schema';
import type { PlanQuickQuestion } from './types';

/** Open answers beyond these are left to the results export; the PDF says how many. */
export const QUICK_ROWS_SHOWN = 12;

/** Kinds without their own reading print as the results export does. */
const AS_EXPORTED: ReaderRows = {
  order: 'In the order of the results export.',
  rows: (items) => items.map((r) => ({ item: r.item, answers: String(r.answers ?? ''), result: r.details })),
};

/** One question with its answers, worded for a reader: the results export's rows and numbers. */
export function planQuestion(q: QuickQuestionResult): PlanQuickQuestion {
  const base = {
    id: q.activityId,
    title: q.title,
    kindLabel: kindOf(q.kind)?.label ?? q.kind,
    answered: q.answered,
    participants: q.participants,
    practice: q.practice > 0,
  };
  if (!q.items) return { ...base, order: '', rows: [], more: 0, readable: false };
  const reading = (isActivityKindId(q.kind) && KIND_RESULTS[q.kind].reading) || AS_EXPORTED;
  const rows = reading.rows(q.items, q.participants);
  return {
    ...base,
    order: reading.order,
    rows: rows.slice(0, QUICK_ROWS_SHOWN),
    more: Math.max(0, rows.length - QUICK_ROWS_SHOWN),
    readable: true,
  };
}

/**
 * The questions asked on the spot, for the plan: the same rows and numbers as the results export
 * (one derivation, `quickQuestionResults`), worded for a reader.
 */
export function planQuickQuestions(workshop: Workshop): PlanQuickQuestion[] {
  return quickQuestionResults(workshop).map(planQuestion);
}
