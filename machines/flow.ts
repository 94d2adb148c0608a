// The decision tree of ../shared/decision-table.md §3–§4 as data, and `nextStep`, the one
// function that reads it. The XState machine (wizard.ts), the route walker (walk.ts), the progress
// count and the tests all move through the tree with `nextStep`, so they cannot disagree.
// Routing only: what an outcome says or links to is content (src/content/), never decided here.
import {
  ANSWERS,
  OUTSIDE_92,
  TEN_YEAR_RENEWAL_CARDS,
  subprefectureOf,
  type Answers,
  type NotCoveredCase,
  type OutcomeId,
  type QuestionId,
} from './ids';

/** What routing reads: the answers given, and the questions answered on the way here, in order. */
export interface RoutingContext {
  answers: Answers;
  trail: readonly QuestionId[];
}

/** Where a journey ended, as the outcome screen needs it. */
export interface Resolution {
  outcome: OutcomeId;
  /** For `sub-prefecture`: the outcome whose request goes to the sous-préfecture. */
  request: OutcomeId | null;
  notCovered: NotCoveredCase | null;
  /** R19: a first 10-year card asked for inside the renewal of a one-year card. */
  tenYearOneYear: boolean;
}

export type Step = { question: QuestionId } | { resolution: Resolution };

type Next =
  { question: QuestionId } | { outcome: OutcomeId; notCovered?: NotCoveredCase; tenYearOneYear?: boolean };

/** A condition on earlier answers, beyond the answer just given. */
type Condition = 'tenYearBranch' | 'notTenYearBranch' | { question: QuestionId; answer: string };

interface Route {
  answers: readonly string[];
  when?: Condition;
  next: Next;
}

/**
 * Precedence 3: the outcomes whose request the Nanterre service handles (appointment, « démarches
 * simplifiées » and post rows). Residents of the Antony and Boulogne-Billancourt arrondissements
 * are sent to their sous-préfecture for them instead. Outcomes the national ANEF rule leads
 * (decision-table.md §7, level A) are not here: the national portal serves every commune.
 * tests/unit/content.test.ts checks this list against the outcomes' channels and national levels.
 */
export const NANTERRE_SERVICE: readonly OutcomeId[] = [
  'aes-file',
  'judgment',
  'first-family',
  'first-family-reunification',
  'asylum-concurrent',
  'first-talent',
  'first-service-provider',
  'first-entrepreneur',
  'ten-year-post',
  'renew-family',
  'renew-family-reunification',
  'renew-au-pair-trainee',
  'aps-bilateral',
  'change-to-worker',
  'renew-worker',
  'renew-talent',
  'renew-service-provider',
  'renew-entrepreneur',
  'change-to-talent',
  'receipt',
  'receipt-too-early',
  'duplicate',
  'address-or-civil-status',
  'dcem',
  'collect-permit',
  'collect-dcem',
  'fingerprints',
];

const ask = (question: QuestionId): Next => ({ question });
const end = (outcome: OutcomeId, extra: { tenYearOneYear?: boolean } = {}): Next => ({ outcome, ...extra });
const notCovered = (notCoveredCase: NotCoveredCase): Next => ({
  outcome: 'not-covered',
  notCovered: notCoveredCase,
});
const answered = (question: QuestionId, answer: string): Condition => ({ question, answer });

/** What `renewal-card` answers lead to in both branches (decision-table.md §4, R19 and R21–R35). */
const RENEWAL_OUTCOMES = {
  family: 'renew-family',
  'family-reunification': 'renew-family-reunification',
  protection: 'renew-protection',
  refugee: 'renew-ten-year',
  visitor: 'renew-visitor',
  'french-family': 'renew-french-family',
  eu: 'renew-eu',
  'au-pair-trainee': 'renew-au-pair-trainee',
  'aps-bilateral': 'aps-bilateral',
  worker: 'renew-worker',
  student: 'renew-student',
  talent: 'renew-talent',
  'service-provider': 'renew-service-provider',
  entrepreneur: 'renew-entrepreneur',
  'ten-year': 'renew-ten-year',
} as const satisfies Record<string, OutcomeId>;

