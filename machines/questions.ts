// The shared vocabulary of the wizard: question ids and the answer ids each question accepts.
// Ids come from ../shared/decision-table.md and are never renamed (state names, locale keys,
// URL fragment keys and test hooks all use them as they are).
import { COMMUNE_IDS } from '../src/content/communes';

export const OUTSIDE_92 = 'outside-92';

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
  'other',
] as const;

/** A first 10-year card is asked for inside the renewal of a one-year card, so these cards cannot be held. */
const NOT_ONE_YEAR_CARDS: readonly string[] = ['refugee', 'aps-bilateral', 'ten-year'];
export const TEN_YEAR_RENEWAL_CARDS = RENEWAL_CARDS.filter((card) => !NOT_ONE_YEAR_CARDS.includes(card));

export const ANSWERS = {
  commune: [...COMMUNE_IDS, OUTSIDE_92],
  need: ['first', 'renewal', 'change-status', 'ten-year', 'aes', 'judgment', 'other', 'follow-up'],
  health: ['yes', 'no'],
  entry: ['visa-d', 'ofpra', 'none'],
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
export type Answers = Partial<Record<QuestionId, string>>;

export const QUESTION_IDS = Object.keys(ANSWERS) as QuestionId[];

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(ANSWERS, value);
}

/** Whether `answer` is one of the answers `question` can ever take (in any branch). */
export function isKnownAnswer(question: QuestionId, answer: string): boolean {
  return (ANSWERS[question] as readonly string[]).includes(answer);
}
