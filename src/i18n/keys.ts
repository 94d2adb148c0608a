// Locale keys. The screen model (src/screen/) builds them from ids (`outcome.<id>.title`…); every
// key it can build is checked against the French reference by tests/unit/locales.test.ts, and
// every language has exactly the French key set (tests/unit/locale-parity.test.ts).
import type { ParseKeys } from 'i18next';

export type Key = ParseKeys;

/** `t` for keys built from ids: the result is always a string (leaf keys only, see the tests). */
export function textOf(t: (key: never, options?: never) => unknown, key: Key, values?: object): string {
  return String(t(key as never, values as never));
}
