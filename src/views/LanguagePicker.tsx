import { useTranslation } from 'react-i18next';
import { LANGUAGES, supportedLanguage, type LanguageCode } from '../i18n/languages';

interface Props {
  current: LanguageCode;
  onChoose: (code: LanguageCode) => void;
}

/** Every language named in itself; a native select works by touch, keyboard and screen reader. */
export function LanguagePicker({ current, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <div className="language-picker">
      <label htmlFor="language-select">
        <svg className="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" />
        </svg>
        <span className="label-text">{t('language.label')}</span>
      </label>
      <select
        id="language-select"
        value={current}
        onChange={(event) => {
          const code = supportedLanguage(event.target.value);
          if (code) onChoose(code);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.htmlLang} dir={language.dir}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
