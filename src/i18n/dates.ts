import { formattingLocale } from './languages';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (`2023-04-05`), a month (`2023-10`) or a year, in the reader's language, as on French documents. */
export function formatDate(iso: string, language: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^\d{4}-\d{2}$/.test(iso);
  const key = `${language}:${month ? 'month' : 'day'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      formattingLocale(language),
      month ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' },
    );
    formats.set(key, format);
  }
  const formatted = format.format(new Date(`${month ? `${iso}-01` : iso}T00:00:00Z`));
  // French writes the first day of a month as an ordinal: « 1er mai 2021 », never « 1 mai ».
  return language === 'fr' && !month && iso.endsWith('-01') ? formatted.replace(/^1 /, '1er ') : formatted;
}
