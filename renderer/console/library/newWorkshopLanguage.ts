import type { Language } from '../../../shared/languages';
import type { Workshop } from '../../../shared/workshop/schema';
import type { UiLanguage } from '../../i18n';

/** The room language the console's language stands for: the pseudo-locale is English underneath. */
export function roomLanguageOf(console: UiLanguage): Language {
  return console === 'en-XA' ? 'en' : console;
}

/**
 * The language New workshop offers first: the template's when it has one (its content is written
 * in it), else the console's, so a German facilitator starts a German workshop without choosing.
 */
export function defaultWorkshopLanguage(console: UiLanguage, template: Workshop | null): Language {
  return template?.language ?? roomLanguageOf(console);
}
