// The shared vocabulary of the guide: question ids, the answers each question accepts, outcome
// ids and not-covered cases. Ids come from ../shared/decision-table.md and are never renamed: state
// names, content keys, locale keys, the URL fragment and the test hooks all use them as they are.
// Each list is defined here once; content (src/content/) hangs off these ids, never the reverse.
import { ARRONDISSEMENTS, COMMUNES_92 } from './communes-92';

export { ARRONDISSEMENTS, COMMUNES_92 };
export type Arrondissement = (typeof ARRONDISSEMENTS)[number];
/** The arrondissements whose residents the table sends to their sous-préfecture (§4, precedence 3). */
export const SUBPREFECTURE_ARRONDISSEMENTS = [
  'antony',
  'boulogne-billancourt',
] as const satisfies readonly Arrondissement[];
export type SubprefectureArrondissement = (typeof SUBPREFECTURE_ARRONDISSEMENTS)[number];
export type CommuneId = (typeof COMMUNES_92)[number]['id'];
export type Commune = (typeof COMMUNES_92)[number];

export const OUTSIDE_92 = 'outside-92';

/** "Je ne sais pas": offered last, after an "ou" divider, where a person may not know the answer. */
export const DONT_KNOW = 'dont-know';

const RENEWAL_CARDS = [
  'family',
  'family-reunification',
  'protection',
  'refugee',
  'visitor',
  'french-family',
  'eu',
  'au-pair-trainee',
  'aps-bilateral',
  'worker',
  'student',
  'talent',
  'service-provider',
  'entrepreneur',
  'ten-year',
  // A récépissé holder who chose "renew my card" (issue 12): their request is R37.
  'receipt',
  'other',
  DONT_KNOW,
] as const;

/** In the first-10-year-card branch the card renewed is a one-year card: these cannot be it. */
const NOT_ONE_YEAR_CARDS: readonly string[] = ['refugee', 'aps-bilateral', 'ten-year', 'receipt'];
export const TEN_YEAR_RENEWAL_CARDS = RENEWAL_CARDS.filter((card) => !NOT_ONE_YEAR_CARDS.includes(card));

export const ANSWERS = {
  commune: [...COMMUNES_92.map((commune) => commune.id), OUTSIDE_92],
  need: ['first', 'renewal', 'change-status', 'ten-year', 'aes', 'judgment', 'other', 'follow-up'],
  health: ['yes', 'no'],
  entry: ['visa-d', 'ofpra', 'none', DONT_KNOW],
  'first-with-visa': [
    'family',
    'family-reunification',
    'protection',
    'visitor',
    'asylum-concurrent',
    'student',
    'talent',
    'service-provider',
    'entrepreneur',
    'worker',
    // Family of an EU citizen with a visa D, and working-holiday visas (issue 12): pointers to
    // rows the document files elsewhere (R18, R46), so that these people are not left on N6.
    'eu',
    'working-holiday',
    'other',
  ],
  'first-without-visa': [
    'parent-of-french-child',
    'spouse-of-french',
    'dependent-of-french',
    'eu',
    'asylum-concurrent',
    'other',
  ],
  algerian: ['yes', 'no'],
  'ten-year-current': ['one-year', 'multi-year'],
  'renewal-card': RENEWAL_CARDS,
  'change-target': [
    'worker',
    'talent',
    'aps-bilateral',
    'family',
    'french-family',
    'visitor',
    'eu',
    'student',
    'service-provider',
    'entrepreneur',
    'au-pair-trainee',
    'other',
  ],
  'aes-kind': ['new-file', 'question'],
  'other-kind': [
    'receipt',
    'duplicate',
    'address-or-civil-status',
    'dcem',
    'collect-permit',
    'collect-dcem',
    'fingerprints',
    'driving-licence',
    'information',
    'aps-working-holiday',
    'travel-document',
    'other',
  ],
  'receipt-window': ['within-10-days', 'more-than-10-days', 'expired'],
  'licence-origin': ['outside-eu', 'eu'],
} as const satisfies Record<string, readonly string[]>;

export type QuestionId = keyof typeof ANSWERS;
export type AnswerId<Q extends QuestionId = QuestionId> = (typeof ANSWERS)[Q][number];
export type Answers = Partial<Record<QuestionId, string>>;

export const QUESTION_IDS = Object.keys(ANSWERS) as QuestionId[];

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(ANSWERS, value);
}

/** Whether `answer` is one of the answers `question` can ever take (in any branch). */
export function isKnownAnswer(question: QuestionId, answer: string): boolean {
  return (ANSWERS[question] as readonly string[]).includes(answer);
}

export const OUTCOME_IDS = [
  'follow-up',
  'health',
  'aes-file',
  'aes-question',
  'judgment',
  'first-family',
  'first-family-reunification',
  'first-protection',
  'first-visitor',
  'asylum-concurrent',
  'first-algerian-worker',
  'first-student',
  'first-talent',
  'first-service-provider',
  'first-entrepreneur',
  'first-french-family',
  'first-algerian-dependent',
  'first-eu',
  'ten-year-post',
  'renew-family',
  'renew-family-reunification',
  'renew-protection',
  'renew-visitor',
  'renew-french-family',
  'renew-eu',
  'renew-au-pair-trainee',
  'aps-bilateral',
  'change-to-worker',
  'renew-worker',
  'renew-student',
  'renew-talent',
  'renew-service-provider',
  'renew-entrepreneur',
  'renew-ten-year',
  'change-to-talent',
  'receipt',
  'receipt-too-early',
  'duplicate',
  'address-or-civil-status',
  'dcem',
  'collect-permit',
  'collect-dcem',
  'fingerprints',
  'driving-licence',
  'information',
  'aps-working-holiday',
  'other-prefecture',
  'sub-prefecture',
  'not-covered',
  // "Je ne sais pas" (issue 12): where to find the answer, and whom to ask.
  'unsure',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/** The cases of ../shared/source-rows.md §5 that the guide can reach. */
export const NOT_COVERED_CASES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N9', 'N10'] as const;
export type NotCoveredCase = (typeof NOT_COVERED_CASES)[number];

export function communeById(id: string | undefined): Commune | undefined {
  return COMMUNES_92.find((commune) => commune.id === id);
}

/** The sous-préfecture of a commune's arrondissement; null for Nanterre's, or outside the 92. */
export function subprefectureOf(communeId: string | undefined): SubprefectureArrondissement | null {
  const arrondissement = communeById(communeId)?.arrondissement;
  return SUBPREFECTURE_ARRONDISSEMENTS.find((a) => a === arrondissement) ?? null;
}
