// The sections of the préfecture's table, in its order, each with the rows it holds
// (../shared/source-rows.md) and its heading as printed (verbatim). The rules overview groups the
// outcomes by them; outcomes that come from no row belong to the last section.

export interface Section {
  id: string;
  /** First and last row number of the section (R01 = 1); none for the outcomes outside the document. */
  rows?: readonly [number, number];
  /** The section's heading in the document, verbatim; the paragraphs above the table have none of their own. */
  quote?: string;
}

export const SECTIONS = [
  { id: 'preamble', rows: [1, 5] },
  {
    id: 'first-with-visa',
    rows: [6, 15],
    quote: '1ère DEMANDE DE CARTE DE SEJOUR AVEC UN VISA D / DECISION OFPRA',
  },
  { id: 'first-without-visa', rows: [16, 18], quote: '1ère DEMANDE DE CARTE DE SEJOUR SANS VISA D' },
  { id: 'ten-year', rows: [19, 20], quote: '1ère Carte de 10 ans' },
  { id: 'renewal', rows: [21, 36], quote: 'RENOUVELLEMENT D’UNE CARTE DE SEJOUR OU CHANGEMENT DE STATUT' },
  { id: 'other', rows: [37, 46], quote: 'AUTRES DEMANDES' },
  { id: 'outside-document' },
] as const satisfies readonly Section[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a row id (`R07`) belongs to. */
export function sectionOfRow(row: string): SectionId {
  const number = Number(row.slice(1));
  const found = SECTIONS.find((s) => 'rows' in s && number >= s.rows[0] && number <= s.rows[1]);
  return found?.id ?? 'outside-document';
}
