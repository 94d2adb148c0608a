// How the screen model names words: a locale key, and the values to put in it. A value is a
// string as it is, another key, a date to format in the reader's language, or a French name
// (an official term, shown in French in every language). Views turn these into text.
import type { Key } from '../i18n/keys';

export type TextValue = string | number | { key: Key } | { date: string } | { french: string };

export interface Text {
  key: Key;
  values?: Record<string, TextValue>;
}

export const text = (key: string, values?: Record<string, TextValue>): Text =>
  values ? { key: key as Key, values } : { key: key as Key };

export const keyed = (key: string): { key: Key } => ({ key: key as Key });
export const french = (name: string) => ({ french: name });
export const date = (iso: string) => ({ date: iso });
