// The préfecture's general rules (decision-table.md §2), verbatim: shown in French as quotations
// on the outcomes they apply to (src/views/Notices.tsx) and on the rules overview.

/** G1: appointments are free (the document writes « quelque soit »). */
export const G1 = 'La prise de rendez-vous, quelque soit son mode, est GRATUITE.';
/** G2: no walk-ins. */
export const G2 =
  "Les rendez-vous sont ouverts REGULIEREMENT. Il est donc inutile de vous déplacer en préfecture pour prendre un rendez-vous. Seuls les usagers munis d'une convocation seront reçus et aucun usager ne sera reçu sans rendez-vous.";
/** G3: the information desk is closed. */
export const G3 = 'Le point information de la préfecture est fermé pour une période indéterminée.';

export const NOTICES = { G1, G2, G3 } as const;
