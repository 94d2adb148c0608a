import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageByCode, type LanguageCode } from './languages';
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

// Each translation is its own chunk, fetched from the app's origin only when chosen.
const translations = import.meta.glob<{ default: Resource[string]['translation'] }>([
  '../../locales/*/translation.json',
  '!../../locales/fr/translation.json',
]);

export function hasTranslation(code: string): boolean {
  return code === REFERENCE_LANGUAGE || `../../locales/${code}/translation.json` in translations;
}

/**
 * Switches to `code`, loading its chunk first. If the chunk cannot be loaded, the guide stays in
 * the language it had (French at first) and the promise rejects, so the caller can say so.
 */
export async function switchLanguage(instance: i18n, code: LanguageCode): Promise<void> {
  if (code !== REFERENCE_LANGUAGE && !instance.hasResourceBundle(code, 'translation')) {
    const load = translations[`../../locales/${code}/translation.json`];
    if (!load) throw new Error(`No translation for ${code}`);
    const module = await load();
    instance.addResourceBundle(code, 'translation', module.default, true, true);
  }
  await instance.changeLanguage(code);
}

/** Keeps `<html lang dir>` in step with the interface language (only validated codes reach here). */
export function applyDocumentLanguage(code: string) {
  const language = languageByCode(code) ?? languageByCode(REFERENCE_LANGUAGE)!;
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}
