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
  return format.format(new Date(`${month ? `${iso}-01` : iso}T00:00:00Z`));
}
