import { CONSOLE_LANGUAGES, languageOf, type ConsoleLanguage } from '../../shared/languages';
import { isUiLanguage, type UiLanguage } from '../i18n';

const KEY = 'outside-in.console-language';

function isConsoleLanguage(value: string | null): value is ConsoleLanguage {
  return !!value && (CONSOLE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The facilitator's choice, else the system's language when the console speaks it, else English.
 * `?lang=en-XA` shows the pseudo-locale (tests, rehearsals).
 */
export function consoleLanguage(): UiLanguage {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en-XA' && isUiLanguage(asked)) return asked;
  const stored = readStored();
  if (isConsoleLanguage(stored)) return stored;
  const system = languageOf(navigator.language);
  return isConsoleLanguage(system) ? system : 'en';
}

export function storeConsoleLanguage(language: ConsoleLanguage): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private windows may refuse storage: the choice holds until the window closes.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
