// Names the console and projector already give — activity kinds (`kind.*` of the screen part) and
// exercise types (`exercise.*.name` of the common part) — come from their catalogues, so the plan
// and the app never name a thing two ways.
import { ACTIVITY_KIND_IDS, type ActivityKindId } from '../../activities/registry';
import type { ExerciseType } from '../../exercises';
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

export const SCREEN_CATALOGUES = {
  en: screenEn,
  de: screenDe,
  fr: screenFr,
  es: screenEs,
  nl: screenNl,
  'pt-BR': screenPtBR,
} as const satisfies Record<string, Catalogue>;

export const COMMON_CATALOGUES = {
  en: commonEn,
  de: commonDe,
  fr: commonFr,
  es: commonEs,
  nl: commonNl,
  'pt-BR': commonPtBR,
} as const satisfies Record<string, Catalogue>;

export type CatalogueLanguage = keyof typeof SCREEN_CATALOGUES;

/** The exercise types, listed here to keep this module off the exercise registry (it imports the plan). */
export const EXERCISE_TYPE_IDS = [
  'centricity-check',
  'definition',
  'burden-journey',
  'push-pull',
  'simplify',
  'action-plan',
  'own',
] as const satisfies readonly ExerciseType[];
// Fails to compile when a new exercise type is missing from the list above.
const everyType: Exclude<ExerciseType, (typeof EXERCISE_TYPE_IDS)[number]> extends never ? true : never =
  true;
void everyType;

/** Each kind's name in the screen catalogue of a language; the catalogue test keeps every key in every language. */
export function kindNames(language: CatalogueLanguage): Record<ActivityKindId, string> {
  const catalogue: Catalogue = SCREEN_CATALOGUES[language];
  return Object.fromEntries(
    ACTIVITY_KIND_IDS.map((kind) => [kind, catalogue[`kind.${kind}`] ?? kind]),
  ) as Record<ActivityKindId, string>;
}

/** Each exercise type's name in the common catalogue of a language. */
export function exerciseTypeNames(language: CatalogueLanguage): Record<ExerciseType, string> {
  const catalogue: Catalogue = COMMON_CATALOGUES[language];
  return Object.fromEntries(
    EXERCISE_TYPE_IDS.map((type) => [type, catalogue[`exercise.${type}.name`] ?? type]),
  ) as Record<ExerciseType, string>;
}
