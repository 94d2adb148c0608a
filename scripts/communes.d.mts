export const COMMUNES_FILE: string;
export const ARRONDISSEMENT_ORDER: readonly string[];
export function slug(name: string): string;
export function communeRows(): Array<{
  id: string;
  insee: string;
  name: string;
  arrondissement: string;
  postalCodes: string[];
}>;
export function communesModule(): string;
