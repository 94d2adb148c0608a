// The screen model: what the current step shows, as a plain object of ids and locale keys,
// computed from the machine's snapshot and the content data. Views render it and nothing else,
// so every screen can be tested without a DOM (tests/unit/describe.test.ts).
import { currentStep, type WizardSnapshot } from '../../machines/journey';
import { describeOutcome, type OutcomeScreenModel } from './outcome';
import { describeQuestion, type QuestionScreenModel } from './question';

export interface StartScreenModel {
  kind: 'start';
  key: 'start';
}

export type ScreenModel = StartScreenModel | QuestionScreenModel | OutcomeScreenModel;

export function describe(snapshot: WizardSnapshot): ScreenModel {
  const here = currentStep(snapshot);
  if (here.kind === 'start') return { kind: 'start', key: 'start' };
  if (here.kind === 'question') return describeQuestion(snapshot, here.question);
  return describeOutcome(snapshot.context);
}

export type { OutcomeScreenModel, QuestionScreenModel };
