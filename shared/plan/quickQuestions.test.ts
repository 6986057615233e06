import { describe, expect, it } from 'vitest';
import { planWorkshop } from '../../test/fixtures/planWorkshop';
import { QUICK_ASKED, withQuickQuestions } from '../../test/fixtures/quickQuestions';
import { buildResults } from '../results/build';
import { QUICK_QUESTIONS_TITLE } from '../exercises/quickQuestion';
import { buildPlan } from './buildPlan';
import { QUICK_ROWS_SHOWN } from './quickQuestions';

describe('questions asked during the session, in the plan', () => {
  const workshop = withQuickQuestions(planWorkshop({ initiatives: 3 }), 6);
  const plan = buildPlan(workshop, { paper: 'A4' });
  const book = buildResults(workshop);
  const exported = (title: string) =>
    book.summary.filter((r) => r.exercise === QUICK_QUESTIONS_TITLE && r.activity === title);

  it('lists every question in the order they closed, with who answered', () => {
    expect(plan.quickQuestions.map((q) => q.title)).toEqual(QUICK_ASKED.map((q) => q.question));
    for (const q of plan.quickQuestions) {
      expect(q.readable).toBe(true);
      expect(q.participants).toBe(6);
      expect(q.answered).toBe(exported(q.title)[0]!.answers);
    }
  });

  it('gives the numbers of the results export: the mean, the picks, the dots, the upvotes', () => {
    const [scale, single, multiple, open, dots] = plan.quickQuestions;
    const scaleRow = exported(scale!.title)[1]!;
    expect(scale!.rows[0]!.result).toBe(
      `mean ${scaleRow.mean!.toFixed(1)} · median ${scaleRow.median!.toFixed(1)} · standard deviation ${scaleRow.spread!.toFixed(1)}`,
    );
    for (const q of [single!, multiple!]) {
      const rows = exported(q.title).slice(1);
      expect(q.rows.map((r) => [r.item, r.answers])).toEqual(
        rows.map((r) => [r.item, `${r.answers} ${r.answers === 1 ? 'pick' : 'picks'}`]),
      );
    }
    const dotRows = exported(dots!.title).slice(1);
    expect(dots!.rows.map((r) => r.result)).toEqual(
      dotRows.map((r) => `${r.total} ${r.total === 1 ? 'dot' : 'dots'}`),
    );
    const dotCounts = dotRows.map((r) => r.total!);
    expect(dotCounts).toEqual([...dotCounts].sort((a, b) => b - a));
    const upvotes = open!.rows.map((r) => Number(r.result.split(' ')[0]));
    expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
    expect(open!.rows.length + open!.more).toBe(exported(open!.title).length - 1);
  });

  it('leaves long open-text lists to the export and says how many are left out', () => {
    const big = buildPlan(withQuickQuestions(planWorkshop({ initiatives: 3 }), 40), { paper: 'A4' });
    const open = big.quickQuestions.find((q) => q.title === 'What surprised you today?')!;
    expect(open.rows).toHaveLength(QUICK_ROWS_SHOWN);
    expect(open.more).toBeGreaterThan(0);
  });

  it('is empty without questions asked on the spot', () => {
    expect(buildPlan(planWorkshop({ initiatives: 3 }), { paper: 'A4' }).quickQuestions).toEqual([]);
  });
});
