/**
 * The language the plan is written in, as a BCP 47 tag: the PDF's /Lang and its XMP say it, so
 * a screen reader reads the plan with the right voice. Workshops have no language of their own
 * yet; the plan's wording is English. A workshop's `language`, once it has one, is used here.
 */
export const DEFAULT_PLAN_LANGUAGE = 'en';

export function planLanguage(workshop: object): string {
  const tag = 'language' in workshop && typeof workshop.language === 'string' ? workshop.language.trim() : '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : DEFAULT_PLAN_LANGUAGE;
}
