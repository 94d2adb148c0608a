// The baseline's routing: four questions in a row, then a result; an answer changed from the
// summary leads back to the result. Same idiom as the guide (setup, named actions, pure
// `transition()`), a fraction of its rules.
import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import { QUESTIONS, type QuestionId } from './words';

export type BaselineEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; answer: string }
  | { type: 'BACK' }
  | { type: 'EDIT'; question: QuestionId };

type Step = 'start' | QuestionId | 'result';

const machine = setup({
  types: {
    context: {} as { answers: Partial<Record<QuestionId, string>>; editing: boolean },
    events: {} as BaselineEvent,
  },
  guards: {
    editing: ({ context }) => context.editing,
    edits: ({ event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' && event.question === params.question,
  },
  actions: {
    record: assign(({ context, event }, params: { question: QuestionId }) => ({
      answers:
        event.type === 'ANSWER' ? { ...context.answers, [params.question]: event.answer } : context.answers,
      editing: false,
    })),
    startEditing: assign({ editing: true }),
  },
}).createMachine({
  id: 'baseline',
  initial: 'start',
  context: { answers: {}, editing: false },
  states: {
    start: { on: { START: 'commune' } },
    commune: question('commune', 'start', 'need'),
    need: question('need', 'commune', 'health'),
    health: question('health', 'need', 'renewal-card'),
    'renewal-card': question('renewal-card', 'health', 'result'),
    result: {
      on: {
        BACK: 'renewal-card',
        EDIT: QUESTIONS.map((id) => ({
          guard: { type: 'edits' as const, params: { question: id } },
          target: id,
          actions: 'startEditing' as const,
        })),
      },
    },
  },
});

function question(id: QuestionId, back: Step, next: Step) {
  const record = { type: 'record', params: { question: id } } as const;
  return {
    on: {
      ANSWER: [
        { guard: 'editing' as const, target: 'result', actions: record },
        { target: next, actions: record },
      ],
      BACK: back,
    },
  };
}

export type BaselineSnapshot = SnapshotFrom<typeof machine>;

export const startSnapshot = (): BaselineSnapshot => initialTransition(machine)[0];
export const next = (snapshot: BaselineSnapshot, event: BaselineEvent): BaselineSnapshot =>
  transition(machine, snapshot, event)[0];
export const stepOf = (snapshot: BaselineSnapshot): Step => snapshot.value;
