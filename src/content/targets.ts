// Where the préfecture's document sends people, repaired as decision-table.md §1 says (https,
// URLs that the PDF split across lines joined again). Changing an address is a change here only.
// Each target's name for people is the locale key `target.<id>` (results.json).

export const TARGETS = {
  'T-NANTERRE':
    'https://www.hauts-de-seine.gouv.fr/Prendre-un-rendez-vous/Pour-prendre-un-rendez-vous-a-la-prefecture-de-Nanterre',
  'T-RDV': 'https://www.hauts-de-seine.gouv.fr/Prendre-un-rendez-vous',
  'T-ANEF': 'https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/',
  'T-CONTACT': 'https://www.hauts-de-seine.gouv.fr/Contactez-nous',
  'T-PIECES':
    'https://www.hauts-de-seine.gouv.fr/Demarches-administratives/Etrangers-en-France/Titres-de-sejour-Listes-des-pieces-a-fournir',
  'T-SITE': 'https://www.hauts-de-seine.gouv.fr/',
  'T-ANTS': 'https://ants.gouv.fr/',
  'T-SP': 'https://www.service-public.fr/',
  'T-FAQ-NANTERRE':
    'https://www.hauts-de-seine.gouv.fr/Demarches-administratives/Etrangers-en-France/FAQ-Sejour-des-etrangers-demarches-a-Nanterre',
  'T-MAIL-AES': 'mailto:pref-admission-exceptionnelle-au-sejour@hauts-de-seine.gouv.fr',
  'T-MAIL-ALG': 'mailto:pref-demandeRdv-salaries92@hauts-de-seine.gouv.fr',
} as const;

export type TargetId = keyof typeof TARGETS;

/** The text a person reads or copies: the address itself, without `mailto:`. */
export function targetText(target: TargetId): string {
  return TARGETS[target].replace(/^mailto:/, '');
}

export function isEmail(target: TargetId): boolean {
  return TARGETS[target].startsWith('mailto:');
}
