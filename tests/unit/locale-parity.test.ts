// Every translation has exactly the French keys, the same interpolation variables, no empty
// text, and the plural forms its language needs. French is the reference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { leaves, type Tree } from '../support/french';

const LOCALES = join(import.meta.dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every text of a locale, from all its files (translation, results, overview, kiosk). */
const read = (code: string) => {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, code))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    for (const [key, text] of leaves(JSON.parse(readFileSync(join(LOCALES, code, file), 'utf8')) as Tree)) {
      all.set(`${file.replace(/\.json$/, '')}:${key}`, text);
    }
  }
  return all;
};

const french = read('fr');
const files = (code: string) => readdirSync(join(LOCALES, code)).sort();

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));

/** The plural categories whole counts (0–200) reach in a language: the forms it must provide. */
function neededCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const needed = new Set<string>(['other']);
  for (let n = 0; n <= 200; n++) needed.add(rules.select(n));
  return needed;
}

const translated = readdirSync(LOCALES).filter((code) => code !== 'fr');

it('every language of the picker has a translation, and every translation is in the picker', () => {
  expect(translated.sort()).toEqual(
    LANGUAGES.map((l) => l.code)
      .filter((c) => c !== 'fr')
      .sort(),
  );
});

describe.each(translated)('locale %s', (code) => {
  const texts = read(code);
  const language = LANGUAGES.find((l) => l.code === code)!;

  it('has the same files as French', () => {
    expect(files(code)).toEqual(files('fr'));
  });

  it('has exactly the French keys (plural forms aside)', () => {
    const missing = [...baseKeys(french.keys())].filter((k) => !baseKeys(texts.keys()).has(k));
    const extra = [...baseKeys(texts.keys())].filter((k) => !baseKeys(french.keys()).has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has every plural form its language needs, and no other', () => {
    const needed = neededCategories(language.htmlLang);
    for (const base of new Set(
      [...french.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
    )) {
      const forms = [...texts.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k));
      const categories = new Set(forms.map((k) => PLURAL.exec(k)![1]));
      expect([...categories].sort(), base).toEqual([...needed].sort());
    }
  });

  it('keeps the interpolation variables of each French text', () => {
    for (const [key, text] of texts) {
      const frenchKey = french.has(key) ? key : key.replace(PLURAL, '_other');
      const reference = french.get(frenchKey);
      if (reference === undefined) continue;
      const expected = variables(reference).filter((v) => v !== 'count');
      expect(
        variables(text).filter((v) => v !== 'count'),
        key,
      ).toEqual(expected);
    }
  });

  it('has no empty text, no placeholder and balanced <fr> terms', () => {
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\bTODO\b|\bTBD\b|lorem ipsum|\bxxx\b|\[(en|ar|fr)\]/);
      const opened = (text.match(/<fr>/g) ?? []).length;
      const closed = (text.match(/<\/fr>/g) ?? []).length;
      expect(opened, key).toBe(closed);
      expect(text.replace(/<\/?fr>/g, ''), key).not.toMatch(/[<>]/);
    }
  });
});
