// Entries of the préfecture's appointment page that the document names (decision-table.md §1):
// the person chooses one of them there. Verbatim, shown in French in every language.

export const ENTRIES = {
  judgment: "Pour une demande de rendez-vous pour l'exécution d'un jugement administratif",
  'collect-permit': "Remise d'un titre de séjour ou d'un titre de voyage",
  'collect-dcem': "Remise d'un document de circulation pour étranger mineur (DCEM)",
} as const;

export type EntryId = keyof typeof ENTRIES;
