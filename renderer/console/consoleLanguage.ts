import { CONSOLE_LANGUAGES, languageOf, type ConsoleLanguage } from '../../shared/languages';
import { isUiLanguage, type UiLanguage } from '../i18n';

const KEY = 'outside-in.console-language';

function isConsoleLanguage(value: string | null): value is ConsoleLanguage {
  return !!value && (CONSOLE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The facilitator's choice, else the system's language when the console speaks it, else English;
 * the app's menu is told to speak it too. `?lang=en-XA` shows the pseudo-locale (tests, rehearsals).
 */
export function consoleLanguage(): UiLanguage {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en-XA' && isUiLanguage(asked)) return tellShell('en', asked);
  const stored = readStored();
  if (isConsoleLanguage(stored)) return tellShell(stored, stored);
  const system = languageOf(navigator.language);
  const language = isConsoleLanguage(system) ? system : 'en';
  return tellShell(language, language);
}

export function storeConsoleLanguage(language: ConsoleLanguage): void {
  tellShell(language, language);
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private windows may refuse storage: the choice holds until the window closes.
  }
}

/** The Electron shell words its menu in `language`; in a browser there is no shell to tell. */
function tellShell<T>(language: ConsoleLanguage, shown: T): T {
  // The menu is a nicety: a refusal must not stop the console from starting.
  window.outsideIn?.setConsoleLanguage(language).catch(() => {});
  return shown;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
