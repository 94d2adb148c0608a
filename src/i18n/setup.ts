import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageByCode, type LanguageCode } from './languages';
import { REFERENCE_LANGUAGE, referenceCore, type LocalePart } from './resources';

type Words = Record<string, unknown>;

// Parts of the French reference fetched after start-up (results, kiosk, overview). Every
// i18next instance gets them, including instances created later.
const frenchParts = new Map<LocalePart, Words>();
const instances = new Set<i18n>();

/** A fresh i18next instance with the French reference loaded synchronously (no flash of keys). */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: REFERENCE_LANGUAGE,
    fallbackLng: REFERENCE_LANGUAGE,
    resources: { [REFERENCE_LANGUAGE]: { translation: referenceCore } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  for (const words of frenchParts.values())
    instance.addResourceBundle('fr', 'translation', words, true, true);
  instances.add(instance);
  return instance;
}

const FRENCH_PARTS = {
  results: () => import('../../locales/fr/results.json'),
  overview: () => import('../../locales/fr/overview.json'),
  kiosk: () => import('../../locales/fr/kiosk.json'),
} satisfies Record<Exclude<LocalePart, 'translation'>, () => Promise<{ default: Words }>>;

/** Adds a part of the French reference to every instance (fetching it once). */
export async function loadFrenchPart(part: keyof typeof FRENCH_PARTS): Promise<void> {
  if (frenchParts.has(part)) return;
  const words = (await FRENCH_PARTS[part]()).default;
  addFrenchPart(part, words);
}

/** The same, for words already at hand (tests, and pages that bundle them). */
export function addFrenchPart(part: LocalePart, words: Words) {
  frenchParts.set(part, words);
  for (const instance of instances) instance.addResourceBundle('fr', 'translation', words, true, true);
}

// Each translation is a few chunks, fetched from the app's origin only when chosen.
const translations = import.meta.glob<{ default: Words }>([
  '../../locales/*/*.json',
  '!../../locales/fr/*.json',
]);

function partsOf(code: string) {
  return Object.entries(translations).filter(([path]) => path.startsWith(`../../locales/${code}/`));
}

/**
 * Switches to `code`, loading its chunks first. If they cannot be loaded, the guide stays in the
 * language it had (French at first) and the promise rejects, so the caller can say so.
 */
export async function switchLanguage(instance: i18n, code: LanguageCode): Promise<void> {
  if (code !== REFERENCE_LANGUAGE && !instance.hasResourceBundle(code, 'translation')) {
    const parts = partsOf(code);
    if (parts.length === 0) throw new Error(`No translation for ${code}`);
    const loaded = await Promise.all(parts.map(([, load]) => load()));
    for (const words of loaded) instance.addResourceBundle(code, 'translation', words.default, true, true);
  }
  await instance.changeLanguage(code);
}

/** Keeps `<html lang dir>` in step with the interface language (only validated codes reach here). */
export function applyDocumentLanguage(code: string) {
  const language = languageByCode(code) ?? languageByCode(REFERENCE_LANGUAGE)!;
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}
