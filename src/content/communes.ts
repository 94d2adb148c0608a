// Finding a commune by what a person types: its name (accents, case and hyphens optional) or its
// postal code ("92160", or its first digits). The communes themselves are machines/communes-92.ts.
import { COMMUNES_92, type Commune } from '../../machines/ids';

/** Folds case, accents and punctuation so that "chatenay malabry" finds Châtenay-Malabry. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i') // Turkish dotless i
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FOLDED = new Map(COMMUNES_92.map((commune) => [commune.id, foldForSearch(commune.name)]));

/** Whether a commune matches a folded query: part of its name, or the start of a postal code. */
export function communeMatches(commune: Commune, folded: string): boolean {
  if (folded === '') return true;
  if (/^\d+$/.test(folded)) return commune.postalCodes.some((code) => code.startsWith(folded));
  return FOLDED.get(commune.id)!.includes(folded);
}

/** The commune a typed text designates: an exact name or postal code, or the only one that matches. */
export function resolveCommune(text: string): Commune | undefined {
  const folded = foldForSearch(text);
  if (folded === '') return undefined;
  const byName = COMMUNES_92.find((c) => FOLDED.get(c.id) === folded);
  if (byName) return byName;
  const found = COMMUNES_92.filter((c) => communeMatches(c, folded));
  return found.length === 1 ? found[0] : undefined;
}