const renewalRoutes: Route[] = [
  ...Object.entries(RENEWAL_OUTCOMES).map(([card, outcome]) => ({
    answers: [card],
    when: 'notTenYearBranch' as const,
    next: end(outcome),
  })),
  ...TEN_YEAR_RENEWAL_CARDS.flatMap((card) =>
    card in RENEWAL_OUTCOMES
      ? [
          {
            answers: [card],
            when: 'tenYearBranch' as const,
            next: end(RENEWAL_OUTCOMES[card as keyof typeof RENEWAL_OUTCOMES], { tenYearOneYear: true }),
          },
        ]
      : [],
  ),
  { answers: ['receipt'], next: ask('receipt-window') },
  { answers: ['other'], next: notCovered('N6') },
  { answers: ['dont-know'], next: end('unsure') },
];

/** For each question, in order: the answers of a route, an optional condition, and where it leads. */
export const FLOW: Record<QuestionId, readonly Route[]> = {
  commune: [
    { answers: [OUTSIDE_92], next: end('other-prefecture') },
    { answers: ANSWERS.commune.filter((answer) => answer !== OUTSIDE_92), next: ask('need') },
  ],
  need: [
    { answers: ['first', 'renewal', 'change-status'], next: ask('health') },
    { answers: ['ten-year'], next: ask('ten-year-current') },
    { answers: ['aes'], next: ask('aes-kind') },
    { answers: ['judgment'], next: end('judgment') },
    { answers: ['other'], next: ask('other-kind') },
    { answers: ['follow-up'], next: end('follow-up') },
  ],
  'ten-year-current': [
    { answers: ['one-year'], next: ask('health') },
    { answers: ['multi-year'], next: end('ten-year-post') },
  ],
  health: [
    { answers: ['yes'], next: end('health') },
    { answers: ['no'], when: answered('need', 'first'), next: ask('entry') },
    { answers: ['no'], when: answered('need', 'renewal'), next: ask('renewal-card') },
    { answers: ['no'], when: answered('need', 'change-status'), next: ask('change-target') },
    { answers: ['no'], when: answered('need', 'ten-year'), next: ask('renewal-card') },
  ],
  entry: [
    { answers: ['visa-d'], next: ask('first-with-visa') },
    { answers: ['ofpra'], next: end('first-protection') },
    { answers: ['none'], next: ask('first-without-visa') },
    { answers: ['dont-know'], next: end('unsure') },
  ],
  'first-with-visa': [
    { answers: ['family'], next: end('first-family') },
    { answers: ['family-reunification'], next: end('first-family-reunification') },
    { answers: ['protection'], next: end('first-protection') },
    { answers: ['visitor'], next: end('first-visitor') },
    { answers: ['asylum-concurrent'], next: end('asylum-concurrent') },
    { answers: ['student'], next: end('first-student') },
    { answers: ['talent'], next: end('first-talent') },
    { answers: ['service-provider'], next: end('first-service-provider') },
    { answers: ['entrepreneur'], next: end('first-entrepreneur') },
    { answers: ['worker'], next: ask('algerian') },
    { answers: ['eu'], next: end('first-eu') },
    { answers: ['working-holiday'], next: end('aps-working-holiday') },
    { answers: ['other'], next: notCovered('N6') },
  ],
  'first-without-visa': [
    { answers: ['parent-of-french-child', 'spouse-of-french'], next: end('first-french-family') },
    { answers: ['dependent-of-french'], next: ask('algerian') },
    { answers: ['eu'], next: end('first-eu') },
    { answers: ['asylum-concurrent'], next: end('asylum-concurrent') },
    { answers: ['other'], next: notCovered('N9') },
  ],
  algerian: [
    { answers: ['yes'], when: answered('first-with-visa', 'worker'), next: end('first-algerian-worker') },
    { answers: ['no'], when: answered('first-with-visa', 'worker'), next: notCovered('N1') },
    {
      answers: ['yes'],
      when: answered('first-without-visa', 'dependent-of-french'),
      next: end('first-algerian-dependent'),
    },
    { answers: ['no'], when: answered('first-without-visa', 'dependent-of-french'), next: notCovered('N2') },
  ],
  'renewal-card': renewalRoutes,
  'change-target': [
    { answers: ['worker'], next: end('change-to-worker') },
    { answers: ['talent'], next: end('change-to-talent') },
    { answers: ['aps-bilateral'], next: end('aps-bilateral') },
    { answers: ['family'], next: end('renew-family') },
    { answers: ['french-family'], next: end('renew-french-family') },
    { answers: ['visitor'], next: end('renew-visitor') },
    { answers: ['eu'], next: end('renew-eu') },
    { answers: ['student'], next: end('renew-student') },
    { answers: ['service-provider'], next: end('renew-service-provider') },
    { answers: ['entrepreneur'], next: end('renew-entrepreneur') },
    { answers: ['au-pair-trainee'], next: end('renew-au-pair-trainee') },
    { answers: ['other'], next: notCovered('N6') },
  ],
  'aes-kind': [
    { answers: ['new-file'], next: end('aes-file') },
    { answers: ['question'], next: end('aes-question') },
  ],
  'other-kind': [
    { answers: ['receipt'], next: ask('receipt-window') },
    { answers: ['duplicate'], next: end('duplicate') },
    { answers: ['address-or-civil-status'], next: end('address-or-civil-status') },
    { answers: ['dcem'], next: end('dcem') },
    { answers: ['collect-permit'], next: end('collect-permit') },
    { answers: ['collect-dcem'], next: end('collect-dcem') },
    { answers: ['fingerprints'], next: end('fingerprints') },
    { answers: ['driving-licence'], next: ask('licence-origin') },
    { answers: ['information'], next: end('information') },
    { answers: ['aps-working-holiday'], next: end('aps-working-holiday') },
    { answers: ['travel-document'], next: notCovered('N3') },
    { answers: ['other'], next: notCovered('N10') },
  ],
  'receipt-window': [
    { answers: ['within-10-days'], next: end('receipt') },
    { answers: ['more-than-10-days'], next: end('receipt-too-early') },
    { answers: ['expired'], next: notCovered('N4') },
  ],
  'licence-origin': [
    { answers: ['outside-eu'], next: end('driving-licence') },
    { answers: ['eu'], next: notCovered('N5') },
  ],
};

