import { t } from '../i18n';
import { LANGUAGE_NAMES, LANGUAGES, languageSchema, type Language } from '../../shared/languages';

/** The room's language: what phones and the projector speak. Arabic reaches them only. */
export function LanguageSelect({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <label className="field">
      <span>{t('console.roomLanguage.label')}</span>
      <select
        className="input"
        value={value}
        data-testid="workshop-language"
        onChange={(e) => {
          const parsed = languageSchema.safeParse(e.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {language === 'ar'
              ? t('console.roomLanguage.phonesOnly', { language: LANGUAGE_NAMES[language] })
              : LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
