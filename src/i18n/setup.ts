// i18next with one namespace per locale file and a lazy backend: a namespace is fetched, for the
// language shown and for French behind it, the first time a screen asks for it
// (`loadNamespace`); switching language fetches the namespaces already in use. Only the French
// start screen and questions are bundled, so the first screen needs no request.
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageByCode, type LanguageCode } from './languages';
import { NAMESPACES, REFERENCE_LANGUAGE, referenceCore, type Namespace } from './resources';

type Words = Record<string, unknown>;

// Each file a chunk of its own, fetched from the app's origin only when needed.
const files = import.meta.glob<{ default: Words }>([
  '../../locales/*/*.json',
  '!../../locales/fr/translation.json',
]);

const lazyFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const load = files[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      done(new Error(`No ${namespace} words for ${language}`), false);
      return;
    }
    load().then(
      (module) => done(null, module.default),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** A fresh i18next instance, French questions loaded synchronously (no flash of keys). */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(lazyFiles)
    .use(initReactI18next)
    .init({
      lng: REFERENCE_LANGUAGE,
      fallbackLng: REFERENCE_LANGUAGE,
      ns: ['translation'],
      defaultNS: 'translation',
      fallbackNS: NAMESPACES.filter((ns) => ns !== 'translation'),
      resources: { [REFERENCE_LANGUAGE]: { translation: referenceCore } },
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      react: { useSuspense: false },
    });
  return instance;
}

/** French words a page bundles itself (the overview shows every outcome at once; tests read them). */
export function addFrenchNamespaces(instance: i18n, words: Partial<Record<Namespace, Words>>) {
  for (const [namespace, bundle] of Object.entries(words)) {
    instance.addResourceBundle(REFERENCE_LANGUAGE, namespace, bundle, true, true);
  }
  // In use from now on: a switch of language fetches them in the new language too.
  void instance.loadNamespaces(Object.keys(words));
}

/** Whether a namespace's words are there for French and for `language` (the one shown by default). */
function hasWords(instance: i18n, namespace: Namespace, language: string = instance.language): boolean {
  return [...new Set([REFERENCE_LANGUAGE, language])].every((code) =>
    instance.hasResourceBundle(code, namespace),
  );
}

/** Fetches a namespace (once); rejects if its words could not be loaded (offline, blocked). */
export async function loadNamespace(instance: i18n, namespace: Namespace): Promise<void> {
  if (hasWords(instance, namespace)) return;
  await instance.loadNamespaces(namespace);
  if (!hasWords(instance, namespace)) throw new Error(`The ${namespace} words could not be loaded`);
}

/**
 * Switches to `code` with the namespaces in use, once their words are there. If they cannot be
 * loaded, the guide goes back to French and the promise rejects, so the caller can say so.
 */
export async function switchLanguage(instance: i18n, code: LanguageCode): Promise<void> {
  const inUse = () =>
    (instance.options.ns as string[]).filter((ns): ns is Namespace => NAMESPACES.includes(ns as Namespace));
  // Fetched before the switch, and checked for `code` itself: i18next keeps the language it had
  // when a load fails or another switch overtakes this one, so `instance.language` proves nothing.
  // `loadLanguages` returns at once for a language already asked for (src/main.tsx asks for the
  // reader's at start), even while its words are on their way; `loadNamespaces` waits for every
  // read in progress. A namespace asked for meanwhile (the outcome screen's, fetched at idle) is
  // in use too, and may still be on its way: wait again until no namespace is left unwaited.
  await instance.loadLanguages(code);
  let waited: Namespace[] = [];
  while (inUse().some((ns) => !waited.includes(ns))) {
    waited = inUse();
    await instance.loadNamespaces(waited);
  }
  if (!inUse().every((ns) => hasWords(instance, ns, code))) {
    await instance.changeLanguage(REFERENCE_LANGUAGE);
    throw new Error(`No words for ${code}`);
  }
  await instance.changeLanguage(code);
}

/** Keeps `<html lang dir>` in step with the interface language (only validated codes reach here). */
export function applyDocumentLanguage(code: string) {
  const language = languageByCode(code) ?? languageByCode(REFERENCE_LANGUAGE)!;
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}
