import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenTextResult } from '../../activities/openText';
import { readWorkshopFile, writeWorkshopFile } from '../../workshop/file';
import { findExercise, newWorkshop } from '../../workshop/schema';
import { definitionSchema, EMPTY_CURATION } from './schema';
import {
  curateStatements,
  insertStatement,
  mergeStatements,
  setStatementHidden,
  unmergeStatement,
} from './curation';

const LISTS = ['means', 'not-means'];

const result: OpenTextResult = {
  lists: [
    {
      id: 'means',
      statements: [
        { id: 'a', text: 'Everyone talks to customers', upvotes: 5 },
        { id: 'b', text: 'We listen first', upvotes: 3 },
        { id: 'c', text: 'All of us talk with customers', upvotes: 2 },
        { id: 'd', text: 'We learn from complaints', upvotes: 2 },
      ],
    },
    {
      id: 'not-means',
      statements: [
        { id: 'x', text: 'Doing whatever a customer asks', upvotes: 4 },
        { id: 'y', text: 'Giving everything away for free', upvotes: 1 },
      ],
    },
  ],
  statements: 6,
  writers: 4,
};

const texts = (list: { statements: Array<{ text: string; upvotes: number }> }) =>
  list.statements.map((s) => `${s.text} (${s.upvotes})`);

describe('curateStatements', () => {
  it('without curation gives the room’s ranking unchanged', () => {
    const [means, notMeans] = curateStatements(LISTS, result);
    expect(means!.statements.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(notMeans!.statements.map((s) => s.id)).toEqual(['x', 'y']);
    expect(means!.hidden).toEqual([]);
  });

  it('sums the upvotes of merged statements and ranks the merge by the total', () => {
    const curation = mergeStatements(EMPTY_CURATION, ['c', 'b'], 'means', 'We listen to customers', 'm1');
    const [means] = curateStatements(LISTS, result, curation);
    expect(texts(means!)).toEqual([
      'Everyone talks to customers (5)',
      'We listen to customers (5)',
      'We learn from complaints (2)',
    ]);
    expect(means!.statements[1]!.mergedFrom.map((s) => s.id)).toEqual(['b', 'c']);
  });

  it('moves hidden statements aside and brings them back', () => {
    const hidden = setStatementHidden(EMPTY_CURATION, 'c', true);
    const [means] = curateStatements(LISTS, result, hidden);
    expect(means!.statements.map((s) => s.id)).toEqual(['a', 'b', 'd']);
    expect(means!.hidden.map((s) => s.id)).toEqual(['c']);
    const shown = setStatementHidden(hidden, 'c', false);
    expect(curateStatements(LISTS, result, shown)[0]!.statements).toHaveLength(4);
  });

  it('flattens a merge of a merge and can undo it', () => {
    const first = mergeStatements(EMPTY_CURATION, ['a', 'c'], 'means', 'We talk with customers', 'm1');
    const second = mergeStatements(
      first,
      ['m1', 'd'],
      'means',
      'We talk with and learn from customers',
      'm2',
    );
    expect(second.merges).toEqual([
      { id: 'm2', list: 'means', text: 'We talk with and learn from customers', from: ['a', 'c', 'd'] },
    ]);
    expect(curateStatements(LISTS, result, second)[0]!.statements[0]).toMatchObject({ id: 'm2', upvotes: 9 });
    const undone = unmergeStatement(second, 'm2');
    expect(curateStatements(LISTS, result, undone)[0]!.statements).toHaveLength(4);
  });

  it('does not merge fewer than two statements or an empty text', () => {
    expect(mergeStatements(EMPTY_CURATION, ['a'], 'means', 'Alone')).toBe(EMPTY_CURATION);
    expect(mergeStatements(EMPTY_CURATION, ['a', 'b'], 'means', '   ')).toBe(EMPTY_CURATION);
  });

  it('drops merges whose statements are not in the results and shows nothing without results', () => {
    const stale = mergeStatements(EMPTY_CURATION, ['gone1', 'gone2'], 'means', 'Old run', 'm9');
    expect(curateStatements(LISTS, result, stale)[0]!.statements.map((s) => s.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(curateStatements(LISTS, null, stale)).toEqual([
      { id: 'means', statements: [], hidden: [] },
      { id: 'not-means', statements: [], hidden: [] },
    ]);
  });

  it('never loses or double-counts an upvote, whatever is merged or hidden', () => {
    const ids = result.lists.flatMap((l) => l.statements.map((s) => s.id));
    const total = result.lists.flatMap((l) => l.statements).reduce((sum, s) => sum + s.upvotes, 0);
    const step = fc.oneof(
      fc.record({
        merge: fc.subarray(ids, { minLength: 2 }),
        text: fc.string({ minLength: 1, maxLength: 20 }),
      }),
      fc.record({ hide: fc.constantFrom(...ids), on: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        let curation = EMPTY_CURATION;
        let n = 0;
        for (const s of steps) {
          if ('merge' in s) curation = mergeStatements(curation, s.merge, 'means', `x${s.text}`, `m${n++}`);
          else curation = setStatementHidden(curation, s.hide, s.on);
        }
        const curated = curateStatements(LISTS, result, curation);
        const all = curated.flatMap((l) => [...l.statements, ...l.hidden]);
        expect(all.reduce((sum, s) => sum + s.upvotes, 0)).toBe(total);
        const sources = all.flatMap((s) => (s.mergedFrom.length ? s.mergedFrom.map((m) => m.id) : [s.id]));
        expect([...sources].sort()).toEqual([...ids].sort());
        for (const list of curated) {
          const ups = list.statements.map((s) => s.upvotes);
          expect(ups).toEqual([...ups].sort((a, b) => b - a));
        }
      }),
    );
  });
});

describe('insertStatement', () => {
  it('adds a statement on its own line, once', () => {
    const once = insertStatement('', 'We listen first');
    expect(once).toBe('We listen first');
    const twice = insertStatement(`${once}\n`, 'Everyone   talks to customers ');
    expect(twice).toBe('We listen first\nEveryone talks to customers');
    expect(insertStatement(twice, 'We listen first')).toBe(twice);
  });

  it('leaves the definition as it is when the statement would not fit', () => {
    const full = 'x'.repeat(1995);
    expect(insertStatement(full, 'We listen first')).toBe(full);
  });
});

describe('curation in the workshop file', () => {
  it('survives export and import, and a definition without curation still reads', () => {
    const workshop = newWorkshop('Curated');
    const definition = findExercise(workshop, 'definition')!;
    definition.curation = mergeStatements(
      setStatementHidden(EMPTY_CURATION, 'y', true),
      ['a', 'c'],
      'means',
      'We talk',
      'm1',
    );
    definition.definition = { means: 'We talk with customers', notMeans: 'Doing whatever they ask' };
    expect(readWorkshopFile(writeWorkshopFile(workshop))).toEqual({ ok: true, workshop });
    const { curation: _none, ...old } = definition;
    expect(definitionSchema.safeParse(old).success).toBe(true);
  });
});
