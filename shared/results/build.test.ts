import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitiesOf } from '../exercises/activities';
import type { ClosedAnswer } from '../protocol/closedAnswers';
import { newWorkshop, type Workshop } from '../workshop/schema';
import { kindOf } from '../activities/registry';
import { buildResults } from './build';
import { QUICK_QUESTIONS_TITLE, quickQuestion } from '../exercises/quickQuestion';

/** Worked out here by hand, not with the app's statistics. */
const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function middle(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  return s[Math.floor(at)]! + (s[Math.ceil(at)]! - s[Math.floor(at)]!) * (at - Math.floor(at));
}
const deviation = (xs: number[]) => Math.sqrt(average(xs.map((x) => (x - average(xs)) ** 2)));

/** A workshop whose centricity check closed with these answers (participant, question index, value). */
function checkWorkshop(given: Array<[number, number, number]>, keep = true): Workshop {
  const workshop = newWorkshop('Property');
  const spec = activitiesOf(workshop.agenda[0]!, workshop)[0]!;
  const questions = (spec.config as { items: { id: string }[] }).items;
  const latest = new Map<string, ClosedAnswer>();
  given.forEach(([participant, question, value], at) => {
    const item = questions[question % questions.length]!.id;
    latest.set(`${participant}/${item}`, { participant, item, value, at });
  });
  const answers = [...latest.values()];
  const kind = kindOf('scale-poll');
  const tally = kind.tally(
    kind.configSchema.parse(spec.config),
    answers.map((a) => ({
      participantId: String(a.participant),
      itemId: a.item,
      value: a.value as number,
      at: a.at,
    })),
  );
  const answered = new Set(answers.map((a) => a.participant)).size;
  return {
    ...workshop,
    results: {
      [spec.id]: {
        activityId: spec.id,
        kind: 'scale-poll',
        closedAt: 1,
        participants: answered + 2,
        answered,
        tally,
        ...(keep ? { answers } : {}),
      },
    },
  };
}

describe('workshop results for analysis', () => {
  it('summarises every item with the numbers its answers give, and lists every answer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.nat(9), fc.integer({ min: 1, max: 5 })), {
          minLength: 1,
          maxLength: 120,
        }),
        (given) => {
          const workshop = checkWorkshop(given);
          const result = Object.values(workshop.results)[0]!;
          const book = buildResults(workshop);
          const [all, ...items] = book.summary;
          expect(all).toMatchObject({
            item: 'All items',
            answers: result.answered,
            participants: result.answered + 2,
          });
          const spec = activitiesOf(workshop.agenda[0]!, workshop)[0]!;
          const questions = (spec.config as { items: { id: string; label: string }[] }).items;
          expect(items.map((r) => r.item)).toEqual(questions.map((q) => q.label));
          questions.forEach((question, index) => {
            const values = result
              .answers!.filter((a) => a.item === question.id)
              .map((a) => a.value as number);
            const row = items[index]!;
            expect(row.answers).toBe(values.length);
            if (!values.length) return expect(row.mean).toBeNull();
            expect(Math.abs(row.mean! - average(values))).toBeLessThanOrEqual(0.005 + 1e-9);
            expect(Math.abs(row.median! - middle(values, 0.5))).toBeLessThanOrEqual(0.005 + 1e-9);
            expect(Math.abs(row.spread! - deviation(values))).toBeLessThanOrEqual(0.005 + 1e-9);
          });
          const rows = book.activities[0]!.rows;
          expect(rows).toHaveLength(result.answers!.length);
          for (const answer of result.answers!) {
            const label = questions.find((q) => q.id === answer.item)!.label;
            expect(rows).toContainEqual({
              participant: answer.participant,
              item: label,
              value: answer.value,
              at: answer.at,
              practice: false,
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('still summarises a result whose file kept the totals only, and says so', () => {
    const book = buildResults(
      checkWorkshop(
        [
          [1, 0, 4],
          [2, 0, 2],
        ],
        false,
      ),
    );
    expect(book.activities[0]).toMatchObject({ kept: false, rows: [] });
    expect(book.summary[0]!.details).toMatch(/kept the totals only/);
    expect(book.summary[1]).toMatchObject({ answers: 2, mean: 3, median: 3 });
  });

  it('keeps a result of a kind this version does not know, its answers as written', () => {
    const workshop: Workshop = {
      ...newWorkshop('Future'),
      results: {
        'x:new': {
          activityId: 'x:new',
          kind: 'ranking',
          closedAt: 1,
          participants: 3,
          answered: 1,
          tally: { order: ['a'] },
          answers: [{ participant: 1, item: 'a', value: ['b', 'c'], at: 5 }],
        },
      },
    };
    const book = buildResults(workshop);
    expect(book.summary).toHaveLength(1);
    expect(book.summary[0]!.details).toMatch(/cannot read the ranking result/);
    expect(book.activities[0]!.rows).toEqual([
      { participant: 1, item: 'a', value: '["b","c"]', at: 5, practice: false },
    ]);
  });

  it('names a question asked during the session by its words and its options by their labels', () => {
    const asked = quickQuestion('single', 'Meet again in a month?', ['Yes', 'No']);
    if (!asked.ok) throw new Error(asked.reason);
    const kind = kindOf('multiple-choice');
    const config = kind.configSchema.parse(asked.spec.config);
    const answers: ClosedAnswer[] = [
      { participant: 1, item: 'choice', value: 'o1', at: 1 },
      { participant: 2, item: 'choice', value: 'o1', at: 2 },
      { participant: 3, item: 'choice', value: 'o2', at: 3 },
    ];
    const tally = kind.tally(
      config,
      answers.map((a) => ({
        participantId: String(a.participant),
        itemId: a.item,
        value: a.value as string,
        at: a.at,
      })),
    );
    const workshop: Workshop = {
      ...newWorkshop('Quick'),
      results: {
        [asked.spec.id]: {
          activityId: asked.spec.id,
          kind: 'multiple-choice',
          closedAt: 1,
          participants: 3,
          answered: 3,
          tally,
          answers,
          asked: asked.spec,
        },
      },
    };
    const book = buildResults(workshop);
    expect(book.summary.map((r) => [r.exercise, r.activity, r.item, r.answers])).toEqual([
      [QUICK_QUESTIONS_TITLE, 'Meet again in a month?', 'All items', 3],
      [QUICK_QUESTIONS_TITLE, 'Meet again in a month?', 'Yes', 2],
      [QUICK_QUESTIONS_TITLE, 'Meet again in a month?', 'No', 1],
    ]);
    expect(book.activities[0]!.rows.map((r) => r.value)).toEqual(['Yes', 'Yes', 'No']);
  });
});
