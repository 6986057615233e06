import { describe, expect, it } from 'vitest';
import { initiativeNumbers } from './numbering';

describe('initiativeNumbers', () => {
  it('numbers initiatives from 1 in the order they were added', () => {
    const numbers = initiativeNumbers([{ id: 'b' }, { id: 'a' }, { id: 'c' }]);
    expect([...numbers]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('keeps a number when later initiatives are removed', () => {
    const before = initiativeNumbers([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const after = initiativeNumbers([{ id: 'a' }, { id: 'b' }]);
    expect(after.get('b')).toBe(before.get('b'));
  });
});
