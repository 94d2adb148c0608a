// The languages of the guide. French is the reference; the others are translations and say so.
// Each is named in itself, so a person finds their own language whatever is on screen.

export interface Language {
  code: string;
  /** The value of `<html lang>` (BCP 47). */
  htmlLang: string;
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  { code: 'fr', htmlLang: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'en', htmlLang: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', htmlLang: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'es', htmlLang: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'pt', htmlLang: 'pt', nativeName: 'Português', dir: 'ltr' },
  { code: 'zh', htmlLang: 'zh-Hans', nativeName: '简体中文', dir: 'ltr' },
  { code: 'ru', htmlLang: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'uk', htmlLang: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'tr', htmlLang: 'tr', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'fa', htmlLang: 'fa', nativeName: 'فارسی (دری)', dir: 'rtl' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export function languageByCode(code: string): Language | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/** The locale for dates and numbers: British English rather than the US default for `en`. */
export function formattingLocale(code: string): string {
  if (code === 'en') return 'en-GB';
  // Gregorian dates, as on French documents (Persian defaults to the solar hijri calendar), and
  // Latin digits, as the addresses and dates it quotes.
  if (code === 'fa') return 'fa-u-ca-gregory-nu-latn';
  // Latin digits, as on the French documents the reader compares with (issue 12).
  if (code === 'ar') return 'ar-u-nu-latn';
  return languageByCode(code)?.htmlLang ?? 'fr';
}

/** Maps a BCP 47 tag from the URL or the browser (`pt-BR`, `zh-CN`, `prs`) to a supported code. */
export function supportedLanguage(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (!/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/.test(lower)) return undefined;
  const primary = lower.split(/[-_]/)[0]!;
  // Dari (prs) readers read Persian script; the Persian translation is written for them too.
  const code = primary === 'prs' ? 'fa' : primary;
  return LANGUAGES.find((language) => language.code === code)?.code;
}

/**
 * The language to show: `?lang=` when it names a supported language, else the browser's first
 * supported preference, else French. An unknown `lang` falls back quietly (no error).
 */
export function chooseLanguage(search: string, preferred: readonly string[]): LanguageCode {
  let fromUrl: string | null = null;
  try {
    fromUrl = new URLSearchParams(search).get('lang');
  } catch {
    fromUrl = null;
  }
  const explicit = supportedLanguage(fromUrl);
  if (explicit) return explicit;
  for (const tag of preferred) {
    const found = supportedLanguage(tag);
    if (found) return found;
  }
  return 'fr';
}
