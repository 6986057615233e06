import { isPlanLanguage } from './words';

/**
 * The language the plan is written in, as a BCP 47 tag: the PDF's /Lang and its XMP say it, so
 * a screen reader reads the plan with the right voice. A workshop in a language the plan is not
 * written in (Arabic runs on phones and projector only) gets the English plan, and says so.
 */
export const DEFAULT_PLAN_LANGUAGE = 'en';

export function planLanguage(workshop: object): string {
  const tag = 'language' in workshop && typeof workshop.language === 'string' ? workshop.language.trim() : '';
  return isPlanLanguage(tag) ? tag : DEFAULT_PLAN_LANGUAGE;
}
