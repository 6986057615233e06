import { describe, expect, it } from 'vitest';
import { CONSOLE_LANGUAGES } from '../../shared/languages';
import { MENU_WORDS, isConsoleLanguage, menuWords, type MenuWords } from './menuWords';

/** Every word of a table, functions called with a sample (a size for megabytes), in a stable order. */
function flat(words: MenuWords): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function')
      out.push(String((value as (sample: unknown) => string)(key === 'megabytes' ? 1572864 : 'Outside-In')));
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([inner, v]) => walk(v, inner));
  };
  walk(words, '');
  return out;
}

describe('the shell’s words per console language', () => {
  it('has every word, none blank, in every language the console speaks', () => {
    const english = flat(MENU_WORDS.en);
    for (const language of CONSOLE_LANGUAGES) {
      const words = flat(MENU_WORDS[language]);
      expect(words, language).toHaveLength(english.length);
      for (const word of words) expect(word.trim(), language).not.toBe('');
    }
  });

  it('words the German dialogs in German', () => {
    const { dialogs } = menuWords('de');
    expect(dialogs.save.pdf).toBe('Aktionsplan speichern (PDF)');
    expect(dialogs.open.workshop).toBe('Workshop importieren');
    expect([dialogs.replace, dialogs.cancel]).toEqual(['Ersetzen', 'Abbrechen']);
    expect(dialogs.exists('plan.pdf')).toContain('„plan.pdf“');
    // Only the names of products and formats may read the same as in English.
    const same = flat(MENU_WORDS.de).filter((word, k) => word === flat(MENU_WORDS.en)[k]);
    expect(same).toEqual([]);
  });

  it('knows the console’s languages only, and words anything else in English', () => {
    expect(CONSOLE_LANGUAGES.every(isConsoleLanguage)).toBe(true);
    for (const other of ['ar', 'en-XA', 'DE', '', null, 3]) expect(isConsoleLanguage(other)).toBe(false);
    expect(menuWords('ar')).toBe(MENU_WORDS.en);
  });
});
