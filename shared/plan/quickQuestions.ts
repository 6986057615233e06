import { kindOf } from '../activities/registry';
import { quickQuestionResults, type QuickQuestionResult } from '../results/build';
import type { ItemRow } from '../results/kinds/common';
import type { Workshop } from '../workshop/schema';
import { oneDecimal } from './format';
import type { PlanQuickQuestion } from './types';

/** Open answers beyond these are left to the results export; the PDF says how many. */
export const QUICK_ROWS_SHOWN = 12;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How one kind's rows read in the plan: which rows, in what order (said in words), and their figures. */
function readRows(q: QuickQuestionResult, items: ItemRow[]) {
  switch (q.kind) {
    case 'scale-poll':
      return {
        order: 'One line per question.',
        rows: items.map((r) => ({
          item: r.item,
          answers: `${r.answers ?? 0} of ${r.participants ?? q.participants}`,
          result:
            r.mean === null
              ? 'no ratings'
              : `mean ${oneDecimal(r.mean)} · median ${oneDecimal(r.median ?? r.mean)} · ${r.spreadIs} ${oneDecimal(r.spread ?? 0)}`,
        })),
      };
    case 'multiple-choice':
      return {
        order: 'Options in the order they were offered.',
        rows: items.map((r) => ({
          item: r.item,
          answers: plural(r.answers ?? 0, 'pick', 'picks'),
          result: r.details,
        })),
      };
    case 'dot-voting':
      return {
        order: 'Most dots first.',
        rows: items.map((r) => ({
          item: r.item,
          answers: plural(r.answers ?? 0, 'voter', 'voters'),
          result: plural(r.total ?? 0, 'dot', 'dots'),
        })),
      };
    case 'open-text':
      return {
        order: 'Most upvoted first.',
        rows: [...items]
          .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
          .map((r) => ({ item: r.item, answers: '', result: plural(r.total ?? 0, 'upvote', 'upvotes') })),
      };
    default:
      return {
        order: 'In the order of the results export.',
        rows: items.map((r) => ({ item: r.item, answers: String(r.answers ?? ''), result: r.details })),
      };
  }
}

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
  const { order, rows } = readRows(q, q.items);
  return {
    ...base,
    order,
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
