// The préfecture's general rules (decision-table.md §2), verbatim, keyed by their ids: their
// quotations go to « Ce que dit la préfecture », their plain words are `notice.<id>` (results.json).

export const NOTICES = {
  /** Appointments are free (the document writes « quelque soit »). */
  G1: 'La prise de rendez-vous, quelque soit son mode, est GRATUITE.',
  /** No walk-ins. */
  G2: "Les rendez-vous sont ouverts REGULIEREMENT. Il est donc inutile de vous déplacer en préfecture pour prendre un rendez-vous. Seuls les usagers munis d'une convocation seront reçus et aucun usager ne sera reçu sans rendez-vous.",
  /** The information desk is closed. */
  G3: 'Le point information de la préfecture est fermé pour une période indéterminée.',
} as const;

export type NoticeId = keyof typeof NOTICES;
