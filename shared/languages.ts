// zod/mini, as the protocol: the phone imports this.
import * as z from 'zod/mini';

/** The languages a workshop can run in. Arabic covers the phones and the projector only. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'pt-BR', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** Each language in its own words: how a participant finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
  'pt-BR': 'Português (Brasil)',
  ar: 'العربية',
};

/** The console's languages: every room language but Arabic, which reaches phones and projector only. */
export const CONSOLE_LANGUAGES = LANGUAGES.filter((l) => l !== 'ar') as readonly Exclude<Language, 'ar'>[];
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isRightToLeft(language: string): boolean {
  return language === 'ar';
}

/** The offered language for a browser's tag (`de-AT` → `de`, `pt` → `pt-BR`), or null. */
export function languageOf(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === base) ?? null;
}
