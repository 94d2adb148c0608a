// Where a person probably misanswered, and the way back to the route meant for them (issue 12):
// a button on the outcome replays the answers given here, or reopens the last question. Each
// pointer's words are `pointer.<id>.text` and `pointer.<id>.button` (results.json).
import type { Answers, NotCoveredCase, OutcomeId, QuestionId } from '../../machines/ids';

export interface Pointer {
  /** The outcome, or the not-covered case, it is shown on. */
  on: { outcome: OutcomeId } | { notCovered: NotCoveredCase };
  /** Shown only when this answer is on the way there. */
  after?: { question: QuestionId; answer: string };
  /** The answers after the commune that lead to the route meant, or the last question asked again. */
  go: { answers: Answers } | 'last-question';
}

export const POINTERS = {
  // A VLS-TS « salarié » or « travailleur temporaire », validated online: the next card is a renewal.
  'vls-ts-worker': {
    on: { notCovered: 'N1' },
    go: { answers: { need: 'renewal', health: 'no', 'renewal-card': 'worker' } },
  },
  // Another VLS-TS (stagiaire, au pair…): the next card is a renewal too.
  'vls-ts-renewal': {
    on: { notCovered: 'N6' },
    after: { question: 'first-with-visa', answer: 'other' },
    go: { answers: { need: 'renewal', health: 'no' } },
  },
  // Protection granted by the CNDA rather than the OFPRA: R08 (our reading, cnda-inferred).
  'cnda-protection': {
    on: { notCovered: 'N9' },
    go: { answers: { need: 'first', health: 'no', entry: 'ofpra' } },
  },
  // "Je ne sais pas": once the answer is found, the question again.
  'answer-again': { on: { outcome: 'unsure' }, go: 'last-question' },
} as const satisfies Record<string, Pointer>;

export type PointerId = keyof typeof POINTERS;
