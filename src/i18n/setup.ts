import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { REFERENCE_LANGUAGE, reference } from './resources';

/** A fresh i18next instance with the French reference loaded synchronously (no flash of keys). */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: REFERENCE_LANGUAGE,
    fallbackLng: REFERENCE_LANGUAGE,
    resources: { [REFERENCE_LANGUAGE]: { translation: reference } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}
