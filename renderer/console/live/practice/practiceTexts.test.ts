import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../shared/languages';
import { PRACTICE_TEXTS, practiceTexts } from './practiceTexts';

describe('what practice participants write', () => {
  it('has every list in every room language, as many lines as in English, none left in English', () => {
    const en = PRACTICE_TEXTS.en;
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const bank = PRACTICE_TEXTS[language];
      expect(Object.keys(bank).sort(), language).toEqual(Object.keys(en).sort());
      for (const [list, lines] of Object.entries(en)) {
        expect(bank[list], `${language} ${list}`).toHaveLength(lines.length);
        expect(
          bank[list]!.filter((line) => lines.includes(line)),
          `${language} ${list}`,
        ).toEqual([]);
        // Person n writes line n: two people never write the same line.
        expect(new Set(bank[list]).size).toBe(lines.length);
      }
    }
  });

  it('numbers ideas in the room’s language for a list the banks do not cover', () => {
    const activity = {
      config: {
        lists: [
          { id: 'means', label: 'Means' },
          { id: 'q7', label: 'Wünsche' },
        ],
      },
    };
    const texts = practiceTexts('de', activity, 2);
    expect(texts.means).toBe(PRACTICE_TEXTS.de.means);
    expect(texts.q7).toEqual(['Wünsche: Idee 1', 'Wünsche: Idee 2', 'Wünsche: Idee 3']);
    expect(practiceTexts('en', { config: {} }, 0)).toEqual(PRACTICE_TEXTS.en);
  });
});
