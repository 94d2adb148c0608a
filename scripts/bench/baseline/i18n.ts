// i18next with both languages bundled, read through react-i18next, as the guide reads its words.
import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { WORDS, type WordKey } from './words';

export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: { fr: { translation: WORDS.fr }, ar: { translation: WORDS.ar } },
    keySeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/**
 * `t` for the baseline's own keys. The guide types `t()` against its French file for the whole
 * TypeScript project (src/i18n/i18next.d.ts); these keys are typed by `WordKey` instead.
 */
export function useWords() {
  const { t, i18n } = useTranslation();
  const translate: (key: never, values?: never) => unknown = t;
  const say = (key: WordKey, values?: Record<string, string | number>) =>
    String(translate(key as never, values as never));
  return { say, i18n };
}
