// National rules since the préfecture's table (../shared/national-rules.md, decision-table.md §7):
// one record per outcome that a national rule moved, wholly or partly, to the ANEF portal. The
// cases it covers are the locale key `national.<texts>.covers` (nationalText); `basis` is the text that requires it,
// in French, as a person would look it up. Never more than the sources say: where national-rules.md
// says "unclear", there is no record, except where its §4 lists the outcome at level B anyway
// (regroupement familial: a "check ANEF first" warning, hedged "d'après La Cimade"). Level A outcomes are not sent to a sous-préfecture
// (machines/flow.ts, NANTERRE_SERVICE; tests/unit/content.test.ts checks that they agree).
import type { OutcomeId } from '../../machines/ids';
import type { NationalRule } from './schema';

/**
 * The day every record below was last reviewed against ../shared/national-rules.md, the research
 * notes that cite the sources (the newest dated July 2025). The sources themselves could not be
 * reopened from here: shown as "Fiche relue le …", never as "sources read on".
 */
const CHECKED = '2026-12-03';

const LIST = 'la liste des demandes à faire en ligne (CESEDA, article R. 431-2 et annexe 9)';
const STUDENTS = { since: '2021-05-01', basis: "l'arrêté du 27 avril 2021", checkedOn: CHECKED } as const;
const PROTECTION = { since: '2022-05-02', basis: LIST, leavesOut: true, checkedOn: CHECKED } as const;
const VISITOR = {
  texts: 'visitor',
  since: '2022',
  // On préfectures' ANEF lists in 2022, in annexe 9 by April 2023 (national-rules.md §2).
  basis: "la pratique des préfectures, puis l'annexe 9 du CESEDA (avril 2023 au plus tard)",
  sources: ['S14', 'S24-hautes-alpes'],
  checkedOn: CHECKED,
} as const;
const FRENCH_FAMILY = { since: '2023-04-05', basis: "l'arrêté du 31 mars 2023", checkedOn: CHECKED } as const;
const EU = {
  texts: 'eu',
  since: '2023-04-05',
  basis: 'les arrêtés du 16 septembre 2022 et du 31 mars 2023',
  sources: ['S18', 'S14'],
  checkedOn: CHECKED,
} as const;
const FAMILY = {
  texts: 'family',
  level: 'B',
  since: '2023-10-02',
  basis: 'les arrêtés du 31 mars 2023 et du 28 septembre 2023',
  sources: ['S14', 'S13', 'S24'],
  checkedOn: CHECKED,
} as const;
const REUNIFICATION = {
  texts: 'family-reunification',
  level: 'B',
  since: null,
  basis: 'non trouvé',
  checkedOn: CHECKED,
} as const;
const TALENT = {
  texts: 'talent',
  level: 'B',
  since: '2021-05-31',
  basis: 'non trouvé (sources non officielles)',
  sources: ['S22'],
  checkedOn: CHECKED,
} as const;
const RECEIPT = {
  texts: 'receipt',
  level: 'B',
  ownCheck: true,
  since: '2021-05-01',
  basis: 'CESEDA, article R. 431-15-1',
  sources: ['S7', 'S11'],
  checkedOn: CHECKED,
} as const;

export const NATIONAL_RULES = {
  // Level A: the national rule leads.
  'first-student': { level: 'A', ...STUDENTS, leavesOut: true, sources: ['S1', 'S7', 'S10', 'S25'] },
  'renew-student': { level: 'A', ...STUDENTS, sources: ['S1', 'S10'] },
  'first-protection': { level: 'A', ...PROTECTION, sources: ['S9', 'S19'] },
  'renew-protection': { level: 'A', ...PROTECTION, sources: ['S9', 'S19'] },
  'first-visitor': { level: 'A', ...VISITOR },
  'renew-visitor': { level: 'A', ...VISITOR },
  // The arrêté names spouses, not PACS partners, whom the table's answer includes: leavesOut.
  'first-french-family': {
    level: 'A',
    ...FRENCH_FAMILY,
    texts: 'french-family',
    leavesOut: true,
    sources: ['S14'],
  },
  'renew-french-family': {
    level: 'A',
    ...FRENCH_FAMILY,
    texts: 'french-family',
    leavesOut: true,
    tenYearCovered: true,
    sources: ['S14'],
  },
  'first-algerian-dependent': { level: 'A', ...FRENCH_FAMILY, sources: ['S14'] },
  'first-eu': { level: 'A', ...EU },
  'renew-eu': { level: 'A', ...EU },
  'renew-ten-year': {
    level: 'A',
    since: '2024-07-04',
    basis: "l'arrêté du 1er juillet 2024",
    // "Most" 10-year cards, refugees' since 2022: the record's cases, not the table's "all".
    supersedes: ['all-ten-year-cards', 'refugee-ten-year'],
    sources: ['S16', 'S9'],
    checkedOn: CHECKED,
  },
  // Level B: check ANEF first; the table's channel stands.
  health: {
    level: 'B',
    since: '2023-10-02',
    basis: "l'arrêté du 28 septembre 2023",
    sources: ['S13', 'S21', 'S20'],
    checkedOn: CHECKED,
  },
  'first-family': FAMILY,
  'renew-family': FAMILY,
  'first-family-reunification': { ...REUNIFICATION, sources: ['S15'] },
  'renew-family-reunification': { ...REUNIFICATION, sources: ['S15', 'S16'] },
  'first-talent': TALENT,
  'renew-talent': TALENT,
  'change-to-talent': TALENT,
  'ten-year-post': {
    level: 'B',
    // Four cases with four dates: a sentence of its own rather than "since <the last one>".
    ownCheck: true,
    since: '2024-07-04',
    basis: 'les arrêtés de 2022 à 2024 complétant la liste des demandes en ligne',
    sources: ['S9', 'S14', 'S13', 'S16'],
    checkedOn: CHECKED,
  },
  receipt: RECEIPT,
  // "Same split", no date of its own (national-rules.md §2).
  'receipt-too-early': { ...RECEIPT, since: null },
  duplicate: {
    level: 'B',
    since: '2021',
    basis: 'la pratique des préfectures (rubrique « Je déclare un changement » de l’ANEF)',
    sources: ['S23', 'S24-hautes-alpes'],
    checkedOn: CHECKED,
  },
  'address-or-civil-status': {
    level: 'B',
    since: '2022',
    basis: 'la pratique des préfectures, d’après Réfugiés.info',
    sources: ['S24-refugies-info'],
    checkedOn: CHECKED,
  },
  dcem: {
    level: 'B',
    since: null,
    basis: "l'annexe 9 du CESEDA, d'après le Gisti",
    sources: ['S28'],
    checkedOn: CHECKED,
  },
} as const satisfies Partial<Record<OutcomeId, NationalRule>>;

export type NationalOutcomeId = keyof typeof NATIONAL_RULES;

export function nationalRuleOf(outcome: OutcomeId): NationalRule | undefined {
  return (NATIONAL_RULES as Partial<Record<OutcomeId, NationalRule>>)[outcome];
}

/** The locale key of a national record's words: shared by the outcomes that share the rule. */
export function nationalText(outcome: OutcomeId, part: 'covers' | 'check' | 'leavesOut'): string {
  return `national.${nationalRuleOf(outcome)?.texts ?? outcome}.${part}`;
}

/** Sources of the general rules every ANEF outcome states (help, attestation). */
export const ANEF_GENERAL_SOURCES = {
  'anef-help': ['S2', 'S3', 'S5', 'S6', 'S23'],
  'anef-attestation': ['S7', 'S11', 'S12'],
} as const;
