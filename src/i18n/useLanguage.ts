// The interface language: chosen from `?lang=`, else the browser's preferences, else French;
// switching keeps every answer (they live in the fragment, the language in the query).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWords } from './words';
import { chooseLanguage, supportedLanguage, type LanguageCode } from './languages';
import { applyDocumentLanguage, switchLanguage } from './setup';

/**
 * The language the page is to be shown in at start: `?lang=`, else the browser's preferences
 * (not on a kiosk, see below), else French.
 */
export function startingLanguage(kiosk: boolean): LanguageCode {
  return chooseLanguage(window.location.search, kiosk ? [] : navigator.languages);
}

/**
 * On a kiosk (`kiosk`), the browser's preferences are ignored (its language is the `lang`
 * parameter, else French) and a choice is not written to the URL: a reset or a reload comes back
 * to the kiosk's own language, not to the last person's.
 */
export function useLanguage(options: { kiosk?: boolean } = {}) {
  const kiosk = options.kiosk ?? false;
  const { i18n } = useWords();
  const [failed, setFailed] = useState(false);
  const current = supportedLanguage(i18n.resolvedLanguage) ?? 'fr';

  const load = useCallback(
    async (code: LanguageCode) => {
      try {
        await switchLanguage(i18n, code);
        setFailed(false);
      } catch {
        // The chunk could not be fetched (offline, blocked): stay in French, say so.
        await i18n.changeLanguage('fr');
        setFailed(true);
      }
    },
    [i18n],
  );

  const choose = useCallback(
    (code: LanguageCode) => {
      if (!kiosk) {
        const url = new URL(window.location.href);
        url.searchParams.set('lang', code);
        window.history.replaceState(window.history.state, '', url);
      }
      void load(code);
    },
    [load, kiosk],
  );

  // Once, at start-up: react-i18next hands out a new `i18n` at each change of language, and a
  // kiosk's URL does not follow the choices (re-running would undo them).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const wanted = startingLanguage(kiosk);
    // Loading a chunk is an external system to sync with; its result lands after an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wanted !== i18n.resolvedLanguage) void load(wanted);
  }, [i18n, load, kiosk]);

  useEffect(() => {
    applyDocumentLanguage(current);
  }, [current]);

  return { current, choose, failed, dismissFailure: () => setFailed(false) };
}
