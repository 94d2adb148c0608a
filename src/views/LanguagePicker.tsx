import { useRef, useState } from 'react';
import { useWords } from '../i18n/words';
import { LANGUAGES, supportedLanguage, type LanguageCode } from '../i18n/languages';

interface Props {
  current: LanguageCode;
  onChoose: (code: LanguageCode) => void;
}

/**
 * Every language named in itself, in a native select (touch, keyboard, screen reader). A choice
 * made in the opened list (a tap, a click) applies at once; moving through the closed list with
 * the keyboard (arrows, Home, End, or typing a language's first letters) changes nothing until
 * Enter or the "OK" button, which appears for that (RGAA 7.4, WCAG 3.2.2).
 */
export function LanguagePicker({ current, onChoose }: Props) {
  const { t } = useWords();
  const [chosen, setChosen] = useState<LanguageCode>(current);
  const browsing = useRef(false);
  // The page's language changed elsewhere (a kiosk's buttons, a reset): the list follows it.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setChosen(current);
  }
  const apply = (code: LanguageCode) => {
    browsing.current = false;
    if (code !== current) onChoose(code);
  };
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
        value={chosen}
        aria-describedby={chosen !== current ? 'language-apply-hint' : undefined}
        onKeyDown={(event) => {
          // Every key but Enter only moves the choice: type-ahead changes it as arrows do.
          if (event.key === 'Enter') apply(chosen);
          else browsing.current = true;
        }}
        onPointerDown={() => (browsing.current = false)}
        onChange={(event) => {
          const code = supportedLanguage(event.target.value) ?? current;
          setChosen(code);
          if (!browsing.current) apply(code);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.htmlLang} dir={language.dir}>
            {language.nativeName}
          </option>
        ))}
      </select>
      {chosen !== current && (
        <>
          <button
            type="button"
            className="language-apply"
            data-action="apply-language"
            onClick={() => apply(chosen)}
          >
            {t('language.apply')}
          </button>
          <span id="language-apply-hint" className="visually-hidden">
            {t('language.applyHint')}
          </span>
        </>
      )}
    </div>
  );
}
