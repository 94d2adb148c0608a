// The interface language: chosen from `?lang=`, else the browser's preferences, else French;
// switching keeps every answer (they live in the fragment, the language in the query).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, supportedLanguage, type LanguageCode } from './languages';
import { applyDocumentLanguage, switchLanguage } from './setup';

export function useLanguage() {
  const { i18n } = useTranslation();
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
      const url = new URL(window.location.href);
      url.searchParams.set('lang', code);
      window.history.replaceState(window.history.state, '', url);
      void load(code);
    },
    [load],
  );

  useEffect(() => {
    const wanted = chooseLanguage(window.location.search, navigator.languages);
    // Loading a chunk is an external system to sync with; its result lands after an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wanted !== i18n.resolvedLanguage) void load(wanted);
  }, [i18n, load]);

  useEffect(() => {
    applyDocumentLanguage(current);
  }, [current]);

  return { current, choose, failed, dismissFailure: () => setFailed(false) };
}
