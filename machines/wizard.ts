// The decision tree as an XState machine: each question is the state `question.<question id>`,
// each outcome the state `outcome.<outcome id>`. Where an answer leads is decided by `nextStep`
// (flow.ts) alone; the machine lists the states a question can reach because XState wants its
// transitions static (for xstate/graph), and picks the one `nextStep` names.
// No timers and no side effects, so the machine can be walked as a graph and replayed.
import { assign, setup } from 'xstate';
import { nextStep, possibleStates, stateOf, type Resolution } from './flow';
import { OUTCOME_IDS, QUESTION_IDS, type Answers, type QuestionId } from './ids';

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

const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    leadsTo: ({ context, event }, params: { question: QuestionId; state: string }) => {
      if (event.type !== 'ANSWER') return false;
      const step = nextStep(context, params.question, event.answer);
      return step !== undefined && stateOf(step) === params.state;
    },
    lastAnswered: ({ context }, params: { question: QuestionId }) => context.trail.at(-1) === params.question,
    nothingAnswered: ({ context }) => context.trail.length === 0,
    editable: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' && event.question === params.question && context.trail.includes(params.question),
  },
  actions: {
    record: assign(({ context, event }, params: { question: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      const step = nextStep(context, params.question, event.answer);
      const answers = { ...context.answers, [params.question]: event.answer };
      const trail = [...context.trail.filter((q) => q !== params.question), params.question];
      if (!step || 'question' in step) return { answers, trail, resolution: null };
      // Answers off the final path no longer apply: drop them so they are not shown or shared.
      const onPath = Object.fromEntries(trail.map((q) => [q, answers[q]]));
      return { answers: onPath, trail, resolution: step.resolution };
    }),
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

const questionStates = Object.fromEntries(
  QUESTION_IDS.map((question) => [
    question,
    {
      on: {
        ANSWER: possibleStates(question).map((state) => ({
          guard: { type: 'leadsTo' as const, params: { question, state } },
          target: `#wizard.${state}`,
          actions: { type: 'record' as const, params: { question } },
        })),
      },
    },
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
