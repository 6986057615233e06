import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amend, HISTORY_LIMIT, record, redo, redoStep, startHistory, undo, undoStep } from './history';

describe('undo history', () => {
  it('undoes every recorded change in reverse order and redoes them again', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 30 }), (values) => {
        let history = startHistory(-1);
        for (const v of values) history = record(history, v);
        // Recording the value already present is not a change, so it is no undo step.
        const states = [-1];
        for (const v of values) if (v !== states.at(-1)) states.push(v);
        const seen: number[] = [];
        for (let i = 1; i < states.length; i++) {
          history = undo(history);
          seen.push(history.present);
        }
        expect(seen).toEqual(states.slice(0, -1).reverse());
        expect(undo(history)).toBe(history);
        for (let i = 1; i < states.length; i++) history = redo(history);
        expect(history.present).toBe(states.at(-1));
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

describe('labelled steps', () => {
  it('names the step undo takes back and redo makes again, through undo and redo', () => {
    let history = startHistory('start');
    expect(undoStep(history)).toBeNull();
    history = record(history, 'moved', { label: 'move of “Loyalty app”', scope: 'board:sort' });
    history = record(history, 'renamed', { label: 'rename' });
    expect(undoStep(history)).toEqual({ label: 'rename' });
    history = undo(history);
    expect(history.present).toBe('moved');
    expect(undoStep(history)).toEqual({ label: 'move of “Loyalty app”', scope: 'board:sort' });
    expect(redoStep(history)).toEqual({ label: 'rename' });
    history = undo(history);
    expect(history.present).toBe('start');
    expect(undoStep(history)).toBeNull();
    expect(redoStep(history)).toEqual({ label: 'move of “Loyalty app”', scope: 'board:sort' });
    history = redo(history);
    expect(undoStep(history)?.scope).toBe('board:sort');
  });

  it('keeps the step of a present amended by typing in the same field', () => {
    const history = amend(record(startHistory('a'), 'ab', { label: 'typing' }), 'abc');
    expect(history.present).toBe('abc');
    expect(undoStep(history)).toEqual({ label: 'typing' });
    expect(undo(history).present).toBe('a');
  });
});
