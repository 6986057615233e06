import { isActivityKindId } from '../activities/registry';
import { formatPercent, oneDecimal } from './format';
import { planLanguage } from './language';
import { planWords } from './words';
import { quickQuestionResults, type QuickQuestionResult } from '../results/build';
import { KIND_RESULTS } from '../results/kinds';
import type { Workshop } from '../workshop/schema';
import type { PlanQuickQuestion } from './types';

/** Open answers beyond these are left to the results export; the PDF says how many. */
export const QUICK_ROWS_SHOWN = 12;

/**
 * One question with its answers, worded for a reader in the plan's language: the results export's
 * rows and numbers.
 */
export function planQuestion(q: QuickQuestionResult, language: string = 'en'): PlanQuickQuestion {
  const words = planWords(language);
  const base = {
    id: q.activityId,
    title: q.title,
    kind: q.kind,
    kindLabel: isActivityKindId(q.kind) ? words.kinds[q.kind] : q.kind,
    answered: q.answered,
    participants: q.participants,
    practice: q.practice > 0,
  };
  // Items are null for a kind this version does not know, or a tally that does not parse.
  if (!q.items || !isActivityKindId(q.kind))
    return { ...base, order: '', rows: [], more: 0, readable: false };
  const reading = KIND_RESULTS[q.kind].reading;
  const rows = reading.rows(q.items, {
    participants: q.participants,
    answered: q.answered,
    words: words.reading,
    burdens: words.burdens,
    bands: words.bands,
    tally: q.tally,
    config: q.config,
    decimal: (value) => oneDecimal(value, language),
    percent: (share) => formatPercent(share, language),
  });
  return {
    ...base,
    order: reading.order(words.reading),
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
  const language = planLanguage(workshop);
  return quickQuestionResults(workshop).map((q) => planQuestion(q, language));
}
