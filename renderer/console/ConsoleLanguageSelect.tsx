import { CONSOLE_LANGUAGES, LANGUAGE_NAMES } from '../../shared/languages';
import { loadLanguage, t, useUiLanguage } from '../i18n';
import { storeConsoleLanguage } from './consoleLanguage';

/** The facilitator's own language, apart from the room's: each workshop chooses that. */
export function ConsoleLanguageSelect() {
  const shown = useUiLanguage();
  return (
    <label className="console-language">
      <span className="visually-hidden">{t('console.language')}</span>
      <select
        className="input"
        value={shown}
        title={t('console.language')}
        data-testid="console-language"
        onChange={(e) => {
          const chosen = CONSOLE_LANGUAGES.find((l) => l === e.target.value);
          if (!chosen) return;
          storeConsoleLanguage(chosen);
          void loadLanguage(chosen);
        }}
      >
        {shown === 'en-XA' && <option value={shown}>{shown}</option>}
        {CONSOLE_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
