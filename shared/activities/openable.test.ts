import { describe, expect, it } from 'vitest';
import { cardClassification } from './cardClassification';
import type { AnyActivityKind } from './kind';
import { englishRefusal } from '../protocol/refusals';
import { openProblem, openProblemCodeOf, openProblemOf } from './openable';
import { openText } from './openText';

const sort = (cards: string[]) => ({
  cards: cards.map((id) => ({ id, title: `Card ${id}` })),
  categories: [
    { id: 'push', label: 'Pushed by us' },
    { id: 'pull', label: 'Pulled by customers' },
  ],
  decisive: ['push', 'pull'],
  contestedThreshold: 65,
});

describe('openProblem', () => {
  it('refuses a sort without cards with what to do, and opens one with cards', () => {
    const problem = openProblemOf('card-classification', sort([]));
    expect(problem).toEqual({ code: 'no-cards' });
    expect(englishRefusal(problem!)).toBe(
      'There are no cards to sort yet. Add cards to the sort before opening it: approve proposals first.',
    );
    expect(openProblemOf('card-classification', sort(['c1']))).toBeNull();
    expect(openProblem(cardClassification, sort([]))).toEqual({ code: 'no-cards' });
  });

  it('opens open text, whose items participants make themselves', () => {
    const config = { lists: [{ id: 'l', label: 'Ideas' }], maxLength: 100, maxPerParticipant: 2 };
    expect(openProblem(openText, config)).toBeNull();
    expect(openProblemOf('open-text', config)).toBeNull();
  });

  it('refuses any kind with no items and no word of its own', () => {
    const bare = { ...cardClassification, nothingToAnswer: undefined } as AnyActivityKind;
    const problem = openProblem(bare, sort([]));
    expect(problem).toEqual({ code: 'nothing-to-answer' });
    expect(englishRefusal(problem!)).toBe(
      'This activity has nothing to answer yet. Add to it under Prepare before opening it.',
    );
    expect(openProblem(bare, sort(['c1']))).toBeNull();
  });

  it('names the problem for the console to word it: a sort without cards', () => {
    expect(openProblemCodeOf('card-classification', sort([]))).toBe('no-cards');
    expect(openProblemCodeOf('card-classification', sort(['c1']))).toBeNull();
    expect(openProblemCodeOf('laser-tag', {})).toBeNull();
  });

  it('leaves unknown kinds and configs that do not parse to the hub', () => {
    expect(openProblemOf('laser-tag', {})).toBeNull();
    expect(openProblemOf('card-classification', { cards: 'none' })).toBeNull();
  });
});
