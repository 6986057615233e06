import { describe, expect, it } from 'vitest';
import { countOf, type OpenTextWording } from './openTextWords';

const cards = (one: string, many: string): OpenTextWording => ({ one, many, written: '', placeholder: '' });

describe('countOf', () => {
  it('takes the singular where the language says one, not only for 1', () => {
    expect(countOf(1, cards('card', 'cards'))).toBe('1 card');
    expect(countOf(0, cards('card', 'cards'))).toBe('0 cards');
    // French counts 0 and 1 as one.
    expect(countOf(0, cards('carte', 'cartes'), 'fr')).toBe('0 carte');
    expect(countOf(2, cards('carte', 'cartes'), 'fr')).toBe('2 cartes');
    expect(countOf(1, cards('Karte', 'Karten'), 'de')).toBe('1 Karte');
  });

  it('writes the number in the locale', () => {
    expect(countOf(1500, cards('Karte', 'Karten'), 'de')).toBe('1.500 Karten');
  });
});
