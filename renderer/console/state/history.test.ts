import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from './history';

describe('undo history', () => {
  it('undoes every recorded change in reverse order and redoes them again', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (values) => {
        let history = startHistory(-1);
        for (const v of values) history = record(history, v);
        const seen: number[] = [];
        for (let i = 0; i < values.length; i++) {
          history = undo(history);
          seen.push(history.present);
        }
        expect(seen).toEqual([...values.slice(0, -1)].reverse().concat(-1));
        for (let i = 0; i < values.length; i++) history = redo(history);
        expect(history.present).toBe(values.at(-1));
      }),
    );
  });

  it('forgets the redo branch after a new change and keeps at most the limit', () => {
    let history = record(record(startHistory('a'), 'b'), 'c');
    history = record(undo(history), 'd');
    expect(redo(history).present).toBe('d');
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) history = record(history, `x${i}`);
    expect(history.past.length).toBe(HISTORY_LIMIT);
  });
});
