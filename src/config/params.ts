// Query parameters that configure the app for associations (embed) and waiting areas (kiosk).
// Each is validated by a small parser (zod stays out of the bundle: it is for tests only); an
// invalid value is ignored with a console warning naming it, and never breaks the page. Nothing
// from the URL is ever inserted as HTML or CSS text.
import { supportedLanguage, type LanguageCode } from '../i18n/languages';
import { accentContrast } from './theme';

export interface AppParams {
  lang: LanguageCode | undefined;
  embed: boolean;
  kiosk: boolean;
  /** Whether the site header shows: by default yes, except in embed mode. */
  header: boolean;
  /** An accent colour `#rrggbb` that keeps text contrast ≥ 4.5:1 on every background it is used on. */
  accent: string | undefined;
  /** Where resize messages go in embed mode (an https origin, or loopback for local testing). */
  parentOrigin: string | undefined;
  /** Seconds of inactivity before a kiosk offers to reset (30 to 600). */
  idleSeconds: number;
}

/** A parameter's value if it is valid, else undefined. */
type Parser<T> = (raw: string) => T | undefined;

const flag: Parser<'0' | '1'> = (raw) => (raw === '0' || raw === '1' ? raw : undefined);
const language: Parser<LanguageCode> = (raw) => supportedLanguage(raw);
const hexColour: Parser<string> = (raw) => (/^#[0-9a-fA-F]{6}$/.test(raw) ? raw : undefined);
const idle: Parser<number> = (raw) => {
  const seconds = Number(raw);
  return Number.isInteger(seconds) && seconds >= 30 && seconds <= 600 ? seconds : undefined;
};
const origin: Parser<string> = (raw) => {
  try {
    const url = new URL(raw);
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    return (url.protocol === 'https:' || (local && url.protocol === 'http:')) && url.origin === raw
      ? raw
      : undefined;
  } catch {
    return undefined;
  }
};

export const DEFAULT_IDLE_SECONDS = 90;

export function readParams(search: string, warn: (message: string) => void = console.warn): AppParams {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    query = new URLSearchParams();
  }
  function valid<T>(name: string, parse: Parser<T>, accept?: (value: T) => boolean): T | undefined {
    const raw = query.get(name);
    if (raw === null) return undefined;
    const value = parse(raw);
    if (value !== undefined && (accept?.(value) ?? true)) return value;
    warn(`Titre de séjour 92: ignoring invalid parameter "${name}"`);
    return undefined;
  }
  const embed = valid('embed', flag) === '1';
  const kiosk = valid('kiosk', flag) === '1';
  const header = valid('header', flag);
  return {
    lang: valid('lang', language),
    embed,
    kiosk,
    header: header === undefined ? !embed : header === '1',
    accent: valid('accent', hexColour, (value) => accentContrast(value) >= 4.5)?.toLowerCase(),
    parentOrigin: valid('parentOrigin', origin),
    idleSeconds: valid('idle', idle) ?? DEFAULT_IDLE_SECONDS,
  };
}
