import { planLanguage } from '../../plan/language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { ptBR } from './pt-BR';
import type { ResultsWords } from './types';

export * from './types';

/** The languages the results are written in: the plan's. */
export const RESULTS_WORDS = { en, de, fr, es, nl, 'pt-BR': ptBR } satisfies Record<string, ResultsWords>;

/**
 * The results' language for a workshop: the plan's, so a workshop in a language the plan is not
 * written in (Arabic runs on phones and projector only) gets English results, as it gets the English PDF.
 */
export const resultsLanguage = (workshop: object): string => planLanguage(workshop);

export function resultsWords(language: string): ResultsWords {
  return Object.hasOwn(RESULTS_WORDS, language) ? RESULTS_WORDS[language as keyof typeof RESULTS_WORDS] : en;
}
