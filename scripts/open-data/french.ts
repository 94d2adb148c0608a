// The French words of the guide as plain text, for the open data: a text of the screen model
// (src/screen/text.ts) resolved as the guide's <T> resolves it (keys, dates, French names), the
// markup removed. A key with no French text stops the build rather than publishing the raw key.
import i18next from 'i18next';
import changes from '../../locales/fr/changes.json';
import kiosk from '../../locales/fr/kiosk.json';
import overview from '../../locales/fr/overview.json';
import results from '../../locales/fr/results.json';
import translation from '../../locales/fr/translation.json';
import { formatDate } from '../../src/i18n/dates';
import { textOf, type Key } from '../../src/i18n/keys';
import { NAMESPACES } from '../../src/i18n/resources';
import { plain } from '../../src/i18n/rich';
import type { Text, TextValue } from '../../src/screen/text';

const instance = i18next.createInstance();
void instance.init({
  lng: 'fr',
  resources: { fr: { translation, results, overview, kiosk, changes } },
  ns: [...NAMESPACES],
  defaultNS: 'translation',
  fallbackNS: NAMESPACES.filter((ns) => ns !== 'translation'),
  initAsync: false,
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

function translate(key: string, values?: Record<string, string | number>): string {
  if (!instance.exists(key, values)) throw new Error(`No French text for ${key}`);
  return textOf(instance.t, key as Key, values);
}

function valueOf(value: TextValue): string | number {
  if (typeof value !== 'object') return value;
  if ('key' in value) return translate(value.key);
  if ('date' in value) return formatDate(value.date, 'fr');
  return value.french;
}

/** A locale key or a text of the screen model, in French, without markup. */
export function frenchText(text: Text | string): string {
  if (typeof text === 'string') return plain(translate(text));
  const values = Object.fromEntries(
    Object.entries(text.values ?? {}).map(([name, value]) => [name, valueOf(value)]),
  );
  return plain(translate(text.key, values));
}

/** The French text of a key if there is one (optional hints), else null. */
export function frenchIfAny(key: string): string | null {
  return instance.exists(key) ? frenchText(key) : null;
}
