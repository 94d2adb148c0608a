// The decision tree of ../shared/decision-table.md as a state machine: routing only. Each
// question is the state `question.<question id>`, each outcome the state `outcome.<outcome id>`.
// What an outcome says and links to is content (src/content/), never decided here.
// The machine has no timers and no side effects, so it can be walked as a graph and replayed.
import { assign, setup } from 'xstate';
import { communeById } from '../src/content/communes';
import { NANTERRE_SERVICE_CHANNELS } from '../src/content/channels';
import { OUTCOMES, OUTCOME_IDS, type NotCoveredCase, type OutcomeId } from '../src/content/outcomes';
import {
  ANSWERS,
  OUTSIDE_92,
  QUESTION_IDS,
  TEN_YEAR_RENEWAL_CARDS,
  type Answers,
  type QuestionId,
} from './questions';

/** Where the journey ended, as the outcome screen needs it. */
export interface Resolution {
  outcome: OutcomeId;
  /** For `sub-prefecture`: the outcome whose request goes to the sous-préfecture. */
  request: OutcomeId | null;
  notCovered: NotCoveredCase | null;
  /** R19: a first 10-year card asked for inside the renewal of a one-year card. */
  tenYearOneYear: boolean;
}

export interface WizardContext {
  /** Every answer given, including answers kept for questions further on (after back or edit). */
  answers: Answers;
  /** The questions answered on the way to the current step, in order. */
  trail: QuestionId[];
  resolution: Resolution | null;
}

export type WizardEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; answer: string }
  | { type: 'BACK' }
  | { type: 'EDIT'; question: QuestionId }
  | { type: 'RESTART' }
  | { type: 'REMEMBER'; answers: Answers };

export function isOnTrail(context: WizardContext, question: QuestionId, answer: string): boolean {
  return context.trail.includes(question) && context.answers[question] === answer;
}

/** The ten-year branch asks `renewal-card` about the one-year card being renewed. */
export function isTenYearBranch(context: WizardContext): boolean {
  return isOnTrail(context, 'need', 'ten-year');
}

function livesInSubprefectureArrondissement(context: WizardContext): boolean {
  const arrondissement = communeById(context.answers.commune ?? '')?.arrondissement;
  return arrondissement === 'antony' || arrondissement === 'boulogne-billancourt';
}

/** A condition on earlier answers, beyond the answer just given. */
type Condition = 'tenYearBranch' | 'notTenYearBranch' | { question: QuestionId; answer: string };

interface RouteMatch {
  answers: readonly string[];
  when?: Condition;
  /** Set on outcomes served by Nanterre: true for the sub-prefecture variant, false for the direct one. */
  subprefecture?: boolean;
}

function conditionHolds(context: WizardContext, condition: Condition | undefined): boolean {
  if (condition === undefined) return true;
  if (condition === 'tenYearBranch') return isTenYearBranch(context);
  if (condition === 'notTenYearBranch') return !isTenYearBranch(context);
  return isOnTrail(context, condition.question, condition.answer);
}

const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    // One guard for every answer transition, so that each route reads as data in ROUTES below.
    routeMatches: ({ context, event }, params: RouteMatch) =>
      event.type === 'ANSWER' &&
      params.answers.includes(event.answer) &&
      conditionHolds(context, params.when) &&
      (params.subprefecture === undefined ||
        params.subprefecture === livesInSubprefectureArrondissement(context)),
    lastAnswered: ({ context }, params: { question: QuestionId }) => context.trail.at(-1) === params.question,
    nothingAnswered: ({ context }) => context.trail.length === 0,
    editable: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' && event.question === params.question && context.trail.includes(params.question),
  },
  actions: {
    record: assign(({ context, event }, params: { question: QuestionId }) =>
      event.type === 'ANSWER'
        ? {
            answers: { ...context.answers, [params.question]: event.answer },
            trail: [...context.trail.filter((q) => q !== params.question), params.question],
            resolution: null,
          }
        : {},
    ),
    // Answers off the final path no longer apply: drop them so they are not shown or shared.
    resolve: assign(({ context }, params: Resolution) => ({
      resolution: params,
      answers: Object.fromEntries(context.trail.map((q) => [q, context.answers[q]])),
    })),
    stepBack: assign(({ context }) => ({ trail: context.trail.slice(0, -1), resolution: null })),
    rewind: assign(({ context, event }) =>
      event.type === 'EDIT'
        ? { trail: context.trail.slice(0, context.trail.indexOf(event.question)), resolution: null }
        : {},
    ),
    forget: assign({ answers: {}, trail: [], resolution: null }),
    remember: assign(({ context, event }) =>
      event.type === 'REMEMBER' ? { answers: { ...event.answers, ...context.answers } } : {},
    ),
  },
});

