import { describe, expect, it } from 'vitest';
import { ACTIVITY_KIND_IDS } from '../../activities/registry';
import { EXERCISE_TEMPLATES } from '../../exercises';
import { PLAN_WORDS } from '.';
import { COMMON_CATALOGUES, EXERCISE_TYPE_IDS, SCREEN_CATALOGUES } from './catalogueNames';

describe('kinds and exercise types are named once, in the app’s catalogues', () => {
  it('gives the plan, in every language it is written in, the kind names the projector and console use', () => {
    expect(Object.keys(SCREEN_CATALOGUES).sort()).toEqual(Object.keys(PLAN_WORDS).sort());
    for (const [language, words] of Object.entries(PLAN_WORDS)) {
      const catalogue: Record<string, string> = SCREEN_CATALOGUES[language as keyof typeof SCREEN_CATALOGUES];
      for (const kind of ACTIVITY_KIND_IDS) {
        const name = catalogue[`kind.${kind}`];
        expect(name, `${language} kind.${kind}`).toBeTruthy();
        expect(words.kinds[kind]).toBe(name);
        // Read as plain text by the plan: a name with ICU syntax would print its braces.
        expect(name).not.toMatch(/[{}#']/);
      }
    }
  });

  it('gives the plan the exercise type names of the console, for every type there is', () => {
    expect([...EXERCISE_TYPE_IDS].sort()).toEqual(EXERCISE_TEMPLATES.map((t) => t.type).sort());
    for (const [language, words] of Object.entries(PLAN_WORDS)) {
      const catalogue: Record<string, string> = COMMON_CATALOGUES[language as keyof typeof COMMON_CATALOGUES];
      for (const type of EXERCISE_TYPE_IDS) {
        const name = catalogue[`exercise.${type}.name`];
        expect(name, `${language} exercise.${type}.name`).toBeTruthy();
        expect(words.exerciseTypes[type]).toBe(name);
        expect(name).not.toMatch(/[{}#]/);
      }
    }
    expect(PLAN_WORDS.en.exerciseTypes).toEqual(
      Object.fromEntries(EXERCISE_TEMPLATES.map((t) => [t.type, t.name])),
    );
  });

  it('names the kinds in the language itself (no English name left in another language)', () => {
    for (const [language, words] of Object.entries(PLAN_WORDS)) {
      if (language === 'en') continue;
      for (const kind of ACTIVITY_KIND_IDS) expect(words.kinds[kind]).not.toBe(PLAN_WORDS.en.kinds[kind]);
    }
  });
});