export function isOnTrail(context: RoutingContext, question: QuestionId, answer: string): boolean {
  return context.trail.includes(question) && context.answers[question] === answer;
}

/** The ten-year branch asks `renewal-card` about the one-year card being renewed. */
export function isTenYearBranch(context: RoutingContext): boolean {
  return isOnTrail(context, 'need', 'ten-year');
}

/** The answers a question offers at this point of the journey, in display order. */
export function choicesAt(context: RoutingContext, question: QuestionId): readonly string[] {
  if (question === 'renewal-card' && isTenYearBranch(context)) return TEN_YEAR_RENEWAL_CARDS;
  return ANSWERS[question];
}

function conditionHolds(context: RoutingContext, condition: Condition | undefined): boolean {
  if (condition === undefined) return true;
  if (condition === 'tenYearBranch') return isTenYearBranch(context);
  if (condition === 'notTenYearBranch') return !isTenYearBranch(context);
  return isOnTrail(context, condition.question, condition.answer);
}

/**
 * Where answering `answer` to `question` leads from `context`, or undefined when this question
 * does not take that answer here. Precedence 3 (the sous-préfecture) is applied here, once.
 */
export function nextStep(context: RoutingContext, question: QuestionId, answer: string): Step | undefined {
  if (!choicesAt(context, question).includes(answer)) return undefined;
  const route = FLOW[question].find(
    (candidate) => candidate.answers.includes(answer) && conditionHolds(context, candidate.when),
  );
  if (!route) return undefined;
  const { next } = route;
  if ('question' in next) return { question: next.question };
  const resolution: Resolution = {
    outcome: next.outcome,
    request: null,
    notCovered: next.notCovered ?? null,
    tenYearOneYear: next.tenYearOneYear ?? false,
  };
  if (NANTERRE_SERVICE.includes(next.outcome) && subprefectureOf(context.answers.commune) !== null) {
    return { resolution: { ...resolution, outcome: 'sub-prefecture', request: next.outcome } };
  }
  return { resolution };
}

/** The state a step is shown in: `question.<id>` or `outcome.<id>`. */
export function stateOf(step: Step): string {
  return 'question' in step ? `question.${step.question}` : `outcome.${step.resolution.outcome}`;
}

/** Every state a question can lead to (for the machine's transitions, which XState wants static). */
export function possibleStates(question: QuestionId): string[] {
  const states = FLOW[question].flatMap(({ next }) => {
    if ('question' in next) return [`question.${next.question}`];
    const own = `outcome.${next.outcome}`;
    return NANTERRE_SERVICE.includes(next.outcome) ? [own, 'outcome.sub-prefecture'] : [own];
  });
  return [...new Set(states)];
}