type Next =
  { question: QuestionId } | { outcome: OutcomeId; notCovered?: NotCoveredCase; tenYearOneYear?: boolean };

interface Route {
  answers: readonly string[];
  when?: Condition;
  next: Next;
}

const ask = (question: QuestionId): Next => ({ question });
const end = (outcome: OutcomeId, extra: { tenYearOneYear?: boolean } = {}): Next => ({ outcome, ...extra });
const notCovered = (notCoveredCase: NotCoveredCase): Next => ({
  outcome: 'not-covered',
  notCovered: notCoveredCase,
});
const answered = (question: QuestionId, answer: string): Condition => ({ question, answer });

function goesThroughNanterre(outcome: OutcomeId): boolean {
  return NANTERRE_SERVICE_CHANNELS.includes(OUTCOMES[outcome].channel);
}

/**
 * The ANSWER transitions of one question. Precedence 3 lives here, once: an outcome served by
 * the Nanterre service becomes `sub-prefecture` for residents of the other two arrondissements.
 */
function answerTransitions(question: QuestionId, routes: readonly Route[]) {
  return routes.flatMap(({ answers, when, next }) => {
    const match = (subprefecture?: boolean) => ({
      type: 'routeMatches' as const,
      params: { answers, when, subprefecture },
    });
    const record = { type: 'record' as const, params: { question } };
    if ('question' in next) {
      return [{ guard: match(), target: `#wizard.question.${next.question}`, actions: [record] }];
    }
    const resolution: Resolution = {
      outcome: next.outcome,
      request: null,
      notCovered: next.notCovered ?? null,
      tenYearOneYear: next.tenYearOneYear ?? false,
    };
    if (!goesThroughNanterre(next.outcome)) {
      return [
        {
          guard: match(),
          target: `#wizard.outcome.${next.outcome}`,
          actions: [record, { type: 'resolve' as const, params: resolution }],
        },
      ];
    }
    return [
      {
        guard: match(true),
        target: '#wizard.outcome.sub-prefecture',
        actions: [
          record,
          {
            type: 'resolve' as const,
            params: { ...resolution, outcome: 'sub-prefecture' as const, request: next.outcome },
          },
        ],
      },
      {
        guard: match(false),
        target: `#wizard.outcome.${next.outcome}`,
        actions: [record, { type: 'resolve' as const, params: resolution }],
      },
    ];
  });
}

const COMMUNES_OF_92 = ANSWERS.commune.filter((answer) => answer !== OUTSIDE_92);

/** What `renewal-card` answers lead to in both branches (decision-table.md §4, R19 and R21–R35). */
const RENEWAL_OUTCOMES: Record<string, OutcomeId> = {
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
};

const renewalRoutes: Route[] = [
  ...Object.entries(RENEWAL_OUTCOMES).map(([card, outcome]) => ({
    answers: [card],
    when: 'notTenYearBranch' as const,
    next: end(outcome),
  })),
  ...TEN_YEAR_RENEWAL_CARDS.filter((card) => card !== 'other').map((card) => ({
    answers: [card],
    when: 'tenYearBranch' as const,
    next: end(RENEWAL_OUTCOMES[card]!, { tenYearOneYear: true }),
  })),
  { answers: ['other'], next: notCovered('N6') },
];

const ROUTES: Record<QuestionId, readonly Route[]> = {
  commune: [
    { answers: [OUTSIDE_92], next: end('other-prefecture') },
    { answers: COMMUNES_OF_92, next: ask('need') },
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

const questionStates = Object.fromEntries(
  QUESTION_IDS.map((question) => [
    question,
    { on: { ANSWER: answerTransitions(question, ROUTES[question]) } },
  ]),
);

const outcomeStates = Object.fromEntries(OUTCOME_IDS.map((outcome) => [outcome, {}]));

export const wizardMachine = wizardSetup.createMachine({
  id: 'wizard',
  context: { answers: {}, trail: [], resolution: null },
  initial: 'start',
  // No state is `final`: a final top-level state would stop the actor and ignore back/restart.
  on: {
    BACK: [
      { guard: 'nothingAnswered', target: '.start' },
      ...QUESTION_IDS.map((question) => ({
        guard: { type: 'lastAnswered' as const, params: { question } },
        target: `.question.${question}`,
        actions: 'stepBack' as const,
      })),
    ],
    EDIT: QUESTION_IDS.map((question) => ({
      guard: { type: 'editable' as const, params: { question } },
      target: `.question.${question}`,
      actions: 'rewind' as const,
    })),
    RESTART: { target: '.question.commune', actions: 'forget' },
    REMEMBER: { actions: 'remember' },
  },
  states: {
    start: { on: { START: 'question' } },
    question: { initial: 'commune', states: questionStates },
    // Only ever entered through an explicit outcome target; `initial` is required by XState.
    outcome: { initial: 'not-covered', states: outcomeStates },
  },
});
