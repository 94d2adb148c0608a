import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '../i18n/languages';

/** On a kiosk's start screen: every language as a big button, each named in itself. */
export function KioskLanguages({
  current,
  onChoose,
}: {
  current: LanguageCode;
  onChoose: (code: LanguageCode) => void;
}) {
  // Renders once the kiosk's words are there (fetched with the kiosk mode, see useKiosk).
  const { t, ready } = useTranslation('kiosk');
  if (!ready) return null;
  return (
    <div className="kiosk-languages" role="group" aria-labelledby="kiosk-languages-label">
      <p id="kiosk-languages-label" className="kiosk-languages-label">
        <svg className="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" />
        </svg>
        {t('kiosk.languages')}
      </p>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="kiosk-language"
              lang={language.htmlLang}
              dir={language.dir}
              aria-pressed={current === language.code}
              data-language={language.code}
              onClick={() => onChoose(language.code)}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
