import { describe, expect, it } from 'vitest';
import { ACTIVITY_KIND_IDS } from '../../activities/registry';
import { EXERCISE_TEMPLATES } from '../../exercises';
import { PLAN_WORDS } from '.';
import commonDe from '../../../renderer/i18n/messages/common/de.json';
import commonEn from '../../../renderer/i18n/messages/common/en.json';
import commonEs from '../../../renderer/i18n/messages/common/es.json';
import commonFr from '../../../renderer/i18n/messages/common/fr.json';
import commonNl from '../../../renderer/i18n/messages/common/nl.json';
import commonPtBR from '../../../renderer/i18n/messages/common/pt-BR.json';
import screenDe from '../../../renderer/i18n/messages/screen/de.json';
import screenEn from '../../../renderer/i18n/messages/screen/en.json';
import screenEs from '../../../renderer/i18n/messages/screen/es.json';
import screenFr from '../../../renderer/i18n/messages/screen/fr.json';
import screenNl from '../../../renderer/i18n/messages/screen/nl.json';
import screenPtBR from '../../../renderer/i18n/messages/screen/pt-BR.json';

type Catalogue = Readonly<Record<string, string>>;

const SCREEN_CATALOGUES = {
  en: screenEn,
  de: screenDe,
  fr: screenFr,
  es: screenEs,
  nl: screenNl,
  'pt-BR': screenPtBR,
} as const satisfies Record<string, Catalogue>;

const COMMON_CATALOGUES = {
  en: commonEn,
  de: commonDe,
  fr: commonFr,
  es: commonEs,
  nl: commonNl,
  'pt-BR': commonPtBR,
} as const satisfies Record<string, Catalogue>;

// The plan is made in Node, which cannot load the compiled catalogues, so it keeps its own copy of
// these names; this test keeps the copy equal to the catalogues the console and projector read.
describe('the plan names kinds and exercise types as the app’s catalogues do', () => {
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
    for (const [language, words] of Object.entries(PLAN_WORDS)) {
      const catalogue: Record<string, string> = COMMON_CATALOGUES[language as keyof typeof COMMON_CATALOGUES];
      for (const type of EXERCISE_TEMPLATES.map((t) => t.type)) {
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
