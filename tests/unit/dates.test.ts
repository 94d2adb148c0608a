import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/dates';
import { LANGUAGES } from '../../src/i18n/languages';

const NON_LATIN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

describe('dates, as a reader compares them with a French document', () => {
  it.each(LANGUAGES.map((language) => language.code))(
    '%s: 4 July 2024, Gregorian, in Latin digits',
    (code) => {
      const day = formatDate('2024-07-04', code);
      expect(day).not.toMatch(NON_LATIN_DIGITS);
      expect(day).toContain('2024');
      expect(day).toMatch(/\b4\b/);
      expect(formatDate('2024-07', code)).toContain('2024');
    },
  );

  it('French writes the first of a month as « 1er »', () => {
    expect(formatDate('2021-05-01', 'fr')).toBe('1er mai 2021');
    expect(formatDate('2024-07-04', 'fr')).toBe('4 juillet 2024');
    expect(formatDate('2021-05', 'fr')).toBe('mai 2021');
  });

  it('a year alone stays as written', () => {
    expect(formatDate('2020', 'ar')).toBe('2020');
  });
});
