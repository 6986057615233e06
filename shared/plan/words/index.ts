import { de } from './de';
import { en, type PlanWords } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { ptBR } from './pt-BR';

export type { PlanWords } from './en';

/** The languages the plan is written in; any other workshop language gets the English plan. */
export const PLAN_WORDS = { en, de, fr, es, nl, 'pt-BR': ptBR } satisfies Record<string, PlanWords>;
export type PlanLanguage = keyof typeof PLAN_WORDS;

export function isPlanLanguage(tag: string): tag is PlanLanguage {
  return Object.hasOwn(PLAN_WORDS, tag);
}

export function planWords(language: string): PlanWords {
  return isPlanLanguage(language) ? PLAN_WORDS[language] : en;
}
